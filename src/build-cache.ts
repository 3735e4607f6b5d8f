import { createModelMemory, type ModelMemory } from './model/build-site.js';
import type { HistoryMemory } from './plugins/last-modified/times.js';
import { createRenderMemo, type RenderMemo } from './render/memo.js';
import type { SourceMemory } from './source/read-source.js';
import type { ThemeMemory } from './source/theme.js';
import type { Document, SourceFile } from './source/types.js';
import type { ManifestMemory } from './write/write-site.js';
import { KeptWriteThread } from './write/write-thread.js';

/**
 * What one `kiln watch` keeps between builds, each stage's part keyed by everything it was made
 * from, so a rebuild gives the same bytes as a clean build. Each stage defines its own part;
 * none of them knows this type.
 */
export interface BuildCache extends SourceMemory {
  /** Parsed documents by source file. */
  readonly documents: WeakMap<SourceFile, Document>;
  /** Posts, pages and static files by what they were made from (model/build-site.ts). */
  readonly model: ModelMemory;
  /** Views, recorded reads and finished renders (render/memo.ts). */
  render: RenderMemo;
  /** The theme's files (source/theme.ts). */
  theme?: ThemeMemory;
  /** The manifest the last write left, so the next need not read it back. */
  readonly manifest: ManifestMemory;
  /** The config the caches belong to; a config change empties them. */
  optionsKey: string;
  /** The site's JavaScript plugins the renders were made with (plugins/site-plugins.ts); a change empties `render`. */
  pluginsKey?: string;
  /** jekyll-last-modified-at's reading of the git history (plugins/last-modified/times.ts). */
  history?: HistoryMemory;
  /** Each document's jekyll-last-modified-at time, as the last build found them (build.ts). */
  lastModifiedKey?: string;
  /** The last build, when it succeeded: a rebuild from the same files is that build again (build.ts). */
  last: LastBuild | undefined;
}

/** What the built site is made of, for the summary a terminal shows. */
export interface SiteCounts {
  readonly posts: number;
  readonly pages: number;
  /** Paginated blog index pages. */
  readonly indexPages: number;
  readonly feeds: number;
  readonly staticFiles: number;
}

/** What a rebuild from unchanged files reports: the last build's files, counts and warnings. */
export interface LastBuild {
  readonly files: readonly SourceFile[];
  readonly outputs: number;
  readonly counts: SiteCounts;
  readonly warnings: readonly string[];
  /** A post or document was left out, or not written, for its date being after the build time. */
  readonly datedAhead: boolean;
}

export function createBuildCache(): BuildCache {
  return {
    files: new Map(),
    documents: new WeakMap(),
    model: createModelMemory(),
    render: createRenderMemo(),
    dirty: new Set(),
    eventsComplete: false,
    listed: false,
    manifest: { thread: new KeptWriteThread() },
    optionsKey: '',
    last: undefined,
  };
}
