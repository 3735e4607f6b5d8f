import type { TitlesMemory } from '../plugins/titles-from-headings.js';
import type { Document } from '../source/types.js';
import { SiteMemory } from './context.js';
import type { Counters } from './counters.js';
import { KeptParses } from './in-pieces.js';
import type { IncludeCache } from './include-cache.js';
import type { MarkdownRenderer } from './markdown/renderer.js';
import { Reads, type Recording } from './reads.js';
import type { SassFileCells, SassMemory } from './sass.js';
import { CompiledCode } from './templates/compiled-code.js';
import { KeptResults } from './templates/filters/kept-results.js';
import type { OutputFile, Pieces } from './types.js';

/**
 * What the render stage keeps between the builds of one watch: the views and cells templates read
 * through, and every render with what it read (reads.ts). A render is reused while nothing it
 * read has changed, so a rebuild writes what a clean build would.
 */
export interface RenderMemo {
  readonly reads: Reads;
  readonly site: SiteMemory;
  /** Finished post bodies and excerpts (UTF-8, as context.ts keeps them), by post path. */
  readonly bodies: Map<
    string,
    { readonly doc: Document; readonly recording: Recording; readonly content: Buffer; readonly excerpt: Buffer }
  >;
  /** Finished bodies and excerpts of collection documents, by path. */
  readonly docBodies: Map<
    string,
    { readonly doc: Document; readonly recording: Recording; readonly content: Buffer; readonly excerpt: Buffer }
  >;
  /**
   * Finished bodies of the pages templates can list (site.pages), by output path; `pieces`: the
   * body as rendered in pieces when it is the page's output (no layout).
   */
  readonly pageBodies: Map<
    string,
    { readonly doc: Document; readonly recording: Recording; readonly content: string; readonly pieces?: Pieces }
  >;
  /** Finished output bytes by output path. */
  readonly outputs: Map<
    string,
    { readonly recording: Recording; bytes: Pieces; hash: string; verified?: boolean; file?: OutputFile }
  >;
  /** Includes rendered once per build (the archive sidebar), by name. */
  readonly fragments: Map<string, { readonly source: string; readonly recording: Recording; readonly value: unknown }>;
  /** The last build's output paths in the order they were made, and the order that sorts them. */
  outputOrder?: { readonly paths: readonly string[]; readonly order: readonly number[] };
  /** The Markdown renderer of this configuration, and its HTML by source text. */
  markdownRenderer?: MarkdownRenderer;
  markdown: Map<string, Buffer>;
  /** Templates compiled by earlier builds. */
  readonly compiledCode: CompiledCode;
  /** The parses (Nunjucks' or liquidjs') of the templates outputs render through (in-pieces.ts). */
  readonly parses: KeptParses;
  /** `xml_escape` of long texts (a feed's post bodies) by earlier builds, with their UTF-8. */
  readonly escaped: KeptResults;
  /** Compiled stylesheets (sass.ts). */
  sass?: SassMemory;
  /** The files scssify and sassify loaded (sass.ts). */
  sassFiles?: SassFileCells;
  /** jekyll-titles-from-headings' titles (plugins/titles-from-headings.ts). */
  titles?: TitlesMemory;
  /** `{% increment %}` counters: the names templates use, each render's start (counters.ts). */
  counters?: Counters;
  /** `{% include_cached %}` texts: whether templates use it, each include's first render (include-cache.ts). */
  includeCache?: IncludeCache;
}

export function createRenderMemo(): RenderMemo {
  return {
    reads: new Reads(true),
    site: new SiteMemory(true),
    bodies: new Map(),
    docBodies: new Map(),
    pageBodies: new Map(),
    outputs: new Map(),
    fragments: new Map(),
    markdown: new Map(),
    compiledCode: new CompiledCode(),
    parses: new KeptParses(),
    escaped: new KeptResults(),
  };
}
