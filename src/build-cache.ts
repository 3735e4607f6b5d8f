import type { Post } from './model/types.js';
import { createRenderMemo, type RenderMemo } from './render/memo.js';
import type { SourceMemory } from './source/read-source.js';
import type { ThemeMemory } from './source/theme.js';
import type { Document, SourceFile } from './source/types.js';
import type { ManifestMemory } from './write/write-site.js';

/**
 * What one `kiln watch` keeps between builds, each stage's part keyed by everything it was made
 * from, so a rebuild gives the same bytes as a clean build. Each stage defines its own part;
 * none of them knows this type.
 */
export interface BuildCache extends SourceMemory {
  /** Parsed documents by source file. */
  readonly documents: WeakMap<SourceFile, Document>;
  /** Posts by document (a config change empties the cache, and the build time is applied after). */
  readonly posts: WeakMap<Document, Post | null>;
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
}

export function createBuildCache(): BuildCache {
  return {
    files: new Map(),
    documents: new WeakMap(),
    posts: new WeakMap(),
    render: createRenderMemo(),
    dirty: new Set(),
    eventsComplete: false,
    listed: false,
    manifest: {},
    optionsKey: '',
  };
}
