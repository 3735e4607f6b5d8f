import { createHash } from 'node:crypto';

/** What a page's templates can read beyond its own front matter and content. */
export interface Dependencies {
  /** Titles, URLs, dates, front matter of every post (site.posts, site.archive, …). */
  readonly postList: boolean;
  /** … and their content or excerpts too. */
  readonly postContent: boolean;
  readonly neighbours: boolean;
  readonly paginator: boolean;
  readonly data: boolean;
  readonly time: boolean;
  readonly pages: boolean;
}

const LIST_KEYS = new Set(['posts', 'categories', 'tags', 'archive', 'static_files']);

/**
 * Reads template sources for the variables they use. Conservative: anything it cannot place
 * (`site` used whole, `site[...]`, `page` passed whole) counts as reading everything.
 */
export function templateDependencies(sources: readonly string[]): Dependencies {
  const text = sources.join('\n');
  let postList = false, postContent = false, neighbours = false, data = false, time = false, pages = false;
  const everything = () => { postList = postContent = neighbours = data = time = pages = true; };
  for (const m of text.matchAll(/\bsite\b(\s*\.\s*([A-Za-z_][\w-]*))?/g)) {
    const key = m[2];
    if (key === undefined) everything();
    else if (LIST_KEYS.has(key)) postList = true;
    else if (key === 'pages') pages = true;
    else if (key === 'data') data = true;
    else if (key === 'time') time = true;
  }
  for (const m of text.matchAll(/\bpage\b(\s*\.\s*([A-Za-z_][\w-]*))?/g)) {
    if (m[2] === undefined || m[2] === 'previous' || m[2] === 'next') neighbours = true;
  }
  if (/\.\s*(content|excerpt)\b|\[\s*["'](content|excerpt)["']\s*\]/.test(text) && (postList || neighbours || pages)) postContent = true;
  if (/["']now["']|["']today["']/.test(text)) time = true;
  return { postList, postContent, neighbours, paginator: /\bpaginator\b/.test(text), data, time, pages };
}

/** A short stable hash of the given parts. */
export function fingerprint(...parts: unknown[]): string {
  const h = createHash('sha1');
  for (const p of parts) h.update(typeof p === 'string' ? p : JSON.stringify(p) ?? 'undefined').update('\u0000');
  return h.digest('base64');
}
