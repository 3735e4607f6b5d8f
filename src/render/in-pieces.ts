import type { Site } from '../model/types.js';
import type { Document } from '../source/types.js';
import type { KeptRenders } from './kept.js';
import type { Templates } from './templates/create-environment.js';
import { escapesBare, includeNames, keepsIncludesAsIs, type ParseNode } from './templates/fragments.js';
import { liquidIncludeNames, liquidKeepsIncludesAsIs } from './templates/liquid/as-is.js';
import type { Template } from './templates/liquid/liquidjs.js';
import type { Pieces } from './types.js';

/**
 * Renders an output in pieces (shared fragments spliced in when written, see
 * `Templates.inPieces`) when its layout chain, and its body if the body renders inside, keep
 * their includes as they are, decided from the template language's own parse of them (Nunjucks'
 * parser, or liquidjs'); whole otherwise. When every `xml_escape` in them is output bare (Nunjucks),
 * long escaped texts stand in the pieces as their bytes too (a feed's post bodies: the feed is
 * then never one string). Pass no body for a Markdown body: it renders whole before its layouts,
 * as Markdown would see the markers. With `kept`, each decision is also kept between builds
 * (kept.ts), by the texts it reads: the layout chain's, the body's, every include's (any of them
 * may be used) and the tags the parser knows.
 */
export function piecesRenderer(site: Site, templates: Templates, parses = new KeptParses(), kept?: KeptRenders) {
  const language = site.config.templateEngine === 'nunjucks' ? nunjucksReading(templates) : liquidReading(templates);
  // Per layout, and per body document for pages whose body renders inside (each asks once per page).
  const byLayout = new Map<string | null, Decision>();
  const byBody = new WeakMap<Document, Decision>();
  const parse = (src: string) => parses.of(src, () => language.parse(src));
  /** The parses of these templates and, transitively, of the includes they use; null when one does not parse. */
  const withIncludes = (sources: readonly string[]): unknown[] | null => {
    const roots: unknown[] = [];
    const seen = new Set<string>();
    const queue = [...sources];
    while (queue.length) {
      const root = parse(queue.pop()!);
      if (!root) return null;
      roots.push(root);
      for (const name of language.includeNames(root) ?? [...site.includes.keys()]) {
        const text = site.includes.get(name);
        if (text !== undefined && !seen.has(name)) {
          seen.add(name);
          queue.push(text);
        }
      }
    }
    return roots;
  };
  const parsed = (chainTexts: readonly string[], body: Document | null): Decision => {
    const chain = withIncludes(chainTexts);
    const own = body ? withIncludes([body.body]) : [];
    return chain === null || own === null ? WHOLE : language.decide([...own, ...chain], chain);
  };
  // The language, its tags and the includes, once, as part of every kept decision's source.
  let includes: string | undefined;
  const decide = (layout: string | null, body: Document | null): Decision => {
    const chainTexts = layoutChain(site, layout);
    if (!kept) return parsed(chainTexts, body);
    includes ??= kept.key(
      JSON.stringify([site.config.templateEngine, templates.nunjucksTags, [...site.includes]]),
      'pieces',
    );
    const source = `${includes}${JSON.stringify([chainTexts, body?.body ?? null])}`;
    return kept.bytesOf('pieces', source, () => Buffer.from([parsed(chainTexts, body)]))[0] as Decision;
  };
  const decision = (layout: string | null, body: Document | null) => {
    let known = body ? byBody.get(body) : byLayout.get(layout);
    if (known === undefined) {
      known = decide(layout, body);
      if (body) byBody.set(body, known);
      else byLayout.set(layout, known);
    }
    return known;
  };
  return (render: () => string, layout: string | null, body: Document | null = null): Pieces => {
    const how = decision(layout, body);
    return how === WHOLE ? [render()] : templates.inPieces(render, how === WITH_ESCAPES);
  };
}

/** How one template language's texts are read for the decision: parsed, their includes named, decided. */
interface Reading {
  parse(src: string): unknown;
  includeNames(root: unknown): string[] | null;
  decide(all: readonly unknown[], layouts: readonly unknown[]): Decision;
}

function nunjucksReading(templates: Templates): Reading {
  return {
    parse: (src) => templates.parseNunjucks(src),
    includeNames: (root) => includeNames(root as ParseNode),
    decide: (all, layouts) => {
      const roots = all as ParseNode[];
      if (!keepsIncludesAsIs(roots, layouts as ParseNode[])) return WHOLE;
      return escapesBare(roots) ? WITH_ESCAPES : IN_PIECES;
    },
  };
}

function liquidReading(templates: Templates): Reading {
  return {
    parse: (src) => templates.parseLiquid(src),
    includeNames: (root) => liquidIncludeNames(root as Template[]),
    decide: (all, layouts) =>
      liquidKeepsIncludesAsIs(templates.liquidEngine(), all as Template[][], layouts as Template[][])
        ? IN_PIECES
        : WHOLE,
  };
}

/** How an output renders: whole, in pieces, or in pieces with long escaped texts as their bytes. */
type Decision = typeof WHOLE | typeof IN_PIECES | typeof WITH_ESCAPES;
const WHOLE = 0;
const IN_PIECES = 1;
const WITH_ESCAPES = 2;

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

/**
 * Parses of layouts, includes and bodies by their text, kept between the builds of one watch
 * (parsing the bench site's layouts took 1–2 ms of every rebuild). A parse depends on the text
 * and the tags known, which change only with the site's plugins, and then the memo is made
 * afresh. Parses the last build did not use are dropped.
 */
export class KeptParses {
  private last = new Map<string, unknown>();
  private next = new Map<string, unknown>();

  of(src: string, parse: () => unknown): unknown {
    let root = this.next.get(src);
    if (root !== undefined) return root;
    root = this.last.get(src);
    if (root === undefined) root = parse();
    this.next.set(src, root);
    return root;
  }

  /** A build is done: from now on only what it used is kept. */
  endBuild(): void {
    this.last = this.next;
    this.next = new Map();
  }
}
