import { RubyDate } from '../../../shared/ruby-date.js';
import { isNumeric, isRubyFloat, RubyFloat, toFloat } from '../../../shared/ruby-float.js';
import { isHash } from '../../../shared/ruby-inspect.js';
import { rubySort } from '../../../shared/ruby-sort.js';
import { rubyPairs } from '../../../shared/yaml-keys.js';
import { DOCUMENT_VIEW } from '../../types.js';
import { isRubyArray, METHOD_LITERAL, rangeText } from './literals.js';
import { inheritDrops, jsonShape, rubyEqlKey, rubyInspect, rubyJsonNumber, rubyToS } from './ruby.js';
import { sample } from './sample.js';
import { compareValues, items, liquidInteger } from './standard.js';
import type { Filter } from './types.js';

/**
 * Evaluates a Liquid expression (`where_exp`'s condition, `group_by_exp`'s key) with `vars` set
 * on top of the calling template's variables; `self` is what the engine passed the filter as `this`.
 */
export type Evaluate = (self: unknown, expression: string, vars: Record<string, unknown>) => unknown;

/**
 * Jekyll's item_property: a key, or a dotted path where a missing step gives false; a text that
 * reads as a number is that number (`"10"` sorts after `"2"`, `"007"` is where's and group_by's
 * `7`, `" 1.50"` their `1.5`), as Jekyll turns it for sorting in all four filters.
 */
function itemProperty(item: unknown, key: unknown): unknown {
  return numberLike(rawProperty(item, key));
}

// Ruby's \s is ASCII white space only.
const INTEGER_LIKE = /^[ \t\n\v\f\r]*-?\d+[ \t\n\v\f\r]*$/;
const FLOAT_LIKE = /^[ \t\n\v\f\r]*-?(?:\d+\.?\d*|\.\d+)[ \t\n\v\f\r]*$/;

/** Jekyll's parse_sort_input of a text: to_i or to_f when it looks like one (an integer too long to be exact stays text). */
function numberLike(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (INTEGER_LIKE.test(value)) {
    const n = Number(value);
    return Number.isSafeInteger(n) ? n + 0 : value;
  }
  return FLOAT_LIKE.test(value) ? toFloat(Number(value)) : value;
}

function rawProperty(item: unknown, key: unknown): unknown {
  const k = rubyToS(key);
  // Ruby's String#[] of a text: the text itself where the item holds it.
  if (typeof item === 'string' && !k.includes('.')) return item.includes(k) ? k : undefined;
  if (!k.includes('.')) return field(item, k);
  let value: unknown = item;
  for (const part of k.split('.')) value = rubyIndex(value, part, k);
  return value;
}

const field = (o: unknown, part: string) =>
  o !== null && o !== undefined && typeof o === 'object' ? (o as Record<string, unknown>)[part] : undefined;

/**
 * One step of Jekyll's dotted read, `data.respond_to?(:[]) && data[key]`: a hash's field, a text's
 * String#[] (the key where the text holds it, else nil: `author.name` of `author: marta` is nil),
 * false for what has no `[]` (nil, false, true, a Float, a time). A list's or an Integer's `[]`
 * takes numbers only: Jekyll stops with a TypeError, and so does kiln, rather than group or sort
 * by a value the site never had (`categories.first` is not Liquid's `first` here).
 */
function rubyIndex(data: unknown, key: string, path: string): unknown {
  if (typeof data === 'string') return data.includes(key) ? key : undefined;
  if (Array.isArray(data) || (typeof data === 'number' && Number.isInteger(data)))
    throw new Error(
      `property "${path}": ${Array.isArray(data) ? 'a list' : 'an integer'} has no "${key}" (Jekyll: no implicit conversion of String into Integer)`,
    );
  if (data === null || typeof data !== 'object' || data instanceof Date || isRubyFloat(data)) return false;
  return field(data, key);
}

/** A hash's values, a list's items; null for what Jekyll's filters hand back unchanged. */
function selectable(input: unknown): unknown[] | null {
  if (Array.isArray(input)) return input;
  if (isHash(input)) return Object.values(input);
  return null;
}

/**
 * Jekyll's compare_property_vs_target: nil matches nil; `empty` or `blank` what joins to nothing
 * (nil, "", [], {}, [""]); otherwise text equality, any item of a list (a range by its text, `1..3`).
 */
function matches(value: unknown, target: unknown): boolean {
  if (target === undefined || target === null) return value === undefined || value === null;
  if (target === METHOD_LITERAL) return joinsEmpty(value, true);
  const t = rangeText(target) ?? rubyToS(target);
  if (typeof value === 'string') return value === t;
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.some((v) => rubyToS(v) === t);
}

/**
 * Whether Ruby's `Array(v).join` is "": nil and [] are, a list whose items all join to nothing,
 * a hash whose keys and values all do (Array of a hash is its pairs); an item that is a hash is
 * its inspect form, never empty.
 */
function joinsEmpty(v: unknown, top: boolean): boolean {
  if (v === undefined || v === null) return true;
  if (Array.isArray(v)) return v.every((item) => joinsEmpty(item, false));
  if (isHash(v) && v.constructor === Object)
    return top && Object.entries(v).every(([key, item]) => key === '' && joinsEmpty(item, false));
  return rubyToS(v) === '';
}

/** A value where and find compare nothing with (an array, a hash): they give their input back. */
function isCollection(v: unknown): boolean {
  return v !== null && typeof v === 'object' && !(v instanceof RubyFloat) && rangeText(v) === undefined;
}

function truthy(v: unknown): boolean {
  return v !== false && v !== undefined && v !== null;
}

/** Jekyll's collection filters: where, find, group_by (and their `_exp` forms), sort, push, pop, shift, unshift, jsonify. */
export function collectionFilters(evaluate?: Evaluate): Record<string, Filter> {
  const needs = (name: string): Evaluate => {
    if (!evaluate) throw new Error(`${name} is not available in this template language`);
    return evaluate;
  };
  return {
    where: (input: unknown, key: unknown, value: unknown) => {
      const list = selectable(input);
      if (!list || key === undefined || key === null || isCollection(value)) return input;
      return list.filter((item) => matches(itemProperty(item, key), value));
    },
    where_exp: function (this: unknown, input: unknown, variable: unknown, expression: unknown) {
      const list = selectable(input);
      if (!list) return input;
      const evalIn = needs('where_exp');
      return list.filter((item) => truthy(evalIn(this, rubyToS(expression), { [rubyToS(variable)]: item })));
    },
    find: (input: unknown, key: unknown, value: unknown) => {
      const list = selectable(input);
      if (!list || key === undefined || key === null || isCollection(value)) return input;
      return list.find((item) => matches(itemProperty(item, key), value));
    },
    find_exp: function (this: unknown, input: unknown, variable: unknown, expression: unknown) {
      const list = selectable(input);
      if (!list) return input;
      const evalIn = needs('find_exp');
      return list.find((item) => truthy(evalIn(this, rubyToS(expression), { [rubyToS(variable)]: item })));
    },
    group_by: (input: unknown, key: unknown) => {
      const list = selectable(input);
      if (!list) return input;
      return group(input, list, (item) => rubyToS(itemProperty(item, key)));
    },
    group_by_exp: function (this: unknown, input: unknown, variable: unknown, expression: unknown) {
      // Ruby's Hash#group_by gives the expression each [key, value] pair (a post keeps its own reading).
      const list = isHash(input) && !(DOCUMENT_VIEW in input) ? rubyPairs(input) : selectable(input);
      if (!list) return input;
      const evalIn = needs('group_by_exp');
      return group(input, list, (item) => evalIn(this, rubyToS(expression), { [rubyToS(variable)]: item }));
    },
    // Jekyll's sort: nil input is an error; by a property, nils first (or "last"). Ruby sorts a
    // list as it is (a list of lists stays one) and a hash as its [key, value] pairs; a text, number
    // or boolean has no `sort` (nor `map`, by a property) and fails.
    sort: (input: unknown, key?: unknown, nils: unknown = 'first') => {
      if (input === undefined || input === null) throw new Error('Cannot sort a null object.');
      const byKey = key !== undefined && key !== null;
      if (!Array.isArray(input) && !isHash(input))
        throw new Error(`undefined method '${byKey ? 'map' : 'sort'}' for ${rubyInspect(input)}`);
      const list = Array.isArray(input) ? [...input] : byKey ? items(input) : rubyPairs(input);
      if (!byKey) return rubySort(list, compareStrict);
      if (nils !== 'first' && nils !== 'last')
        throw new Error(
          `Invalid nils order: '${rubyToS(nils)}' is not a valid nils order. It must be 'first' or 'last'.`,
        );
      const order = nils === 'first' ? -1 : 1;
      return rubySort(
        list.map((item) => [itemProperty(item, key), item] as const),
        ([a], [b]) => {
          const aNil = a === undefined || a === null,
            bNil = b === undefined || b === null;
          if (!aNil && bNil) return -order;
          if (aNil && !bNil) return order;
          return compareValues(a, b);
        },
      ).map(([, item]) => item);
    },
    // A range is no Array: it passes through as any other value.
    push: (list: unknown, item: unknown) => (isRubyArray(list) ? [...list, item] : list),
    pop: (list: unknown, n: unknown = 1) =>
      isRubyArray(list) ? list.slice(0, Math.max(0, list.length - arraySize(n))) : list,
    shift: (list: unknown, n: unknown = 1) => (isRubyArray(list) ? list.slice(arraySize(n)) : list),
    unshift: (list: unknown, item: unknown) => (isRubyArray(list) ? [item, ...list] : list),
    jsonify: (input: unknown) => jsonify(input),
    sample,
  };
}

/**
 * Items grouped by their key as Ruby's group_by groups them, in order of first appearance as `{
 * name, items, size }`: keys by eql? (two lists of the same texts are one key, 1 and 1.0 two, two
 * times at the same instant one), a missing value and nil one key. Each group's items are the input's own (its drops too).
 */
function group(input: unknown, list: unknown[], keyOf: (item: unknown) => unknown) {
  const groups = new Map<unknown, { name: unknown; items: unknown[]; size: number }>();
  for (const item of list) {
    const name = keyOf(item) ?? null;
    const id = rubyEqlKey(name);
    const g = groups.get(id);
    if (g) {
      g.items.push(item);
      g.size++;
    } else groups.set(id, { name, items: [item], size: 1 });
  }
  for (const g of groups.values()) inheritDrops(g.items, [input]);
  return [...groups.values()];
}

/**
 * Ruby's Array#sort: items of different kinds do not compare (an error, as in Jekyll); lists
 * compare item by item, then by length.
 */
function compareStrict(a: unknown, b: unknown): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      let order: number;
      try {
        order = compareStrict(a[i], b[i]);
      } catch {
        throw new Error('comparison of Array with Array failed');
      }
      if (order !== 0) return order;
    }
    return Math.sign(a.length - b.length);
  }
  const kind = (v: unknown) =>
    isNumeric(v)
      ? 'number'
      : typeof v === 'string'
        ? 'string'
        : v instanceof RubyDate
          ? 'date'
          : v instanceof Date
            ? 'time'
            : 'other';
  if (kind(a) !== kind(b) || kind(a) === 'other')
    throw new Error(`comparison of ${rubyClass(a)} with ${comparedWith(b)} failed`);
  return compareValues(a, b);
}

/**
 * How Ruby's failed comparison names the value on the right: a Float or an Integer that is an
 * immediate value (below 2**62) by its inspect (`with 10`, `with 2.5`), anything else by its class.
 */
function comparedWith(v: unknown): string {
  if (isNumeric(v) && (isRubyFloat(v) || Math.abs(+(v as number)) < 2 ** 62)) return rubyToS(v);
  return rubyClass(v);
}

function rubyClass(v: unknown): string {
  if (v === undefined || v === null) return 'nil';
  if (isNumeric(v)) return isRubyFloat(v) ? 'Float' : 'Integer';
  if (typeof v === 'string') return 'String';
  if (Array.isArray(v)) return 'Array';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof RubyDate) return 'Date';
  if (v instanceof Date) return 'Time';
  return 'Hash';
}

// Stands for a number whose JSON JavaScript writes otherwise than Ruby, until the text is made.
const NUMBER_MARK = '\u0000kiln-number\u0000';
const MARKED = /"\\u0000kiln-number\\u0000([^"\\]*)"/g;

/**
 * JSON of a template value as Ruby's to_json writes it: a Float with its point (`2.0`), or in
 * exponent form (`1.0e-05`, `1.0e+17`), an Integer with every digit; a post or document as
 * Jekyll's drop writes itself (ruby.ts).
 */
export function jsonify(input: unknown): string {
  const seen = new WeakSet<object>();
  let marked = false;
  const json =
    JSON.stringify(jsonShape(input), function (this: Record<string, unknown>, key, value: unknown) {
      if (typeof value === 'number') {
        // A RubyFloat has already given its number (toJSON): the holder still has the Float.
        const own = this[key];
        const text = rubyJsonNumber(own instanceof RubyFloat ? own : value);
        if (text === String(value)) return value;
        marked = true;
        return NUMBER_MARK + text;
      }
      if (value && typeof value === 'object') {
        if (seen.has(value)) return undefined;
        seen.add(value);
      }
      return value;
    }) ?? 'null';
  return marked ? json.replace(MARKED, '$1') : json;
}

/** How many items pop and shift take: Liquid's integer, and Ruby's error for fewer than none. */
function arraySize(n: unknown): number {
  const count = liquidInteger(n);
  if (count < 0) throw new Error('negative array size');
  return count;
}
