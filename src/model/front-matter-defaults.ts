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

/** A front-matter list: a YAML list, or a space-separated string (Jekyll's categories/tags). */
export function wordList(v: unknown): string[] {
  if (v === undefined || v === null || v === '') return [];
  if (Array.isArray(v)) return v.flatMap((x) => (x === null || x === undefined ? [] : [String(x)]));
  return String(v).split(/\s+/).filter(Boolean);
}

/** The layout a document names; `null`/`none` mean none. */
export function layoutName(data: FrontMatter): string | null {
  const v = data.layout;
  if (v === undefined || v === null || v === false || v === '' || v === 'none' || v === 'null') return null;
  return String(v);
}
