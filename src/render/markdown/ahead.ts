import type { Config } from '../../config/types.js';
import type { ListedFile } from '../../source/read-source.js';
import type { Document } from '../../source/types.js';
import type { KeptRenders } from '../kept.js';
import { MarkdownPool } from './pool.js';

/**
 * From this many posts to render on, Markdown is shared with worker threads (pool.ts), started
 * as soon as the source is listed, before its files are read (with Markdown kept by earlier
 * builds, once the bodies read show this many not kept). Below it, a worker's start-up and
 * warm-up cost more than it saves on two cores: at 1,000 posts of the benchmark job (loaded
 * machine, `bench/parallel.mjs` and per-thread CPU of whole builds) it took this thread's CPU from
 * 2.1 to 1.5 s but the process's from 3.4 to 4.3 s, and on two cores the other one is also busy
 * with V8's compiler and collector (1.2 s) and the file writes.
 */
export const PARALLEL_MIN = 2000;

/** The posts among `listed` (the source's files as listed) that a build reads anew. */
export function postsToRead(config: Config, listed: readonly ListedFile[]): number {
  let posts = 0;
  for (const f of listed) if (f.anew && isPost(f.kind, config)) posts++;
  return posts;
}

/**
 * A pool for a build that reads `posts` posts anew (postsToRead), when they are enough; with
 * `kept`, it renders only what is not kept, and keeps the rest, and starts its workers only when
 * what is not kept is enough.
 */
export function markdownPool(config: Config, posts: number, kept?: KeptRenders): MarkdownPool | undefined {
  if (posts < PARALLEL_MIN) return undefined;
  // With HTML kept by earlier builds, the workers wait until the bodies read show enough not kept.
  const startWhen = kept?.holdsAny ? { posts, min: PARALLEL_MIN } : undefined;
  const pool = new MarkdownPool(config.markdown, undefined, kept, startWhen);
  return pool.threads > 0 ? pool : undefined;
}

/**
 * The Markdown source of a post known as soon as its file is read: its body, when it has no
 * tags (render/post-bodies.ts gives the pool the others, and the excerpts, as it makes them).
 */
export function aheadOf(doc: Document, config: Config): string[] {
  // jekyll-relative-links may rewrite a post's body first (plugins/relative-links.ts).
  if (config.relativeLinks?.enabled && config.relativeLinks.collections) return [];
  return isPost(doc.file.kind, config) && !doc.file.path.endsWith('.html') && !doc.hasTemplate && !doc.file.unreadable
    ? [doc.body]
    : [];
}

function isPost(kind: ListedFile['kind'], config: Config): boolean {
  return kind === 'post' || (kind === 'draft' && config.drafts);
}
