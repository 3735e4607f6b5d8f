import type { PaginationSettings } from '../config/types.js';
import { parseDate } from '../shared/dates.js';
import { rubySpaceship } from '../shared/ruby-compare.js';
import { RubyFloat } from '../shared/ruby-float.js';
import { rubySort } from '../shared/ruby-sort.js';
import { rubySplit, rubyStrip } from '../shared/ruby-text.js';
import { timestampKeys } from '../shared/yaml.js';
import type { Document } from '../source/types.js';
import { type Collection, type FrontMatter, type ItemRef, inPostsOrder, type Post } from './types.js';

/** A document jekyll-paginate-v2 may list: where it is, and its data as the plugin reads it. */
export interface Item {
  readonly ref: ItemRef;
  /** Its source file and document, for messages. */
  readonly path: string;
  readonly doc: Document;
  readonly data: FrontMatter;
}

/**
 * A value the plugin fails on (Ruby raises): in a document's own front matter (`doc`, with the
 * document and key), or met while sorting (the caller names the page's `sort_field`).
 */
export class ItemFailure extends Error {
  constructor(
    message: string,
    readonly doc?: { readonly item: Item; readonly key: string },
  ) {
    super(message);
  }
}

/**
 * The documents jekyll-paginate-v2 may list, made once per build for all its paginated pages
 * (autopages make one a tag): each collection's items, each list of collections' items, and
 * each list's index of a field.
 */
export class ItemSource {
  private readonly made = new Map<number, Item[]>();
  private readonly lists = new Map<string, Item[]>();
  private readonly indexes = new Map<readonly Item[], Map<string, Map<string, Item[]>>>();

  constructor(
    private readonly posts: readonly Post[],
    private readonly postsOrder: readonly number[] | undefined,
    private readonly collections: readonly Collection[],
    private readonly timeZone: string,
  ) {}

  /**
   * The documents of the collections a paginated page names (`all`: every collection but posts),
   * each collection's in Jekyll's order (posts oldest first), without those whose data has
   * `pagination` (other paginated pages) or a true `hidden`, as the plugin takes them.
   */
  items(names: readonly string[]): Item[] {
    const key = names.join('\n');
    let list = this.lists.get(key);
    if (!list) {
      const all = names.flatMap((name) => {
        if (name === 'posts') return this.collection(-1);
        if (name === 'all') return this.collections.flatMap((_, c) => this.collection(c));
        const c = this.collections.findIndex((col) => col.label === name);
        return c >= 0 ? this.collection(c) : [];
      });
      list = all.filter((it) => !Object.hasOwn(it.data, 'pagination') && !rubyTruthy(it.data.hidden));
      this.lists.set(key, list);
    }
    return list;
  }

  /** Each value of a field → the items of a list that have it, as the plugin indexes them. */
  index(items: readonly Item[], field: string): Map<string, Item[]> {
    let byField = this.indexes.get(items);
    if (!byField) this.indexes.set(items, (byField = new Map()));
    let index = byField.get(field);
    if (index) return index;
    index = new Map();
    for (const it of items) {
      for (const key of fieldValues(it, field)) {
        const list = index.get(key);
        if (list) list.push(it);
        else index.set(key, [it]);
      }
    }
    byField.set(field, index);
    return index;
  }

  /** A collection's items (-1: the posts, oldest first). */
  private collection(c: number): Item[] {
    let items = this.made.get(c);
    if (items) return items;
    if (c < 0) {
      items = [];
      // The posts collection's order: a jekyll-polyglot translation holds its original's place.
      for (const i of inPostsOrder(
        { postsOrder: this.postsOrder },
        this.posts.map((_, k) => k),
      )) {
        const p = this.posts[i]!;
        items.push({ ref: [-1, i], path: p.path, doc: p.doc, data: postData(p, this.timeZone) });
      }
    } else
      items = this.collections[c]!.docs.map((d, i) => {
        const data = withDates({ ...d.data, date: new Date(d.date) }, d.doc.frontMatter, this.timeZone);
        return { ref: [c, i] as const, path: d.path, doc: d.doc, data };
      });
    this.made.set(c, items);
    return items;
  }
}

/** A post's data as Jekyll's document holds it: its front matter and what Jekyll adds. */
function postData(p: Post, timeZone: string): FrontMatter {
  const data = {
    title: p.title,
    slug: p.slug,
    ...p.data,
    date: new Date(p.date),
    categories: p.categories,
    tags: p.tags,
  };
  return withDates(data, p.doc.frontMatter, timeZone);
}

/** Front matter YAML reads as times (kiln keeps their text) as dates, as the plugin compares them. */
function withDates(data: Record<string, unknown>, frontMatter: string, timeZone: string): FrontMatter {
  for (const key of timestampKeys(frontMatter, false)) {
    const ms = typeof data[key] === 'string' ? parseDate(data[key] as string, timeZone) : null;
    if (ms !== null) data[key] = new Date(ms);
  }
  return data;
}

const rubyTruthy = (v: unknown) => v !== undefined && v !== null && v !== false;

/**
 * The filters of `category`, `tag` and `locale`: an item stays if it has every value the filter
 * names, compared in lower case, each of its own values split at `,` and `;` (a text also at
 * white space). `category: posts` is every item, as the plugin has it.
 */
export function filterItems(items: readonly Item[], settings: PaginationSettings, source: ItemSource): Item[] {
  // The plugin indexes every item's locale whether or not a page filters by it: one it cannot read fails it.
  source.index(items, 'locale');
  let kept = [...items];
  const filters = [
    ['category', 'categories'],
    ['tag', 'tags'],
    ['locale', 'locale'],
  ] as const;
  for (const [setting, field] of filters) {
    const wanted = settings[setting];
    if (wanted === null) continue;
    const index = source.index(items, field);
    for (const key of wanted) {
      if (setting === 'category' && key === 'posts') continue;
      const having = new Set(index.get(key) ?? []);
      kept = kept.filter((it) => having.has(it));
    }
    kept = [...new Set(kept)];
  }
  return kept;
}

/** An item's values of a field (none for nil, a blank text or an empty list), lower case. */
function fieldValues(it: Item, field: string): string[] {
  const v = it.data[field];
  let values: unknown[];
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') {
    if (rubyStrip(v) === '') return [];
    values = rubySplit(v, /;|,|\s/);
  } else if (Array.isArray(v)) values = v;
  else
    throw new ItemFailure(
      `${field} must be a text or a list, not ${describeValue(v)} (jekyll-paginate-v2 fails on it)`,
      {
        item: it,
        key: field,
      },
    );
  return values.flatMap((x) =>
    rubySplit(rubyStrip(rubyText(x).toLowerCase()), /;|,/).map((k) => rubyStrip(k.toLowerCase())),
  );
}

const rubyText = (x: unknown) => (x === null || x === undefined ? '' : String(x));

/**
 * The plugin's order: sorted by `sort_field` (nil first, text in lower case, dates by time),
 * `offset` items left out from the end of that ascending order, then reversed with
 * `sort_reverse`. Without a sort field the collections' order stays, and nothing is left out.
 * The sort is Ruby's (ruby-sort.ts), which is stable.
 */
export function sortItems(items: readonly Item[], settings: PaginationSettings): Item[] {
  if (settings.sortField === null) return [...items];
  const keys = rubySplit(settings.sortField, /:/).map((k) => rubyStrip(k.toLowerCase()));
  const values = new Map(items.map((it) => [it, sortValue(it, keys)]));
  const sorted = rubySort([...items], (a, b) => compareSortValues(values.get(a), values.get(b), a, b));
  sorted.length = Math.max(0, sorted.length - settings.offset);
  return settings.sortReverse ? sorted.reverse() : sorted;
}

/** The value at `a:b` in an item's data: nil where a key is missing or the value is a mapping. */
function sortValue(it: Item, keys: readonly string[]): unknown {
  let value: unknown = it.data;
  for (const key of keys) {
    if (!isMapping(value))
      throw new ItemFailure(`in ${it.path}, ${describeValue(value)} is no mapping to find ${key} in`);
    if (!Object.hasOwn(value, key)) return null;
    value = value[key];
  }
  return isMapping(value) ? null : (value ?? null);
}

const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RubyFloat);

/** Ruby's `<=>` as the plugin's sort_values uses it; two values Ruby cannot compare fail the sort. */
function compareSortValues(a: unknown, b: unknown, itA: Item, itB: Item): number {
  if (a === null && b !== null) return -1;
  if (a !== null && b === null) return 1;
  // The plugin compares texts in lower case (nested ones as they are).
  const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v);
  const cmp = rubySpaceship(lower(a), lower(b));
  if (cmp === null)
    throw new ItemFailure(
      `${describeValue(a)} of ${itA.path} and ${describeValue(b)} of ${itB.path} cannot be compared`,
    );
  return cmp;
}

function describeValue(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  return v === null || v === undefined ? 'nil' : (JSON.stringify(v) ?? String(v));
}
