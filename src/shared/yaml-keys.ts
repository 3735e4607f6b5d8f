// A YAML mapping is a Ruby Hash in Jekyll: its keys keep the order the file gives them, and a key
// written `2021:` is the Integer 2021 (`3.5:` a Float, `~:` nil). A JavaScript object lists keys
// that are whole numbers first, in numeric order, and its keys are text; so a mapping with such
// keys is given as a view of the object that lists its keys in the file's order (a Proxy with
// only an `ownKeys` trap: everything reading the object sees the order, nothing else changes),
// and remembers which keys were not text for Liquid (a `for` loop's pairs, `inspect`).

import { RubyFloat } from './ruby-float.js';

/** The keys that were not text, by the text JavaScript keeps them under: `"2021"` → 2021. */
const TYPED_KEYS = new WeakMap<object, ReadonlyMap<string, unknown>>();
/** The order the file gave each ordered mapping's keys in. */
const KEY_ORDER = new WeakMap<object, readonly string[]>();

/**
 * A view of `target` whose keys come in `order` (keys `target` has that `order` lacks come after,
 * as JavaScript orders them), and whose keys in `typed` are Ruby values other than text.
 */
export function orderedMapping<T extends object>(
  target: T,
  order: readonly string[],
  typed?: ReadonlyMap<string, unknown>,
): T {
  const view = new Proxy(target, {
    ownKeys(t) {
      const own = Reflect.ownKeys(t);
      const present = new Set(own);
      const listed = new Set(order);
      return [...order.filter((k) => present.has(k)), ...own.filter((k) => typeof k !== 'string' || !listed.has(k))];
    },
  });
  KEY_ORDER.set(view, order);
  if (typed && typed.size > 0) TYPED_KEYS.set(view, typed);
  return view;
}

/** Lets `view`, a proxy over `target` (a page's, read field by field), answer for its keys' order and types as `target` does. */
export function keysAsIn(view: object, target: object): void {
  const order = KEY_ORDER.get(target);
  if (order) KEY_ORDER.set(view, order);
  const typed = TYPED_KEYS.get(target);
  if (typed) TYPED_KEYS.set(view, typed);
}

/** `target`, or a view of it listing its keys in `order` where JavaScript's order differs (whole-number keys). */
export function inKeyOrder<T extends object>(target: T, order: readonly string[]): T {
  const keys = Object.keys(target);
  return keys.length === order.length && keys.every((k, i) => k === order[i]) ? target : orderedMapping(target, order);
}

/** The Ruby value of a mapping's key: the number, nil or boolean YAML read, or the text itself. */
export function rubyKey(mapping: object, key: string): unknown {
  const typed = TYPED_KEYS.get(mapping);
  return typed?.has(key) ? typed.get(key) : key;
}

/**
 * The text `mapping` keeps Ruby's key `key` under, as Ruby's Hash#[] finds it (by `eql?`), or
 * undefined when it has no such key: a text finds a key that was text, a number, nil or boolean
 * (a Liquid value: `site.data[page.year]`, `h[forloop.index]`) only a key YAML read as that value,
 * an Integer never a Float (`2` is not `2.0`), and never a text key (`_data/2024.yml` is `"2024"`).
 */
export function hashKeyText(mapping: object, key: unknown): string | undefined {
  const typed = TYPED_KEYS.get(mapping);
  if (typeof key === 'string' && !typed?.has(key)) return key;
  // A text key may be kept under other text when a typed key has its own (`site.categories`' `2023` and `"2023"`).
  if (typed) for (const [text, value] of typed) if (rubyEql(value, key ?? null)) return text;
  return undefined;
}

/** Ruby's `eql?` of two keys that are no text: numbers of one class and value, or the same value. */
function rubyEql(a: unknown, b: unknown): boolean {
  // Dates (and times) of one class are one key when they are one day (one instant).
  if (a instanceof Date && b instanceof Date)
    return Object.getPrototypeOf(a) === Object.getPrototypeOf(b) && a.getTime() === b.getTime();
  const numeric = (v: unknown) => typeof v === 'number' || v instanceof RubyFloat;
  if (!numeric(a) || !numeric(b)) return a === b;
  const isFloat = (v: unknown) => v instanceof RubyFloat || !Number.isInteger(v);
  return isFloat(a) === isFloat(b) && Number(a) === Number(b);
}

/**
 * What tells a value apart as a Ruby Hash key (`eql?`): equal texts, numbers of one class and
 * value, nil and booleans are one key (`2`, `2.0` and `"2"` are three); any other object is itself.
 */
export function eqlKey(v: unknown): unknown {
  if (typeof v === 'string') return `s${v}`;
  if (v instanceof RubyFloat) return `f${+v}`;
  if (typeof v === 'number') return `${Number.isInteger(v) ? 'i' : 'f'}${v}`;
  if (v === null || v === undefined) return 'nil';
  return typeof v === 'boolean' ? String(v) : v;
}

/** A hash's [key, value] pairs as Ruby's Hash#each gives them: in order, keys with their Ruby values. */
export function rubyPairs(mapping: object): [unknown, unknown][] {
  const typed = TYPED_KEYS.get(mapping);
  return Object.keys(mapping).map((k) => [typed?.has(k) ? typed.get(k) : k, (mapping as Record<string, unknown>)[k]]);
}

/**
 * `over` merged over `base` by `merged` (a new object) keeps the keys' order and types when either
 * was ordered: `base`'s keys, then `over`'s new ones, as Ruby's Hash#merge.
 */
export function mergedOrder<T extends object>(base: object, over: object, merged: T): T {
  if (!KEY_ORDER.has(base) && !KEY_ORDER.has(over)) return merged;
  const order = [...Object.keys(base)];
  const known = new Set(order);
  for (const k of Object.keys(over)) if (!known.has(k)) order.push(k);
  const typed = new Map([...(TYPED_KEYS.get(base) ?? []), ...(TYPED_KEYS.get(over) ?? [])]);
  return orderedMapping(merged, order, typed);
}

/**
 * `value` (a YAML file's reading) with every mapping whose keys a plain object reorders or turns
 * into text replaced by an ordered view. Only when some key may have been a number, nil or
 * boolean (`mayBeTyped`), the file is read again by `readMarked`, which gives every scalar to
 * `mark` as it is read and keeps the text it returns instead: the marks are never whole numbers,
 * so that reading's objects keep the file's key order, and each mark says what the key's value was.
 */
export function withRubyKeys(
  value: unknown,
  mayBeTyped: (key: string) => boolean,
  readMarked: (mark: (scalar: unknown) => string) => unknown,
): unknown {
  if (!hasKey(value, mayBeTyped, new Set())) return value;
  const scalars: unknown[] = [];
  const marked = readMarked((scalar) => `${MARK}${scalars.push(scalar) - 1}`);
  return reordered(value, marked, scalars, new Map());
}

// Starts every scalar of the second reading; no YAML key text begins with it.
const MARK = '\u0000kiln-key:';

/** Whether some mapping in `v` has a key that a YAML scalar other than text could have given. */
function hasKey(v: unknown, mayBeTyped: (key: string) => boolean, seen: Set<object>): boolean {
  if (typeof v !== 'object' || v === null || seen.has(v) || v instanceof Date) return false;
  seen.add(v);
  if (Array.isArray(v)) return v.some((x) => hasKey(x, mayBeTyped, seen));
  for (const k of Object.keys(v))
    if (mayBeTyped(k) || hasKey((v as Record<string, unknown>)[k], mayBeTyped, seen)) return true;
  return false;
}

/**
 * `v` with its mappings ordered as their twins in `marked` (the marked reading) are; a mapping
 * whose keys do not correspond one to one (a key that is itself a list or mapping) stays as it is.
 */
function reordered(v: unknown, marked: unknown, scalars: readonly unknown[], done: Map<object, unknown>): unknown {
  if (typeof v !== 'object' || v === null || typeof marked !== 'object' || marked === null) return v;
  if (done.has(v)) return done.get(v);
  if (Array.isArray(v)) {
    done.set(v, v);
    if (Array.isArray(marked) && marked.length === v.length)
      for (let i = 0; i < v.length; i++) v[i] = reordered(v[i], marked[i], scalars, done);
    return v;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype || Array.isArray(marked)) return v;
  const mapping = v as Record<string, unknown>;
  const twin = marked as Record<string, unknown>;
  const order: string[] = [];
  const typed = new Map<string, unknown>();
  const twinKeys = new Map<string, string>();
  const rubyKeys = new Map<string, unknown>();
  for (const markedKey of Object.keys(twin)) {
    const index = markedKey.startsWith(MARK) ? Number(markedKey.slice(MARK.length)) : Number.NaN;
    const key = Number.isInteger(index) ? scalars[index] : markedKey;
    const text = String(key);
    // One Ruby key written twice (`yes:` and `on:` are both true) keeps its first place and its
    // last value, as a Hash and an object do; two Ruby keys one text (`1:` and `"1":`) cannot be kept.
    const twice = twinKeys.has(text);
    if ((twice && !rubyEql(rubyKeys.get(text), key)) || !Object.hasOwn(mapping, text)) {
      done.set(v, v);
      return v;
    }
    twinKeys.set(text, markedKey);
    if (twice) continue;
    rubyKeys.set(text, key);
    order.push(text);
    if (typeof key !== 'string') typed.set(text, key);
  }
  const keys = Object.keys(mapping);
  const view =
    keys.length === order.length && (typed.size > 0 || keys.some((k, i) => k !== order[i]))
      ? orderedMapping(mapping, order, typed)
      : mapping;
  done.set(v, view);
  for (const k of keys) mapping[k] = reordered(mapping[k], twin[twinKeys.get(k) ?? ''], scalars, done);
  return view;
}
