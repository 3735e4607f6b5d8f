/** Ruby's views of template values, which Jekyll's filters print: `to_s`, `inspect`, and the JSON of Jekyll's drops. */

import { RubyDate } from '../../../shared/ruby-date.js';
import { numberText, RubyFloat } from '../../../shared/ruby-float.js';
import { isHash, type OwnInspect, rubyText, rubyInspect as sharedInspect } from '../../../shared/ruby-inspect.js';
import { PluginModifiedTime } from '../../../shared/site-date.js';
import { inKeyOrder, rubyPairs } from '../../../shared/yaml-keys.js';
import { DOCUMENT_VIEW, DROP_CLASS, type DropClass, PAGE_VIEW } from '../../types.js';
import { rangeText } from './literals.js';

/** Ruby's `to_s`: nil is empty, a list or hash is its inspect form, a number as Ruby writes it (`2.0`, `1.0e-05`), a post its output. */
export function rubyToS(v: unknown): string {
  if (typeof v !== 'object' || v === null) return rubyText(v);
  const cls = dropClass(v);
  if (cls) return dropText(v, cls);
  const range = rangeText(v);
  if (range !== undefined) return range;
  // A post or document is its Document's to_s: the output, or the content before it renders.
  if (DOCUMENT_VIEW in v) {
    const doc = v as { output?: unknown; content?: unknown };
    return rubyToS(doc.output || doc.content);
  }
  return rubyText(v, documentInspector());
}

/** The Ruby class of a drop kiln models as a value (types.ts: DROP_CLASS), or undefined. */
export function dropClass(v: unknown): DropClass | undefined {
  return typeof v === 'object' && v !== null && DROP_CLASS in v
    ? (v as { [DROP_CLASS]: DropClass })[DROP_CLASS]
    : undefined;
}

/**
 * Whether a drop is one of Liquid's own (forloop, tablerowloop) or Jekyll's JekyllDrop, which are
 * not Jekyll's Drop: no keys to loop over, no `first`, and inspect gives the class name.
 */
export function isLiquidDrop(cls: DropClass): boolean {
  return (
    cls !== 'Jekyll::Drops::SiteDrop' &&
    cls !== 'Jekyll::Drops::StaticFileDrop' &&
    cls !== 'Jekyll::Drops::CollectionDrop'
  );
}

/** A drop's to_s: its class name; a collection's (CollectionDrop#to_s) its documents' list as Ruby writes it. */
export function dropText(v: object, cls: DropClass): string {
  return cls === 'Jekyll::Drops::CollectionDrop' ? rubyToS((v as { docs?: unknown }).docs) : cls;
}

/**
 * Ruby's `inspect` (3.1): `"text"`, `nil`, `[1, "a"]`, `{"k"=>1}`. A post or document is Jekyll's
 * DocumentDrop where Liquid made it one (the value itself, a list's item read as a drop: asDrops),
 * which inspects as its JSON, pretty-printed; inside a list or hash read as it is (`site.tags`,
 * `site.posts`) it is Jekyll's Document, which inspects as
 * `#<Jekyll::Document _posts/x.md collection=posts>`.
 */
export function rubyInspect(v: unknown): string {
  return sharedInspect(v, documentInspector());
}

/** How inspect writes a post or document, as a drop or as a Document (the drops of each list found once a call). */
function documentInspector(): OwnInspect {
  const drops = new Map<readonly unknown[], ReadonlySet<object>>();
  const dropsIn = (list: readonly unknown[]) => {
    let found = drops.get(list);
    if (!found) drops.set(list, (found = DROPS.has(list) ? dropsOf(list) : new Set()));
    return found;
  };
  return (v, parent) => {
    const cls = dropClass(v);
    if (cls) return dropInspect(v, cls, parent === null || (Array.isArray(parent) && dropsIn(parent).has(v)));
    if (!(DOCUMENT_VIEW in v)) return rangeText(v);
    const drop = parent === null || (Array.isArray(parent) && dropsIn(parent).has(v));
    if (drop) return prettyJson(jsonShape(v), '');
    const doc = v as { relative_path?: unknown; path?: unknown; collection?: unknown };
    return `#<Jekyll::Document ${rubyToS(doc.relative_path ?? doc.path)} collection=${rubyToS(doc.collection)}>`;
  };
}

/**
 * A drop's inspect: Liquid's drops and JekyllDrop their class name, Jekyll's drops their JSON
 * pretty-printed. A static file in a list not made of drops (`site.static_files` as it is) is
 * Jekyll's StaticFile there, and `site` is left as kiln's hash: both inspect as Ruby objects whose
 * text kiln cannot give (addresses, the config).
 */
function dropInspect(v: object, cls: DropClass, asDrop: boolean): string | undefined {
  if (isLiquidDrop(cls)) return cls;
  if (cls === 'Jekyll::Drops::SiteDrop' || (cls === 'Jekyll::Drops::StaticFileDrop' && !asDrop)) return undefined;
  return prettyJson(jsonShape(v), '');
}

/**
 * The posts and documents that a list holds as Jekyll's DocumentDrops, not as Documents: those
 * Liquid's filters read item by item (its InputIterator: reverse, uniq, compact, sort_natural, map,
 * concat's input) made drops, and Ruby's lists made from such a list (push, where, sort, slice…)
 * hold the same objects. A list's mark says where its drops come from: it is made on every filter
 * call (a lookup and no copy: a layout may reverse 4,000 posts on every page), and read only when
 * the list is inspected.
 */
type DropMark =
  | { readonly list: readonly unknown[]; readonly count: number }
  | { readonly from: readonly DropMark[]; readonly values: readonly object[] };
const DROPS = new WeakMap<readonly unknown[], DropMark>();

/** Marks the posts and documents among the first `count` items of a list a filter made (never one it was given) as drops. */
export function asDrops<T extends unknown[]>(list: T, count = list.length): T {
  if (count > 0) DROPS.set(list, { list, count });
  return list;
}

/**
 * Marks the list a filter made with the drops of the lists it was given, and the posts and
 * documents it was given as values (Liquid passes them as drops): its items are the same objects.
 * A list given back as it is keeps its own marks.
 */
export function inheritDrops(made: unknown, given: readonly unknown[]): unknown {
  if (!Array.isArray(made) || DROPS.has(made) || given.includes(made)) return made;
  let from: DropMark[] | undefined;
  let values: object[] | undefined;
  for (const g of given) {
    const mark = Array.isArray(g) ? DROPS.get(g) : undefined;
    if (mark) (from ??= []).push(mark);
    else if (isListedObject(g) || isPageView(g)) (values ??= []).push(g);
  }
  if (from || values) DROPS.set(made, { from: from ?? [], values: values ?? [] });
  return made;
}

/**
 * Whether a list holds a post or document as a drop: only then does it hold one equal to a post or
 * document a template names (always a drop), as Jekyll's Document is never equal to a drop.
 */
export function holdsAsDrop(list: readonly unknown[], doc: object): boolean {
  return DROPS.has(list) && dropsOf(list).has(doc);
}

/** The posts, documents and pages a list holds as drops (a page as its hash), none when unmarked. */
export function heldAsDrops(list: readonly unknown[]): ReadonlySet<object> {
  return DROPS.has(list) ? dropsOf(list) : NONE;
}
const NONE: ReadonlySet<object> = new Set();

/** Whether `v` is a page as templates read it (render/context.ts). */
export function isPageView(v: unknown): v is object {
  return typeof v === 'object' && v !== null && PAGE_VIEW in v;
}

/** The posts and documents (and pages) a marked list holds as drops. */
function dropsOf(list: readonly unknown[]): ReadonlySet<object> {
  const drops = new Set<object>();
  const seen = new Set<DropMark>();
  const marks = [DROPS.get(list)];
  for (let mark = marks.pop(); mark; mark = marks.pop()) {
    if (seen.has(mark)) continue;
    seen.add(mark);
    if ('list' in mark) {
      for (const x of mark.list.slice(0, mark.count)) if (isListedObject(x) || isPageView(x)) drops.add(x);
    } else {
      for (const v of mark.values) drops.add(v);
      marks.push(...mark.from);
    }
  }
  return drops;
}

/**
 * Ruby's `JSON.pretty_generate` (json 2.6) of what jsonShape made: how Jekyll's drop inspects.
 * An empty list is `[`, a blank line and `]`, an empty hash `{` and `}` on two lines.
 */
function prettyJson(v: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (!v.length) return `[\n\n${indent}]`;
    return `[\n${v.map((x) => inner + prettyJson(x ?? null, inner)).join(',\n')}\n${indent}]`;
  }
  if (isHash(v) && typeof (v as { toJSON?: unknown }).toJSON !== 'function') {
    // JSON.stringify's rule, as jsonify writes: a key whose value is undefined is left out.
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (!entries.length) return `{\n${indent}}`;
    const pairs = entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${prettyJson(x, inner)}`);
    return `{\n${pairs.join(',\n')}\n${indent}}`;
  }
  // A number as Ruby writes it, anything else as JSON.stringify writes it.
  if (v instanceof RubyFloat || typeof v === 'number') return rubyJsonNumber(v);
  return JSON.stringify(v) ?? 'null';
}

/**
 * A number as Ruby's JSON writes it: a Float with its point (`2.0`) or in exponent form
 * (`1.0e-05`), an Integer with every digit; NaN and Infinity fail, as in Ruby.
 */
export function rubyJsonNumber(v: number | RubyFloat): string {
  const text = v instanceof RubyFloat ? String(v) : numberText(v);
  if (!Number.isFinite(v instanceof RubyFloat ? v.toJSON() : v)) throw new Error(`${text} not allowed in JSON`);
  return text;
}

/**
 * What `jsonify` writes for a post or collection document: the hash of Jekyll's DocumentDrop. Its
 * own fields come first in the drop's order, then the document's data (`draft` first, as Jekyll
 * sets it before reading the file, then the front matter, then `slug` and `ext`). A document's
 * `previous` and `next` are whole documents, themselves JSON at one level deeper; from the second
 * level of JSON nesting on, a document writes its neighbours without their `content`, `output`,
 * `excerpt`, `previous` and `next` (so that the chain ends), as Jekyll's `hash_for_json` does.
 */

const OWN_FIELDS = [
  'name',
  'id',
  'relative_path',
  'excerpt',
  'title',
  'categories',
  'collection',
  'next',
  'tags',
  'previous',
  'content',
  'output',
  'path',
  'url',
  'date',
];
const OWN = new Set(OWN_FIELDS);
/** Data Jekyll sets in its own places: `draft` before the front matter, `slug` and `ext` after it. */
const PLACED = new Set(['draft', 'slug', 'ext']);
/** What a neighbour written without recursion leaves out. */
const COLLAPSED_OUT = new Set(['content', 'output', 'excerpt', 'next', 'previous']);

/**
 * A value Jekyll's lists hold as an object that is not its drop: a post or document (a Document),
 * a static file (a StaticFile); Liquid's filters read each as its drop.
 */
function isListedObject(v: unknown): v is object {
  return isDocument(v) || dropClass(v) === 'Jekyll::Drops::StaticFileDrop';
}

function isDocument(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && DOCUMENT_VIEW in v;
}

/** The drop's keys in Jekyll's order (those the view has, but its own fields always): what `for` gives of it too. */
export function documentKeys(doc: Record<string, unknown>): string[] {
  const keys = Object.keys(doc);
  const data = keys.filter((k) => !OWN.has(k) && !PLACED.has(k));
  const placed = (k: string) => (keys.includes(k) ? [k] : []);
  return [...OWN_FIELDS, ...placed('draft'), ...data, ...placed('slug'), ...placed('ext')];
}

function fieldValue(doc: Record<string, unknown>, key: string): unknown {
  if (key === 'relative_path') return doc.relative_path ?? doc.path;
  if (key === 'excerpt') return rubyToS(doc.excerpt);
  return doc[key];
}

/** A document as the hash Jekyll writes at JSON nesting `depth`. */
function documentHash(doc: Record<string, unknown>, depth: number, collapsed: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of documentKeys(doc)) {
    if (collapsed && COLLAPSED_OUT.has(key)) continue;
    const value = fieldValue(doc, key);
    if ((key === 'previous' || key === 'next') && isDocument(value))
      out[key] = documentHash(value, depth + 1, depth >= 2);
    // The drop's hash holds jekyll-last-modified-at's object, which JSON writes as its text.
    else if (value instanceof PluginModifiedTime) out[key] = value.formatted();
    else out[key] = jsonShape(value, depth + 1);
  }
  return out;
}

/**
 * A template value with its documents as Jekyll's hashes, for JSON.stringify; `depth` is the JSON
 * nesting it is written at (0 for jsonify's input). A list or hash inside itself is left out
 * (Ruby would fail on it).
 */
export function jsonShape(v: unknown, depth = 0, open: object[] = []): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (open.includes(v)) return undefined;
  if (isDocument(v)) return documentHash(v, depth, false);
  const cls = dropClass(v);
  // Liquid's drops have no JSON of their own: Ruby writes their to_s, the class name.
  if (cls && isLiquidDrop(cls) && cls !== 'Jekyll::Drops::JekyllDrop') return cls;
  // A collection's documents are Jekyll's Documents there, which JSON writes as their to_s.
  if (cls === 'Jekyll::Drops::CollectionDrop') {
    const docs = (v as { docs?: unknown }).docs;
    const shaped = jsonShape({ ...v, docs: undefined }, depth, open) as Record<string, unknown>;
    if (Array.isArray(docs)) shaped.docs = docs.map(rubyToS);
    return shaped;
  }
  // A range's JSON is its text (Ruby's Object#to_json).
  const range = rangeText(v);
  if (range !== undefined) return range;
  // A value with JSON of its own (a date, a Float) is written by it.
  if (!Array.isArray(v) && (!isHash(v) || typeof (v as { toJSON?: unknown }).toJSON === 'function')) return v;
  open.push(v);
  if (Array.isArray(v)) {
    const out = v.map((x) => jsonShape(x, depth + 1, open));
    open.pop();
    return out;
  }
  // A key YAML read as a number, nil or boolean is written as Ruby's to_s of it (nil as "").
  const pairs = rubyPairs(v).map(([k, x]) => [typeof k === 'string' ? k : rubyToS(k), jsonShape(x, depth + 1, open)]);
  open.pop();
  const out = Object.fromEntries(pairs);
  return inKeyOrder(
    out,
    pairs.map(([k]) => k as string),
  );
}

/**
 * A key two values share exactly when Ruby's `eql?` holds, which uniq and group_by tell values
 * apart by: 1 and 1.0 differ (0.0 and -0.0 do not), two times at the same instant are one in any
 * zone, lists item by item, hashes by keys and values in any order; a post, document or drop is
 * itself alone.
 */
export function rubyEqlKey(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'object' || (!(v instanceof RubyFloat) && !(v instanceof Date) && !Array.isArray(v) && !isPlain(v)))
    return v;
  return `\0${eqlText(v)}`;
}

function isPlain(v: object): v is Record<string, unknown> {
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && !(DOCUMENT_VIEW in v);
}

// Numbers for the objects a key holds by identity, inside a list or hash.
const identities = new WeakMap<object, number>();
let nextIdentity = 0;

function eqlText(v: unknown): string {
  if (v === undefined || v === null) return 'nil';
  if (v instanceof RubyFloat) return `f${+v}`;
  if (typeof v === 'number') return Number.isInteger(v) ? `i${v}` : `f${v}`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v !== 'object') return String(v);
  if (v instanceof Date) return `${v instanceof RubyDate ? 'd' : 't'}${+v}`;
  if (Array.isArray(v)) {
    const range = rangeText(v);
    return range === undefined ? `[${v.map(eqlText).join(',')}]` : `r${range}`;
  }
  if (isPlain(v)) {
    const pairs = Object.keys(v).map((k) => `${JSON.stringify(k)}:${eqlText(v[k])}`);
    return `{${pairs.sort().join(',')}}`;
  }
  let id = identities.get(v);
  if (id === undefined) identities.set(v, (id = nextIdentity++));
  return `o${id}`;
}
