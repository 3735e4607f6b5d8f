import type { Config } from '../config/types.js';
import type { FrontMatter } from './types.js';

/**
 * `defaults:` values for a file, more specific scopes winning, then the file's own front matter.
 * `type`: posts, drafts, pages or a collection's label. A document under `collections_dir` is
 * matched by its path inside that folder, and a scope may name it either way (as in Jekyll).
 */
export function applyDefaults(config: Config, path: string, type: string, own: FrontMatter): FrontMatter {
  const dir = config.collectionsDir;
  const inDir = dir && type !== 'pages' && path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : path;
  const rulePath = (p: string) => (dir && inDir !== path && p.startsWith(`${dir}/`) ? p.slice(dir.length + 1) : p);
  const rules = config.defaults
    .filter((r) => {
      const p = rulePath(r.path);
      return (p === '' || inDir === p || inDir.startsWith(`${p}/`)) && (!r.type || r.type === type);
    })
    .map((r, i) => ({ r, i }))
    // Jekyll: a longer path is more specific; at the same path a typed scope beats an untyped one.
    .sort((a, b) => a.r.path.length - b.r.path.length || Number(!!a.r.type) - Number(!!b.r.type) || a.i - b.i);
  const merged: Record<string, unknown> = {};
  for (const { r } of rules) Object.assign(merged, r.values);
  return Object.assign(merged, own);
}

/**
 * The words of a front-matter list (a YAML list, or a space-separated string: Jekyll's
 * categories/tags) and, when `v` is undefined, those of `otherwise` (`category` for
 * `categories`), after `into`'s, with no word twice.
 */
export function wordList(v: unknown, otherwise?: unknown, into: string[] = []): string[] {
  addWords(into, v === undefined ? otherwise : v);
  for (let i = 1; i < into.length; i++) {
    if (into.indexOf(into[i]!) < i) {
      // Rare: a word twice. The first of each is kept.
      return into.filter((x, j) => into.indexOf(x) === j);
    }
  }
  return into;
}

function addWords(into: string[], v: unknown): void {
  if (v === undefined || v === null || v === '') return;
  if (Array.isArray(v)) {
    for (const x of v) if (x !== null && x !== undefined) into.push(String(x));
  } else for (const word of String(v).split(/\s+/)) if (word) into.push(word);
}

/** The layout a document names; `null`/`none` mean none. */
export function layoutName(data: FrontMatter): string | null {
  const v = data.layout;
  if (v === undefined || v === null || v === false || v === '' || v === 'none' || v === 'null') return null;
  return String(v);
}
