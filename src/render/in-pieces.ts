import type { Site } from '../model/types.js';
import type { Document } from '../source/types.js';
import type { Templates } from './templates/create-environment.js';
import { keepsIncludesAsIs } from './templates/fragments.js';
import type { Pieces } from './types.js';

/**
 * Renders an output in pieces (shared fragments spliced in when written, see
 * `Templates.inPieces`) when its layout chain, and its body if the body renders inside, keep
 * their includes as they are; whole otherwise. Pass no body for a Markdown body: it renders
 * whole before its layouts, as Markdown would see the markers.
 */
export function piecesRenderer(site: Site, templates: Templates) {
  // Per layout, and per body document for pages whose body renders inside (each asks once per page).
  const byLayout = new Map<string | null, boolean>();
  const byBody = new WeakMap<Document, boolean>();
  const allows = (layout: string | null, body: Document | null) => {
    let yes = body ? byBody.get(body) : byLayout.get(layout);
    if (yes === undefined) {
      const chain = layoutChain(site, layout);
      const chainAll = [...chain, ...includesUsedBy(site.includes, chain)];
      const bodyAll = body ? [body.body, ...includesUsedBy(site.includes, [body.body])] : [];
      yes = keepsIncludesAsIs([...bodyAll, ...chainAll], chainAll);
      if (body) byBody.set(body, yes);
      else byLayout.set(layout, yes);
    }
    return yes;
  };
  return (render: () => string, layout: string | null, body: Document | null = null): Pieces =>
    allows(layout, body) ? templates.inPieces(render) : [render()];
}

/** The template texts of a layout and the layouts it sits in, innermost first. */
function layoutChain(site: Site, layout: string | null): string[] {
  const sources: string[] = [];
  const seen = new Set<string>();
  for (let l = layout; l !== null && !seen.has(l); l = site.layouts.get(l)?.layout ?? null) {
    seen.add(l);
    sources.push(site.layouts.get(l)?.doc.body ?? '');
  }
  return sources;
}

/** The texts of the includes these templates use, transitively; all of them if a name is not literal. */
function includesUsedBy(includes: ReadonlyMap<string, string>, sources: readonly string[]): string[] {
  const found = new Map<string, string>();
  const queue = [...sources];
  while (queue.length) {
    for (const m of queue.pop()!.matchAll(/\{%-?\s*include\s+([^%]*?)\s*-?%\}/g)) {
      const literal = /^["']([^"']+)["']|^([^\s"'{}()]+)$/.exec(m[1]!.trim());
      const names = literal ? [literal[1] ?? literal[2]!] : [...includes.keys()];
      for (const name of names) {
        const text = includes.get(name);
        if (text !== undefined && !found.has(name)) {
          found.set(name, text);
          queue.push(text);
        }
      }
    }
  }
  return [...found.values()];
}
