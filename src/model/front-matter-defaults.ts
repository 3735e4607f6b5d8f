import { posix } from 'node:path';
import type { Config } from '../config/types.js';
import { deepMergeHashes } from '../shared/deep-merge.js';
import { globPaths } from '../shared/ruby-glob.js';
import { rubyText } from '../shared/ruby-inspect.js';
import { eqlKey, mergedOrder } from '../shared/yaml-keys.js';
import { I18N } from '../source/classify.js';
import type { FrontMatter } from './types.js';

/**
 * `defaults:` values for a file, then the file's own front matter. `type`: posts, drafts, pages or
 * a collection's label. A document under `collections_dir` is matched by its path inside that
 * folder, and a scope may name it either way (as in Jekyll). The scopes apply in the config's
 * order, as Jekyll's: one at least as specific as the last that won is merged over what is there
 * and wins in its turn, a less specific one under it. So which scope wins can depend on their
 * order (`"" type: posts` listed after `zh` loses to an earlier untyped `""`).
 */
export function applyDefaults(config: Config, path: string, type: string, own: FrontMatter): FrontMatter {
  let merged: Record<string, unknown> = {};
  let any = false;
  let last: Rule | undefined;
  for (const rule of matchingRules(config, path, type)) {
    if (outranks(rule, last)) {
      merged = deepMergeHashes(merged, rule.values);
      last = rule;
    } else merged = deepMergeHashes(rule.values, merged);
    any = true;
  }
  if (!any) return mergedOrder(own, {}, Object.assign(merged, own)); // keys written as numbers kept as they are
  // Front matter over its defaults as Jekyll merges them: a key set to nothing keeps the default
  // (so Liquid's `page.layout` of a page saying `layout: null` is the default's; see page.ts).
  return deepMergeHashes(merged, own);
}

/**
 * A page's `key` as Jekyll's Ruby code reads it when the front matter has none: the value of the
 * scope that wins among those setting the key (in the config's order, as `applyDefaults`), even
 * null (`layout: null` under a folder whose parent scope names a layout: no layout), where
 * Liquid's merged `page` keeps the parent's. Undefined when no scope sets it.
 */
export function pageDefault(config: Config, path: string, key: string): unknown {
  let value: unknown;
  let last: Rule | undefined;
  for (const rule of matchingRules(config, path, 'pages'))
    if (Object.hasOwn(rule.values, key) && outranks(rule, last)) {
      value = rule.values[key];
      last = rule;
    }
  return value;
}

/**
 * Whether a scope wins over the last one that won (Jekyll's has_precedence?): a longer path does,
 * a shorter one does not; at the same length a typed scope does, an untyped one unless the last was typed.
 */
function outranks(rule: Rule, last: Rule | undefined): boolean {
  if (!last) return true;
  if (rule.length !== last.length) return rule.length > last.length;
  return rule.typed || !last.typed;
}

/** The scopes of `type` whose path holds the file, in the config's order. */
function* matchingRules(config: Config, path: string, type: string): Generator<Rule> {
  const dir = config.collectionsDir;
  // Jekyll knows a document by its path inside collections_dir, a page or a site's own static
  // file (type '') by its path from the source.
  const inDir =
    dir && type !== 'pages' && type !== '' && path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : path;
  for (const rule of rulesOf(config, type)) if (rule.holds(path, inDir)) yield rule;
}

/**
 * The `defaults:` values alone for a file, or null when no scope of the type sets `key` (the
 * common case, known without matching paths).
 */
export function defaultsOf(config: Config, path: string, type: string, key: string): FrontMatter | null {
  if (!rulesOf(config, type).some((r) => Object.hasOwn(r.values, key))) return null;
  return applyDefaults(config, path, type, {});
}

/**
 * A static file's `defaults:` values, as Jekyll's StaticFile#data: the scopes without a type hold
 * a file of the site, a collection's file also those of its collection's label.
 */
export function staticFileDefaults(config: Config, path: string, collection: string | null): FrontMatter {
  // No scope's type is '': an untyped file matches only untyped scopes.
  return config.defaults.length ? applyDefaults(config, path, collection ?? '', {}) : {};
}

/** Whether Jekyll writes a static file with these defaults: unless `published` is set to false or null. */
export function staticFilePublished(data: FrontMatter): boolean {
  return !Object.hasOwn(data, 'published') || (data.published !== false && data.published !== null);
}

interface Rule {
  /** Whether the scope's path holds a file at `path` (`inDir`: its path inside collections_dir). */
  readonly holds: (path: string, inDir: string) => boolean;
  readonly values: Readonly<Record<string, unknown>>;
  /** How specific the scope's path is (its length), and whether it names a type. */
  readonly length: number;
  readonly typed: boolean;
}

// Per config and type: the scopes of that type or none, in the config's order.
const ordered = new WeakMap<Config, Map<string, readonly Rule[]>>();

function rulesOf(config: Config, type: string): readonly Rule[] {
  let byType = ordered.get(config);
  if (!byType) ordered.set(config, (byType = new Map()));
  let rules = byType.get(type);
  if (!rules) {
    const jekyll4 = config.jekyllVersion === 4;
    // The path whose length says how specific a scope is: Jekyll 4 takes it as written, without a
    // leading slash; kiln's reading of earlier Jekylls, without its slashes.
    const measured = (path: string) => (jekyll4 ? path.replace(/^\//, '') : trimSlashes(path));
    rules = config.defaults
      .filter((r) => !r.type || r.type === type)
      .map((r) => ({
        holds: jekyll4
          ? jekyll4Scope(r.path, config.collectionsDir, config.source)
          : folderScope(r.path, config.collectionsDir),
        values: r.values,
        length: measured(r.path).length,
        typed: !!r.type,
      }));
    byType.set(type, rules);
  }
  return rules;
}

/**
 * A scope's path as Jekyll 4 reads it: a file is held when its path starts with the scope's as
 * written (`blog` holds `blog-old.md`; `/blog` holds nothing), the collections_dir taken off the
 * scope's; a path with `*` is a glob over the source folder (Dir.glob, once a build, when a file
 * first asks), holding each file whose path starts with a path it finds, as text: `fr/s*b` finds
 * the folder fr/sub, which holds fr/sub/index.html and fr/subway.html too; a glob ending in `/`
 * finds folders only.
 */
function jekyll4Scope(written: string, dir: string, source: string): (path: string, inDir: string) => boolean {
  if (written === '') return () => true;
  if (written.includes('*')) {
    let found: ReadonlySet<string> | undefined;
    // The lengths of what it found: a file's path is cut only where one may end.
    let lengths: readonly number[] = [];
    return (_path, inDir) => {
      if (!found) {
        found = globbedScope(written, dir, source);
        lengths = [...new Set([...found].map((p) => p.length))];
      }
      for (const length of lengths) if (length <= inDir.length && found.has(inDir.slice(0, length))) return true;
      return false;
    };
  }
  const scope = dir && written.startsWith(`${dir}/`) ? written.slice(dir.length + 1) : written;
  return (_path, inDir) => inDir.startsWith(scope);
}

/**
 * The paths a glob scope finds in the source, as Jekyll compares them with a file's: from the
 * source (a leading `/` globs from the disk's root, which finds none of the site's), without a
 * closing `/`, the collections_dir taken off (a document's path is taken inside it).
 */
function globbedScope(written: string, dir: string, source: string): ReadonlySet<string> {
  if (written.startsWith('/')) return new Set();
  return new Set(
    globPaths(written, source).map((found) => {
      const path = posix.normalize(found).replace(/\/$/, '');
      return dir && path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : path;
    }),
  );
}

/**
 * A scope's path as kiln reads it for Jekyll 2 and 3 sites (`jekyll_version`): its folder and the
 * files under it, slashes at its ends ignored; under collections_dir named either way.
 */
function folderScope(written: string, dir: string): (path: string, inDir: string) => boolean {
  const own = trimSlashes(written);
  const inDirPath = dir && own.startsWith(`${dir}/`) ? own.slice(dir.length + 1) : own;
  return (path, inDir) => {
    const p = inDir !== path ? inDirPath : own;
    return p === '' || inDir === p || (inDir.startsWith(p) && inDir.charCodeAt(p.length) === 47);
  };
}

const trimSlashes = (path: string) => path.replace(/^\/+|\/+$/g, '');

/**
 * A post's or document's `tags` as Jekyll 4.3 reads them: the singular `tag`, when it is set (not
 * null or false), as it is (a text is one name, `tag: Web Dev`; a list's items are names), and
 * then `tags` is not read; else the words of `tags` (a text split at white space, or a list's
 * items). Names keep the type YAML gave them (`tags: [2024, 1.5]` are numbers) and are not made
 * unique: Jekyll keeps `tags: [a, a]` as two.
 */
export function tagList(data: FrontMatter): unknown[] {
  const tag = data.tag;
  if (tag !== undefined && tag !== null && tag !== false) return names(tag);
  const plural = words(data.tags);
  return plural ? names(plural) : [];
}

/**
 * A post's or document's `categories` as Jekyll 4.3 reads them: `folders` (a post's folders
 * above `_posts/`), then the words of the `categories` of `defaults` and of the front matter
 * `own` (Jekyll adds each to the list by Ruby's `|`, a text split at white space: these keep the
 * type YAML gave them), then each of those and the singular `category` of `data` (the merged
 * front matter) when it is set (not null or false, as it is: a text is one name), else those
 * words again, lists in them flattened (`[[a, b]]` adds `a` and `b`), as text. Jekyll adds that
 * text list to the first by `|` again, so a number is there twice: `categories: [2023]` is
 * `[2023, "2023"]`, and nil is nil and `""`.
 */
export function categoryList(
  data: FrontMatter,
  own: FrontMatter,
  defaults: FrontMatter | null,
  folders: readonly string[] = [],
): unknown[] {
  let listed: unknown[] = [...folders];
  for (const layer of [defaults, own]) {
    const added = layer && words(layer.categories, true);
    if (added) listed = rubyUnion(listed, added);
  }
  const category = data.category;
  const more = names(category !== undefined && category !== null && category !== false ? category : listed);
  return rubyUnion(listed, [...listed, ...more].map(nameText));
}

/** Ruby's `a | b`: the items of both, each once (as Hash keys are the same: `2`, `2.0` and `"2"` are three). */
function rubyUnion(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const seen = new Set<unknown>();
  return [...a, ...b].filter((x) => {
    const key = eqlKey(x);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A name's text as Ruby's to_s writes it: nil is "", a number as Ruby prints it (`2.0`), a hash
 * YAML made of `Track: B` in a list its inspect form (`{"Track"=>"B"}`).
 */
export function nameText(v: unknown): string {
  return rubyText(v);
}

/**
 * A post's or document's categories in a jekyll-multiple-languages language's build: without
 * `_i18n` and the language, which the plugin takes out (its posts' folders `_i18n/LANG/` are no
 * categories).
 */
export function withoutLanguage(config: Config, categories: unknown[]): unknown[] {
  const pass = config.languagePass;
  return pass ? categories.filter((c) => c !== I18N && c !== pass.lang) : categories;
}

/** Ruby's `String#split` without arguments: at runs of ASCII white space, none empty. */
const RUBY_SPACE = /[ \t\n\v\f\r]+/;

/**
 * A plural's words: a text split at white space, a list's items (nulls dropped unless `keepNull`,
 * as Jekyll's union keeps them), anything else one item (`keepNull`) or nothing; undefined for
 * no value.
 */
function words(v: unknown, keepNull = false): unknown[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v.split(RUBY_SPACE).filter(Boolean);
  if (Array.isArray(v)) return keepNull ? v : v.filter((x) => x !== null && x !== undefined);
  return keepNull ? [v] : undefined;
}

/** A singular's names: a text or value is one, a list (however nested) its items, nulls dropped. */
function names(v: unknown): unknown[] {
  return (Array.isArray(v) ? v.flat(Number.POSITIVE_INFINITY) : [v]).filter((x) => x !== null && x !== undefined);
}

/**
 * The layout a document names, as Jekyll looks it up, by its value's Ruby `to_s`: nil and `none`
 * mean none; any other value names one (`false` the layout `false`, `5` the layout `5`), a list
 * or mapping its inspect form (`["default"]`), which no layout has, so Jekyll warns and writes
 * the content without one.
 */
export function layoutName(data: FrontMatter): string | null {
  const v = data.layout;
  if (v === undefined || v === null || v === 'none') return null;
  return rubyText(v);
}

/**
 * The layout a layout is put in: Jekyll looks its value up as it is, so only a text names one
 * (`layout: 5` or `[default]` in a layout names none); an empty text or `none` names none
 * (kiln warns about any other missing one; Jekyll stops there silently).
 */
export function parentLayoutName(data: FrontMatter): string | null {
  const v = data.layout;
  return typeof v === 'string' && v !== '' && v !== 'none' ? v : null;
}
