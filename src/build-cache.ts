import type { Post } from './model/types.js';
import { type ContextMemory, createContextMemory } from './render/context.js';
import type { Dependencies } from './render/dependencies.js';
import type { MarkdownRenderer } from './render/markdown/create-markdown.js';
import type { OutputKey } from './render/output-keys.js';
import type { SassMemory } from './render/sass.js';
import { CompiledCode } from './render/templates/compiled-code.js';
import type { Pieces } from './render/types.js';
import type { ThemeMemory } from './source/theme.js';
import type { Document, SourceFile } from './source/types.js';
import type { ManifestMemory } from './write/write-site.js';

/**
 * Pure results kept between the builds of one `kiln watch`, each keyed by everything it was made
 * from, so a cached rebuild gives the same bytes as a clean build.
 */
export interface BuildCache {
  /** Source files by path, reused while their size and modification time are unchanged. */
  readonly files: Map<string, { size: number; mtimeMs: number; file: SourceFile }>;
  /** Parsed documents by source file. */
  readonly documents: WeakMap<SourceFile, Document>;
  /** Posts by document (a config change empties the cache, and the build time is applied after). */
  posts: WeakMap<Document, Post | null>;
  /** Template views of posts and the lists made of them (render/context.ts). */
  context: ContextMemory;
  /** Fingerprints of posts. */
  postKeys: WeakMap<Post, string>;
  /**
   * Finished bodies and excerpts of posts, with what a template body read (`inputs`, its key) and
   * their fingerprint once output-keys made it.
   */
  bodies: WeakMap<
    Post,
    { readonly content: string; readonly excerpt: string; readonly inputs?: OutputKey; key?: string }
  >;
  /** What each document's body reads, for the templates (layouts and includes) it was found with. */
  bodyDependencies: WeakMap<
    Document,
    {
      readonly templatesKey: string;
      readonly all: Dependencies;
      readonly whileRendering: Dependencies;
      readonly withLayout: Map<string, Dependencies>;
    }
  >;
  /** The Markdown renderer of this configuration. */
  markdownRenderer?: MarkdownRenderer;
  /** Markdown HTML by source text (the renderer's options are part of `optionsKey`). */
  markdown: Map<string, string>;
  /** Finished output bytes by output path, with the fingerprint of what they were rendered from. */
  readonly outputs: Map<string, { key: OutputKey; bytes: Pieces; hash: string; content: string; verified?: boolean }>;
  /** The last build's output paths in the order they were made, and the order that sorts them. */
  outputOrder?: { readonly paths: readonly string[]; readonly order: readonly number[] };
  /** Templates compiled by earlier builds. */
  compiledCode: CompiledCode;
  /** Includes rendered once per build (the archive sidebar), by name, with the key of what they read. */
  readonly fragments: Map<string, { key: string; text: string }>;
  /** The theme's files (source/theme.ts). */
  theme?: ThemeMemory;
  /** Compiled stylesheets (render/sass.ts). */
  sass?: SassMemory;
  /** Paths (relative to the source) the watcher saw change: read again whatever their stat says. */
  readonly dirty: Set<string>;
  /** The watcher is ready and reports every change from now on… */
  eventsComplete: boolean;
  /** …and `files` was listed by a full walk since then, so only reported paths need a look. */
  listed: boolean;
  /** The manifest the last write left, so the next need not read it back. */
  readonly manifest: ManifestMemory;
  /** The config the caches belong to; a config change empties them. */
  optionsKey: string;
}

export function createBuildCache(): BuildCache {
  return {
    files: new Map(),
    documents: new WeakMap(),
    posts: new WeakMap(),
    context: createContextMemory(),
    postKeys: new WeakMap(),
    bodies: new WeakMap(),
    bodyDependencies: new WeakMap(),
    markdown: new Map(),
    outputs: new Map(),
    fragments: new Map(),
    compiledCode: new CompiledCode(),
    dirty: new Set(),
    eventsComplete: false,
    listed: false,
    manifest: {},
    optionsKey: '',
  };
}
