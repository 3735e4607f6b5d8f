import { createHash } from 'node:crypto';
import type { Site } from '../model/types.js';

/** What a page's templates can read beyond its own front matter and content. */
export interface Dependencies {
  /** Titles, URLs, dates, front matter of every post (site.posts, site.archive, …). */
  readonly postList: boolean;
  /** … and their content or excerpts too. */
  readonly postContent: boolean;
  /** …of the newest this many posts only (`site.posts.slice(0, N)`); Infinity when it cannot tell. */
  readonly postContentLimit: number;
  readonly neighbours: boolean;
  readonly paginator: boolean;
  readonly data: boolean;
  readonly time: boolean;
  readonly pages: boolean;
}

const LIST_KEYS = new Set(['posts', 'categories', 'tags', 'archive', 'static_files']);

/**
 * Reads template sources for the variables they use. Conservative: anything it cannot place
 * (`site` used whole, `site[...]`, `page` passed whole, `.content` of a variable it cannot trace)
 * counts as reading everything of that kind.
 */
export function templateDependencies(sources: readonly string[]): Dependencies {
  let postList = false,
    postContent = false,
    neighbours = false,
    data = false,
    time = false,
    pages = false,
    paginator = false;
  let contentLimit = 0;
  for (const source of sources) {
    const text = templateCode(source);
    for (const m of text.matchAll(/(?<![.\w])site\b(\s*\.\s*([A-Za-z_][\w-]*))?/g)) {
      const key = m[2];
      if (key === undefined) postList = postContent = neighbours = data = time = pages = true;
      else if (LIST_KEYS.has(key)) postList = true;
      else if (key === 'pages') pages = true;
      else if (key === 'data') data = true;
      else if (key === 'time') time = true;
    }
    for (const m of text.matchAll(/(?<![.\w])page\b(\s*\.\s*([A-Za-z_][\w-]*))?/g)) {
      if (m[2] === undefined || m[2] === 'previous' || m[2] === 'next') neighbours = true;
    }
    // A neighbour's neighbour, or one reached through a variable: any post, and its content, may be read.
    for (const m of text.matchAll(/(\w*)\s*(?:\.\s*(?:previous|next)\b|\[\s*["'](?:previous|next)["']\s*\])/g)) {
      if (m[1] !== 'page') postList = postContent = true;
    }
    if (/\bpaginator\b/.test(text)) paginator = true;
    // `post_url` finds a post's URL, `link` any file's (render-site.ts urlResolver).
    if (/\{%-?\s*(?:post_url|link)\b/.test(text)) postList = true;
    if (/\{%-?\s*link\b/.test(text)) pages = true;
    if (/["']now["']|["']today["']/.test(text)) time = true;
    // Serialised whole, or an attribute named by a string (`where`, `sort`, `map`, …): any content may be read.
    const limit = /\|\s*(?:jsonify|dump)\b|["'](?:content|excerpt)["']/.test(text)
      ? Infinity
      : postContentReadFromSite(text);
    if (limit > 0) {
      postContent = true;
      contentLimit = Math.max(contentLimit, limit);
    }
  }
  if (postContent && contentLimit === 0) contentLimit = Infinity; // `site` used whole
  return {
    postList,
    postContent,
    postContentLimit: postContent ? contentLimit : 0,
    neighbours,
    paginator,
    data,
    time,
    pages,
  };
}

// A tag or an output, with quoted strings taken whole (a `%}` inside one does not end the tag).
const TAG = /\{%(?:"[^"]*"|'[^']*'|[\s\S])*?%\}|\{\{(?:"[^"]*"|'[^']*'|[\s\S])*?\}\}/g;

/**
 * The parts of a template that can read variables: its tags and outputs. The text around them
 * is output as it is (a post's prose that says "site" reads nothing), and scanning only the tags
 * keeps this fast on long bodies.
 */
function templateCode(source: string): string {
  if (!source.includes('{{') && !source.includes('{%')) return '';
  return source.match(TAG)?.join('\n') ?? '';
}

/** What two templates read together: every kind either reads, and the larger content limit. */
export function mergeDependencies(a: Dependencies, b: Dependencies): Dependencies {
  return {
    postList: a.postList || b.postList,
    postContent: a.postContent || b.postContent,
    postContentLimit: Math.max(a.postContentLimit, b.postContentLimit),
    neighbours: a.neighbours || b.neighbours,
    paginator: a.paginator || b.paginator,
    data: a.data || b.data,
    time: a.time || b.time,
    pages: a.pages || b.pages,
  };
}

/**
 * How many of the newest posts' `.content`/`.excerpt` a template reads through `site`: 0 for
 * none, N when every such read goes through `site.posts.slice(0, N)`, Infinity otherwise (or
 * through a variable it cannot trace). Loop and `set` variables are followed to the root they
 * came from, so `{% for post in paginator.posts %}{{ post.excerpt }}` reads the paginator's posts.
 */
function postContentReadFromSite(text: string): number {
  const roots = new Map<string, { root: string; limit: number }>();
  const rootOf = (expr: string) => {
    const slice = /^\s*site\s*\.\s*posts\s*\.\s*slice\(\s*0\s*,\s*(\d+)\s*\)\s*$/.exec(expr);
    if (slice) return { root: 'site', limit: Number(slice[1]) };
    const first = /^\s*\(*\s*([A-Za-z_]\w*)/.exec(expr)?.[1];
    return first === undefined
      ? { root: '?', limit: Infinity }
      : (roots.get(first) ?? { root: first, limit: Infinity });
  };
  for (const m of text.matchAll(/\{%-?\s*(?:for\s+([\w\s,]+?)\s+in\s+([^%]+?)|set\s+(\w+)\s*=\s*([^%]+?))\s*-?%\}/g)) {
    const names = m[1] ?? m[3] ?? '';
    const root = rootOf(m[2] ?? m[4] ?? '');
    for (const name of names.split(',')) roots.set(name.trim(), root);
  }
  let limit = 0;
  for (const m of text.matchAll(
    /([A-Za-z_]\w*)(?:\s*\.\s*\w+|\s*\[[^\]]*\])*\s*(?:\.\s*(?:content|excerpt)\b|\[\s*["'](?:content|excerpt)["']\s*\])/g,
  )) {
    const { root, limit: n } = roots.get(m[1]!) ?? { root: m[1]!, limit: Infinity };
    if (root === 'page' || root === 'paginator' || root === 'layout') continue;
    limit = Math.max(limit, n);
  }
  return limit;
}

/** A short stable hash of the given parts. */
export function fingerprint(...parts: unknown[]): string {
  const h = createHash('sha1');
  for (const p of parts) h.update(typeof p === 'string' ? p : (JSON.stringify(p) ?? 'undefined')).update('\u0000');
  return h.digest('base64');
}

/** The template texts of a layout and the layouts it sits in, innermost first. */
export function layoutChain(site: Site, layout: string | null): string[] {
  const sources: string[] = [];
  const seen = new Set<string>();
  for (let l = layout; l !== null && !seen.has(l); l = site.layouts.get(l)?.layout ?? null) {
    seen.add(l);
    sources.push(site.layouts.get(l)?.doc.body ?? '');
  }
  return sources;
}

/** The texts of the includes these templates use, transitively; all of them if a name is not literal. */
export function includesUsedBy(includes: ReadonlyMap<string, string>, sources: readonly string[]): string[] {
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
