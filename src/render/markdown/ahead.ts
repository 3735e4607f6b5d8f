import type { Config } from '../../config/types.js';
import { excerptSeparator, excerptSource } from '../../model/excerpt.js';
import { hasTemplate } from '../../source/front-matter.js';
import type { Document, SourceFile } from '../../source/types.js';
import { MarkdownPool } from './pool.js';

/**
 * From this many posts to render on, Markdown is shared with worker threads (pool.ts), started
 * as soon as the files are read. Below it, a worker's start-up and warm-up cost more than it saves.
 */
export const PARALLEL_MIN = 1000;

/** A pool for a build that renders `files` (those parsed afresh), when they are enough posts. */
export function markdownPool(config: Config, fresh: readonly SourceFile[]): MarkdownPool | undefined {
  let posts = 0;
  for (const f of fresh) if (isPost(f, config)) posts++;
  if (posts < PARALLEL_MIN) return undefined;
  const pool = new MarkdownPool(config.markdown);
  return pool.parallel ? pool : undefined;
}

/**
 * The Markdown sources of a post known before any template runs: its body when it has no tags,
 * and its generated excerpt's text when that has none (render/bodies.ts renders them as they are).
 */
export function aheadOf(doc: Document, config: Config): string[] {
  if (!isPost(doc.file, config) || doc.file.path.endsWith('.html')) return [];
  const sources = doc.hasTemplate ? [] : [doc.body];
  if (doc.data.excerpt === undefined || doc.data.excerpt === null) {
    const separator = excerptSeparator(doc.data, config);
    const excerpt = separator ? excerptSource(doc.body, separator) : null;
    if (excerpt && (!doc.hasTemplate || !hasTemplate(excerpt.text))) sources.push(excerpt.text);
  }
  return sources;
}

function isPost(file: SourceFile, config: Config): boolean {
  return file.kind === 'post' || (file.kind === 'draft' && config.drafts);
}
