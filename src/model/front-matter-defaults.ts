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
  const merged: Record<string, unknown> = {};
  for (const rule of rulesOf(config, type)) {
    const p = inDir !== path ? rule.inDirPath : rule.path;
    if (p === '' || inDir === p || (inDir.startsWith(p) && inDir.charCodeAt(p.length) === 47))
      Object.assign(merged, rule.values);
  }
  return Object.assign(merged, own);
}

interface Rule {
  readonly path: string;
  /** The scope's path as a path inside collections_dir (a scope may name a document either way). */
  readonly inDirPath: string;
  readonly values: Readonly<Record<string, unknown>>;
}

// Per config and type: the scopes of that type or none, in the order their values apply.
const ordered = new WeakMap<Config, Map<string, readonly Rule[]>>();

function rulesOf(config: Config, type: string): readonly Rule[] {
  let byType = ordered.get(config);
  if (!byType) ordered.set(config, (byType = new Map()));
  let rules = byType.get(type);
  if (!rules) {
    const dir = config.collectionsDir;
    rules = config.defaults
      .filter((r) => !r.type || r.type === type)
      .map((r, i) => ({ r, i }))
      // Jekyll: a longer path is more specific; at the same path a typed scope beats an untyped one.
      .sort((a, b) => a.r.path.length - b.r.path.length || Number(!!a.r.type) - Number(!!b.r.type) || a.i - b.i)
      .map(({ r }) => ({
        path: r.path,
        inDirPath: dir && r.path.startsWith(`${dir}/`) ? r.path.slice(dir.length + 1) : r.path,
        values: r.values,
      }));
    byType.set(type, rules);
  }
  return rules;
}

/**
 * The words of a front-matter list (a YAML list, or a space-separated string: Jekyll's
 * categories/tags) and, when `v` is undefined, `otherwise` (`category` for `categories`: a
 * text is one name), after `into`'s, with no word twice.
 */
export function wordList(v: unknown, otherwise?: unknown, into: string[] = []): string[] {
  // Jekyll splits only the plural's text: `category: Web Dev` is one name.
  if (v === undefined && typeof otherwise === 'string') addWords(into, [otherwise]);
  else addWords(into, v === undefined ? otherwise : v);
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
