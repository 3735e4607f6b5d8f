import { DOCUMENT_VIEW } from '../../types.js';
import { isHash, rubyToS } from './ruby.js';

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
  // A value with JSON of its own (a date, a Float) is written by it.
  if (!Array.isArray(v) && (!isHash(v) || typeof (v as { toJSON?: unknown }).toJSON === 'function')) return v;
  open.push(v);
  const out = Array.isArray(v)
    ? v.map((x) => jsonShape(x, depth + 1, open))
    : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonShape(x, depth + 1, open)]));
  open.pop();
  return out;
}
