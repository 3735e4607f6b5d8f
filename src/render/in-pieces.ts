import type { Site } from '../model/types.js';
import { includesUsedBy, layoutChain } from './dependencies.js';
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
  const allowed = new Map<string, boolean>();
  const allows = (layout: string | null, body: string | null) => {
    const key = `${layout}\u0000${body ?? ''}`;
    let yes = allowed.get(key);
    if (yes === undefined) {
      const chain = layoutChain(site, layout);
      const chainAll = [...chain, ...includesUsedBy(site.includes, chain)];
      const bodyAll = body === null ? [] : [body, ...includesUsedBy(site.includes, [body])];
      allowed.set(key, (yes = keepsIncludesAsIs([...bodyAll, ...chainAll], chainAll)));
    }
    return yes;
  };
  return (render: () => string, layout: string | null, body: string | null = null): Pieces =>
    (allows(layout, body) ? templates.inPieces(render) : [render()]);
}
