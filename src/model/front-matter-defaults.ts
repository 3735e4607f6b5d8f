import type { Config } from '../config/types.js';
import type { FrontMatter } from './types.js';

/** `defaults:` values for a file, more specific scopes winning, then the file's own front matter. */
export function applyDefaults(
  config: Config,
  path: string,
  type: 'posts' | 'pages' | 'drafts',
  own: FrontMatter,
): FrontMatter {
  const rules = config.defaults
    .filter((r) => (r.path === '' || path === r.path || path.startsWith(`${r.path}/`)) && (!r.type || r.type === type))
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
