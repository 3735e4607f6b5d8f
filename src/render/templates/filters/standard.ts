import { rubySpaceship } from '../../../shared/ruby-compare.js';
import { isRubyFloat, RubyFloat, toFloat } from '../../../shared/ruby-float.js';
import { isHash } from '../../../shared/ruby-inspect.js';
import { rubyInteger } from '../../../shared/ruby-numbers.js';
import { rubyDowncase, rubyGsub, rubySub, rubyTextCompare } from '../../../shared/ruby-text.js';
import { rubyPairs } from '../../../shared/yaml-keys.js';
import { DOCUMENT_VIEW, DROP_CLASS, EMPTY_LIST_DEFAULT } from '../../types.js';
import { decimalExact, decimalModulo, decimalQuotient } from './decimal-quotient.js';
import { isRubyArray } from './literals.js';
import { asDrops, documentKeys, dropClass, rubyEqlKey, rubyToS } from './ruby.js';
import type { Filter } from './types.js';

/**
 * Ruby Liquid 5's standard filters with Ruby's results (what Jekyll sites print): string, number
 * and array filters. A number filter's result is a Float when an operand is one, as in Ruby; in a
 * Liquid site a whole Float is a RubyFloat (`4 | times: 1.0` prints `4.0`), in Nunjucks a number.
 */

/** Ruby's `to_s` of a template value: nil is empty, an array or hash its inspect form (`["a", 1]`). */
export function str(v: unknown): string {
  return rubyToS(v);
}

/**
 * Ruby's `to_i`: the leading integer of a text after ASCII blanks (a no-break space ends it), 0
 * without one (an `_` counts only between two digits).
 */
export function toInteger(v: unknown): number {
  if (typeof v === 'number') return Math.trunc(v) + 0;
  if (v instanceof RubyFloat) return Math.trunc(+v) + 0;
  if (typeof v === 'string') {
    const m = /^[ \t\n\v\f\r]*[-+]?\d+/.exec(v.replace(/(?<=\d)_(?=\d)/g, ''));
    return m ? Number(m[0]) : 0;
  }
  return 0;
}

/**
 * Liquid's Utils.to_integer: an Integer as it is, any other value its text as Ruby's Integer()
 * reads it (`" 5 "`, `"0x10"`, `"010"` is 8); undefined where Ruby fails (nil, `2.5`, `"5x"`).
 */
export function readLiquidInteger(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  return rubyInteger(str(v));
}

/** The count a filter takes (`truncate: n`), failing as Liquid does where it is no whole number (a missing variable). */
export function liquidInteger(v: unknown): number {
  const n = readLiquidInteger(v);
  if (n === undefined) throw new Error('invalid integer');
  return n;
}

// Text Liquid reads as a Float (`"4.0"`, `" 2.5 "`).
const FLOAT_TEXT = /^\s*-?\d+\.\d+\s*$/;

/** Liquid's Utils.to_number: numbers as they are, `"1.5"` a float, other text its leading integer. */
export function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v instanceof RubyFloat) return +v;
  if (typeof v === 'string') return FLOAT_TEXT.test(v) ? Number(v) : toInteger(v);
  return 0;
}

/**
 * Rounds half away from zero on the number's decimal text, as BigDecimal#round does; the sign
 * stays (`-0.04 | round: 1` is -0.0).
 */
function roundHalfUp(n: number, digits: number): number {
  if (!Number.isFinite(n)) return n;
  // Nothing to round where the text has no more places (1.2345678901234568e+17 to 2).
  const [mantissa = '', exponent] = n.toExponential().split('e');
  const places = (mantissa.split('.')[1] ?? '').length - Number(exponent);
  if (places <= digits) return n;
  const scaled = shifted(Math.abs(n), digits);
  const rounded = Number.isFinite(scaled) ? Math.round(scaled) : Math.abs(n);
  const back = shifted(rounded, -digits);
  return n < 0 || Object.is(n, -0) ? -back : back;
}

/** The number times 10 to the power given, from its shortest decimal digits (`1.5e-7` and 2 is 1.5e-5). */
function shifted(n: number, places: number): number {
  const [digits, exponent] = n.toExponential().split('e');
  return Number(`${digits}e${Number(exponent) + places}`);
}

/** Whether Liquid reads a value as a Float: a Float, or text written with a decimal point (`"4.0"`). */
export function isFloat(v: unknown): boolean {
  return isRubyFloat(v) || (typeof v === 'string' && FLOAT_TEXT.test(v));
}

/** How a number filter carries a Float result: whole ones as RubyFloat (Liquid), or as numbers (Nunjucks). */
type FloatOf = (n: number) => number | RubyFloat;
const plainFloat: FloatOf = (n) => n;

/** An operand as the number Liquid computes with, a Float kept one (`"2.0"` is 2.0). */
function numberOf(v: unknown, float: FloatOf): number | RubyFloat {
  if (typeof v === 'number') return v;
  return isFloat(v) ? float(toNumber(v)) : toNumber(v);
}

/**
 * Ruby's division: Integers' floors, unless an operand is a Float, whose zero divisor gives
 * Infinity or NaN (`10 | divided_by: 0.0`); an Integer's is Liquid's error.
 */
export function divide(a: unknown, b: unknown, float: FloatOf = plainFloat): number | RubyFloat {
  const x = toNumber(a),
    y = toNumber(b);
  if (isFloat(a) || isFloat(b)) return float(decimalQuotient(x, y));
  if (y === 0) throw new Error('divided by 0');
  return integer(Math.floor(x / y));
}

/** Ruby's modulo, which floors as its division does; a zero divisor is Liquid's error, a Float's too. */
export function modulo(a: unknown, b: unknown, float: FloatOf = plainFloat): number | RubyFloat {
  const x = toNumber(a),
    y = toNumber(b);
  if (y === 0) throw new Error('divided by 0');
  if (!isFloat(a) && !isFloat(b)) return integer(x - y * Math.floor(x / y));
  return float(decimalModulo(x, y));
}

/** An Integer result: Ruby has no -0 but for Floats (`0 | times: -1` is 0, and stays 0 when a Float is added). */
function integer(n: number): number {
  return n + 0;
}

/** A number an Integer can be made of: Infinity and NaN cannot (Liquid's error, as Jekyll's). */
function finite(n: number): number {
  if (!Number.isFinite(n)) throw new Error(`Computation results in '${n}'`);
  return n;
}

/**
 * Liquid's InputIterator: arrays flattened, a hash as one item, nothing as no items, a post or
 * document its drop's field names (Jekyll's drop is Enumerable over them).
 */
export function items(input: unknown): unknown[] {
  if (Array.isArray(input)) return input.flat(Number.POSITIVE_INFINITY);
  if (input === undefined || input === null) return [];
  if (typeof input === 'object' && DOCUMENT_VIEW in input) return documentKeys(input as Record<string, unknown>);
  // So is a static file's or a collection's (`site` too, whose keys kiln does not order as Jekyll).
  const cls = dropClass(input);
  if (cls === 'Jekyll::Drops::StaticFileDrop' || cls === 'Jekyll::Drops::CollectionDrop') return Object.keys(input);
  // Ruby's Array(""): an empty text is one item too.
  if (typeof input === 'string') return [input];
  return [input];
}

/** Ruby's `first`: a list's first item, a hash's first [key, value] pair, a drop's first field and its value. */
export function rubyFirst(input: unknown): unknown {
  if (Array.isArray(input)) return input[0];
  if (!isHash(input)) return undefined;
  // A drop's first is its first field, with its value.
  if (DOCUMENT_VIEW in input) {
    const [key] = documentKeys(input);
    return [key, input[key!]];
  }
  const [pair] = rubyPairs(input);
  return pair;
}

/** A property of an item: a hash key, or a number index of an array. */
function property(item: unknown, key: unknown): unknown {
  if (item === null || item === undefined || typeof item !== 'object') return undefined;
  const value = (item as Record<string, unknown>)[str(key)];
  // site.tags and site.categories are Hashes whose default is an empty list (`map: "nope"` gives `[]`).
  if (value === undefined && (item as { [EMPTY_LIST_DEFAULT]?: true })[EMPTY_LIST_DEFAULT]) return [];
  return value;
}

/** What an item without Ruby's `[]` gives (a Float, nil, true, false, a Time). */
const NO_INDEX = Symbol('no []');

/**
 * Ruby's `item[key]` as Liquid's map, sort_natural, uniq and compact read a property: a hash's
 * value, a text's `key` if it holds it (`"ab"["a"]`), Liquid's error for an Integer or a list
 * with a text key, NO_INDEX for what has no `[]`.
 */
function rubyIndex(item: unknown, key: unknown): unknown {
  if (typeof item === 'string') {
    if (typeof key === 'number') return [...item].at(key);
    // A text indexed by a hash, list, true or a date is Ruby's TypeError (`"ab"[{"a"=>1}]`).
    if (key !== null && key !== undefined && typeof key !== 'string' && !isRubyFloat(key))
      throw new Error(`cannot select the property '${str(key)}'`);
    return item.includes(str(key)) ? str(key) : undefined;
  }
  if (Array.isArray(item) && typeof key === 'number') return item.at(key);
  if (Array.isArray(item) || (typeof item === 'number' && Number.isInteger(item)))
    throw new Error(`cannot select the property '${str(key)}'`);
  if (!hasIndex(item)) return NO_INDEX;
  return property(item, key);
}

/** Whether Ruby's value has `[]`: a text, an Integer, a list or a hash. */
function hasIndex(item: unknown): boolean {
  if (typeof item === 'string' || Array.isArray(item)) return true;
  if (typeof item === 'number') return Number.isInteger(item);
  return item !== null && typeof item === 'object' && !(item instanceof Date) && !isRubyFloat(item);
}

const HTML_ESCAPE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Ruby's CGI.escapeHTML (Liquid's `escape`): `&`, `<`, `>`, `"` and `'` as references. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPE[c]!);
}

/** Ruby's CGI.escape: everything but letters, digits and `*-._~` as %XX (UTF-8), space as `+`. */
export function cgiEscape(s: string): string {
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/** Ruby's String#split with a literal separator: `" "` splits on runs of whitespace, trailing empties dropped. */
function rubySplit(s: string, sep: string): string[] {
  let parts: string[];
  if (sep === ' ') parts = s.split(/[ \t\n\v\f\r]+/).filter((p, i) => i > 0 || p !== '');
  else if (sep === '') parts = [...s];
  else parts = s.split(sep);
  while (parts.length && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

const RUBY_SPACE = '[\\0\\t\\n\\v\\f\\r ]';

function chars(s: string): string[] {
  return [...s];
}

// A text with no surrogate has one character per UTF-16 unit: Ruby's indexes are JavaScript's.
const SURROGATE = /[\uD800-\uDFFF]/;
const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Whether a text's UTF-16 unit at `i` begins a pair (one character, as a string's iterator takes it). */
function pairAt(s: string, i: number): boolean {
  return (s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

/** Ruby's String#size: characters, not UTF-16 units. */
export function charCount(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  // Pairs found left to right as the iterator takes them (the regular expression: 5× a loop).
  let pairs = 0;
  PAIR.lastIndex = 0;
  while (PAIR.exec(s)) pairs++;
  return s.length - pairs;
}

/** The UTF-16 index of the character `chars` on from the one at UTF-16 index `at` (or the end). */
function unitIndex(s: string, chars: number, at = 0): number {
  let i = at;
  for (let n = 0; n < chars && i < s.length; n++) i += pairAt(s, i) ? 2 : 1;
  return i;
}

/** Ruby's `slice(start, length)` on a text's characters: negative from the end, nil past it. */
function sliceText(s: string, start: number, length: number): string | null {
  const count = charCount(s);
  const from = sliceStart(count, start, length);
  if (from === null) return null;
  if (count === s.length) return s.slice(from, from + length);
  const begin = unitIndex(s, from);
  return s.slice(begin, from + length >= count ? s.length : unitIndex(s, length, begin));
}

/** Ruby's `slice(start, length)` on characters or items: negative from the end, nil past it. */
function rubySlice<T>(list: T[], start: number, length: number): T[] | null {
  const from = sliceStart(list.length, start, length);
  return from === null ? null : list.slice(from, from + length);
}

/** Where Ruby's `slice(start, length)` of `count` characters or items begins; null where it is nil. */
function sliceStart(count: number, start: number, length: number): number | null {
  const from = start < 0 ? count + start : start;
  return from < 0 || from > count || length < 0 ? null : from;
}

/**
 * The standard filters; `rubyFloats` (Liquid) gives a whole Float result as a RubyFloat, which
 * prints as Ruby's (`2.0`), else (Nunjucks) as a plain number.
 */
export function standardFilters(rubyFloats = true): Record<string, Filter> {
  const float: FloatOf = rubyFloats ? toFloat : plainFloat;
  // A property of each item: as Ruby reads it in Liquid (rubyIndex), as JavaScript does in Nunjucks.
  const index = rubyFloats ? rubyIndex : property;
  /** A + - * result: a Float when either operand is one. */
  const result = (a: unknown, b: unknown, n: number) => (isFloat(a) || isFloat(b) ? float(n) : integer(n));
  return {
    // strings
    append: (input: unknown, s: unknown) => str(input) + str(s),
    prepend: (input: unknown, s: unknown) => str(s) + str(input),
    capitalize: (input: unknown) => {
      const c = chars(str(input));
      return c.length ? c[0]!.toUpperCase() + rubyDowncase(c.slice(1).join('')) : '';
    },
    downcase: (input: unknown) => rubyDowncase(str(input)),
    upcase: (input: unknown) => str(input).toUpperCase(),
    strip: (input: unknown) => str(input).replace(new RegExp(`^${RUBY_SPACE}+|${RUBY_SPACE}+$`, 'g'), ''),
    lstrip: (input: unknown) => str(input).replace(new RegExp(`^${RUBY_SPACE}+`), ''),
    rstrip: (input: unknown) => str(input).replace(new RegExp(`${RUBY_SPACE}+$`), ''),
    strip_newlines: (input: unknown) => str(input).replace(/\r?\n/g, ''),
    newline_to_br: (input: unknown) => str(input).replace(/\r?\n/g, '<br />\n'),
    // Ruby's gsub and sub: `\\&`, `\\0`, `\\\\` in the replacement are Ruby's.
    replace: (input: unknown, s: unknown, r: unknown = '') => rubyGsub(str(input), str(s), str(r)),
    replace_first: (input: unknown, s: unknown, r: unknown = '') => rubySub(str(input), str(s), str(r)),
    replace_last: (input: unknown, s: unknown, r: unknown) => {
      const text = str(input),
        at = text.lastIndexOf(str(s));
      return at < 0 ? text : text.slice(0, at) + str(r) + text.slice(at + str(s).length);
    },
    remove: (input: unknown, s: unknown) => str(input).split(str(s)).join(''),
    remove_first: (input: unknown, s: unknown) => {
      const text = str(input),
        at = text.indexOf(str(s));
      return at < 0 ? text : text.slice(0, at) + text.slice(at + str(s).length);
    },
    remove_last: (input: unknown, s: unknown) => {
      const text = str(input),
        at = text.lastIndexOf(str(s));
      return at < 0 ? text : text.slice(0, at) + text.slice(at + str(s).length);
    },
    split: (input: unknown, sep: unknown) => rubySplit(str(input), str(sep)),
    slice: (input: unknown, offset: unknown, length?: unknown) => {
      // A length of nil or false is 1, as in Ruby (`length ? … : 1`).
      const start = liquidInteger(offset),
        len = length === undefined || length === null || length === false ? 1 : liquidInteger(length);
      // A range is sliced as its text (`1..3`), as any value but an Array.
      if (isRubyArray(input)) return rubySlice(input, start, len) ?? [];
      return sliceText(str(input), start, len) ?? '';
    },
    truncate: (input: unknown, length: unknown = 50, ellipsis: unknown = '...') => {
      if (input === undefined || input === null) return input;
      const text = str(input),
        n = liquidInteger(length),
        e = str(ellipsis);
      const keep = Math.max(0, n - charCount(e));
      return charCount(text) > n ? (sliceText(text, 0, keep) ?? '') + e : text;
    },
    truncatewords: (input: unknown, count: unknown = 15, ellipsis: unknown = '...') => {
      if (input === undefined || input === null) return input;
      const text = str(input);
      const n = Math.max(1, liquidInteger(count));
      // Ruby's split(" ", n + 1): the (n+1)th piece is the rest, so trailing space counts as more.
      const words = text.replace(/^[ \t\n\v\f\r]+/, '').split(/[ \t\n\v\f\r]+/);
      if (words.length === 1 && words[0] === '') return text;
      if (words.length <= n) return text;
      return words.slice(0, n).join(' ') + str(ellipsis);
    },
    escape: (input: unknown) => (input === undefined || input === null ? input : escapeHtml(str(input))),
    h: (input: unknown) => (input === undefined || input === null ? input : escapeHtml(str(input))),
    escape_once: (input: unknown) => str(input).replace(/["><']|&(?!([a-zA-Z]+|(#\d+));)/g, (c) => HTML_ESCAPE[c]!),
    url_encode: (input: unknown) => (input === undefined || input === null ? input : cgiEscape(str(input))),
    url_decode: (input: unknown) => {
      if (input === undefined || input === null) return input;
      const bytes = str(input).replace(/\+/g, ' ');
      // A lone `%` stays; bytes that are no UTF-8 fail as Liquid's check of the result does.
      try {
        return decodeURIComponent(bytes.replace(/%(?![0-9A-Fa-f]{2})/g, '%25'));
      } catch {
        throw new Error('invalid byte sequence in UTF-8');
      }
    },
    base64_encode: (input: unknown) => Buffer.from(str(input), 'utf8').toString('base64'),
    base64_decode: (input: unknown) => Buffer.from(str(input), 'base64').toString('utf8'),
    base64_url_safe_encode: (input: unknown) =>
      Buffer.from(str(input), 'utf8')
        .toString('base64url')
        .padEnd(Math.ceil(Buffer.byteLength(str(input)) / 3) * 4, '='),
    base64_url_safe_decode: (input: unknown) => Buffer.from(str(input), 'base64url').toString('utf8'),
    strip_html: (input: unknown) =>
      str(input)
        .replace(/<script[\s\S]*?<\/script>|<!--[\s\S]*?-->|<style[\s\S]*?<\/style>/g, '')
        .replace(/<[\s\S]*?>/g, ''),
    // Ruby's size: characters of a text, items of a list, keys of a hash, 8 for an integer.
    size: (input: unknown) => {
      if (typeof input === 'string') return charCount(input);
      if (Array.isArray(input)) return input.length;
      if (typeof input === 'number') return Number.isInteger(input) ? 8 : 0;
      // A post's drop has no size in Ruby, nor has any other drop (`site`, `forloop`).
      if (input && typeof input === 'object' && (DOCUMENT_VIEW in input || DROP_CLASS in input)) return 0;
      // A hash counts its keys, a `size:` key (or a group_by group's) is only one of them.
      if (input && typeof input === 'object' && !(input instanceof Date)) return Object.keys(input).length;
      return 0;
    },

    // numbers
    plus: (a: unknown, b: unknown) => {
      const x = toNumber(a),
        y = toNumber(b);
      return result(a, b, decimalExact('+', x, y));
    },
    minus: (a: unknown, b: unknown) => {
      const x = toNumber(a),
        y = toNumber(b);
      return result(a, b, decimalExact('-', x, y));
    },
    times: (a: unknown, b: unknown) => {
      const x = toNumber(a),
        y = toNumber(b);
      return result(a, b, decimalExact('*', x, y));
    },
    divided_by: (a: unknown, b: unknown) => divide(a, b, float),
    modulo: (a: unknown, b: unknown) => modulo(a, b, float),
    abs: (a: unknown) => (isFloat(a) ? float(Math.abs(toNumber(a))) : Math.abs(toNumber(a))),
    // Integers, whatever the input (`2.0 | ceil` is 2).
    ceil: (a: unknown) => integer(Math.ceil(finite(toNumber(a)))),
    floor: (a: unknown) => integer(Math.floor(finite(toNumber(a)))),
    // A Float rounded to places stays a Float (`3.0 | round: 1` is 3.0); to none, or to tens, an Integer.
    round: (a: unknown, digits: unknown = 0) => {
      const x = finite(toNumber(a)),
        n = toInteger(digits);
      if (n > 0 && isFloat(a)) return float(roundHalfUp(x, n));
      if (Number.isInteger(x) && n >= 0) return x;
      return integer(roundHalfUp(x, n));
    },
    // The greater (lesser) operand as it is, Integer or Float; the input when they are equal.
    at_least: (a: unknown, b: unknown) => (toNumber(b) > toNumber(a) ? numberOf(b, float) : numberOf(a, float)),
    at_most: (a: unknown, b: unknown) => (toNumber(b) < toNumber(a) ? numberOf(b, float) : numberOf(a, float)),

    // lists
    join: (input: unknown, glue: unknown = ' ') => items(input).map(str).join(str(glue)),
    // Ruby's Hash#first is its first [key, value] pair (`site.tags | first`); a hash has no last.
    first: rubyFirst,
    last: (input: unknown) => (Array.isArray(input) ? input[input.length - 1] : undefined),
    // Liquid's list filters read their input's items as drops (ruby.ts asDrops).
    reverse: (input: unknown) => asDrops([...items(input)].reverse()),
    uniq: (input: unknown, key?: unknown) => {
      const seen = new Set<unknown>();
      const list = items(input);
      // Ruby's uniq reads no key of a list of one item.
      if (key !== undefined && rubyFloats && list.length === 1) return asDrops(list);
      // Liquid gives nil for the whole list when an item has no `[]` to read the key with.
      if (key !== undefined && list.some((item) => index(item, key) === NO_INDEX)) return undefined;
      const unique = list.filter((item) => {
        // Ruby's eql?: a whole Float is not the Integer of its value ([1, 1.0] | uniq keeps both),
        // a key the item lacks and a key set to nothing are both nil.
        const id = rubyEqlKey(key === undefined ? item : index(item, key));
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      });
      return asDrops(unique);
    },
    compact: (input: unknown, key?: unknown) => {
      const list = items(input);
      if (key !== undefined && list.some((item) => index(item, key) === NO_INDEX)) return undefined;
      return asDrops(
        list.filter((item) => {
          const v = key === undefined ? item : index(item, key);
          return v !== undefined && v !== null;
        }),
      );
    },
    // A drop's neighbour (`map: "next"`) is a drop too.
    map: (input: unknown, key: unknown) =>
      asDrops(
        items(input).map((item) => {
          const v = index(item, key);
          return v === NO_INDEX ? undefined : v;
        }),
      ),
    concat: (input: unknown, other: unknown) => {
      if (!isRubyArray(other)) throw new Error('concat filter requires an array argument');
      const own = items(input);
      return asDrops([...own, ...other], own.length);
    },
    // Liquid's sort_natural: Ruby's casecmp (only A-Z folded); its comparison puts a nil after
    // everything and after every other nil, which Ruby's sort turns into the nils last in reverse
    // order (checked against Ruby on 2,000 random lists).
    sort_natural: (input: unknown, key?: unknown) => {
      const text = (v: unknown) =>
        v === undefined || v === null ? null : str(v).replace(/[A-Z]/g, (c) => c.toLowerCase());
      const list = items(input);
      // With a key, a list with an item that has no `[]` sorts to nil.
      if (key !== undefined && rubyFloats && !list.every(hasIndex)) return undefined;
      // Ruby's sort compares nothing in a list of one item, so its key is never read.
      if (key !== undefined && rubyFloats && list.length === 1) return asDrops(list);
      const keyed = list.map((item) => ({ item, text: text(key === undefined ? item : index(item, key)) }));
      const nils = keyed.filter((k) => k.text === null).reverse();
      const sorted = keyed.filter((k) => k.text !== null).sort((a, b) => rubyTextCompare(a.text!, b.text!));
      return asDrops([...sorted, ...nils].map((k) => k.item));
    },
    default: (input: unknown, ...args: unknown[]) => {
      // A fallback given is what it is, nil too (`default: page.missing` gives nil, which jsonify
      // writes as null); none given is the empty text. Keyword options come after it, as a Hash
      // (filters/index.ts): `default: allow_false: true` has that Hash as its fallback, as in Ruby.
      const fallback = args.length > 0 ? (args[0] ?? null) : '';
      const options = args[1];
      const allowFalse =
        isHash(options) &&
        options.allow_false !== undefined &&
        options.allow_false !== null &&
        options.allow_false !== false;
      if (input === false && allowFalse) return false;
      const empty =
        input === undefined ||
        input === null ||
        input === false ||
        ((typeof input === 'string' || Array.isArray(input)) && input.length === 0) ||
        (typeof input === 'object' && input.constructor === Object && Object.keys(input).length === 0);
      return empty ? fallback : input;
    },
  };
}

/** Ruby's `<=>` with Jekyll's fallback to comparing the texts. */
export function compareValues(a: unknown, b: unknown): number {
  return rubySpaceship(a, b) ?? rubyTextCompare(str(a), str(b));
}
