import { rubySpaceship } from '../../../shared/ruby-compare.js';
import { RubyDate } from '../../../shared/ruby-date.js';
import { isNumeric, isRubyFloat } from '../../../shared/ruby-float.js';
import { rubyTextCompare } from '../../../shared/ruby-text.js';
import { DOCUMENT_VIEW, DROP_CLASS } from '../../types.js';
import { rangeText } from '../filters/literals.js';
import { dropClass, heldAsDrops, holdsAsDrop, isPageView, rubyToS } from '../filters/ruby.js';
import { type Context, Drop, Liquid, toValue } from './liquidjs.js';

// liquidjs' `blank` and `empty` literals (its classes for them are not exported), made on the
// first comparison rather than by every process that loads kiln.
let literals: { readonly blank: unknown; readonly empty: unknown } | undefined;
function isLiteral(v: unknown, name: 'blank' | 'empty'): boolean {
  if (!(v instanceof Drop)) return false;
  if (!literals) {
    const liquid = new Liquid();
    literals = { blank: liquid.evalValueSync('blank', {}), empty: liquid.evalValueSync('empty', {}) };
  }
  return Object.getPrototypeOf(v) === Object.getPrototypeOf(literals[name]);
}

/** Whether `v` is the `empty` or `blank` literal as written (Ruby Liquid's MethodLiteral). */
export function isMethodLiteral(v: unknown): boolean {
  return isLiteral(v, 'empty') || isLiteral(v, 'blank');
}

/**
 * What a variable set to `v` gives back: Ruby Liquid reads a variable through its `to_liquid`,
 * which makes the `empty` and `blank` literals the empty text (`{% assign e = empty %}`: `e` is "").
 */
export function storedValue(v: unknown): unknown {
  return v instanceof Drop && isMethodLiteral(v) ? '' : v;
}

/**
 * `==` as Ruby Liquid 5.4 compares: nil (a missing value or a `null`) equals nil, and with `blank`
 * and `empty`: `x == empty` asks `x.empty?` (a string, array or hash; false for anything else, nil
 * too), and `x == blank` asks `x.blank?`, which Ruby has only once ActiveSupport is loaded
 * (`activeSupport`, see rubyEqualsWith): else it is always false. Everything else as liquidjs
 * compares.
 */
export function rubyEquals(l: unknown, r: unknown, ctx: Context, activeSupport = false): boolean {
  if (samePrimitiveType(l, r)) return l === r;
  if (isLiteral(l, 'blank') || isLiteral(r, 'blank')) {
    // In where_exp and friends `blank` is not the literal conditions compare with.
    if (!activeSupport || inExpressionFilter(ctx)) return false;
    const other = isLiteral(l, 'blank') ? r : l;
    // A literal is a Ruby object with no `empty?`, which is never blank.
    return !isMethodLiteral(other) && activeSupportBlank(toValue(other));
  }
  // In where_exp and friends Jekyll parses `empty` as a literal no value equals.
  if ((isLiteral(l, 'empty') || isLiteral(r, 'empty')) && inExpressionFilter(ctx)) return false;
  if (!isLiteral(l, 'empty') && !isLiteral(r, 'empty')) {
    // Ruby has one nil: a value that is not there (undefined here) equals a YAML `null`.
    return rubyValueEquals(toValue(l), toValue(r));
  }
  const other = isLiteral(l, 'empty') ? r : l;
  if (isLiteral(other, 'empty')) return false;
  const v = toValue(other);
  if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
  return isPlainObject(v) && Object.keys(v).length === 0;
}

/**
 * The `==` of a site's Liquid: jekyll-mentions loads Ruby's ActiveSupport (through html-pipeline),
 * which gives every value `blank?`, and Liquid's `x == blank` then asks it.
 */
export function rubyEqualsWith(activeSupport: boolean): (l: unknown, r: unknown, ctx: Context) => boolean {
  return activeSupport ? (l, r, ctx) => rubyEquals(l, r, ctx, true) : rubyEquals;
}

// Ruby's [[:space:]] in a UTF-8 text: Unicode's White_Space (JavaScript's \s also holds U+FEFF).
const RUBY_SPACES = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

/**
 * ActiveSupport's `blank?`: nil, false, an empty or white-space text, an empty list or hash. A
 * number, true, a time or a drop (a post, `forloop`: no `empty?`) is not.
 */
function activeSupportBlank(v: unknown): boolean {
  if (v === undefined || v === null || v === false) return true;
  if (typeof v === 'string') return RUBY_SPACES.test(v);
  if (Array.isArray(v)) return v.length === 0;
  return isPlainObject(v) && Object.keys(v).length === 0;
}

/**
 * Ruby's `==` between two values (no `blank` or `empty`): nil (missing or `null`) equals nil,
 * numbers by value (1 == 1.0, "1" is no 1), two times at the same instant (in any zone), two Dates
 * of the same day (and a Date the number of its astronomical Julian day), lists item by item, a
 * range only the same range, hashes by their keys and values in any order (a page read from
 * `site.pages` equals `page` while both hold the same `content`). A post or document, a drop, is
 * equal to itself alone, as Jekyll's DocumentDrop.
 */
export function rubyValueEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a == null || b == null) return a == null && b == null;
  if (isNumeric(a) || isNumeric(b)) {
    if (isNumeric(a) && isNumeric(b)) return +a === +b;
    const date = a instanceof RubyDate ? a : b instanceof RubyDate ? b : undefined;
    return date !== undefined && rubySpaceship(date, date === a ? b : a) === 0;
  }
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a instanceof RubyDate === b instanceof RubyDate && +a === +b;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    if (rangeText(a) !== undefined || rangeText(b) !== undefined) return rangeText(a) === rangeText(b);
    return a.length === b.length && a.every((item, i) => rubyValueEquals(item, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b) || DOCUMENT_VIEW in a || DOCUMENT_VIEW in b) return false;
  // Two pages' urls tell them apart before their other fields are read (`p == page` in a nav).
  if ('url' in a && 'url' in b && !rubyValueEquals(a.url, b.url)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && rubyValueEquals(a[k], b[k]));
}

/** Two texts or two numbers, which liquidjs's `==` compares with `===` (through three generators). */
function samePrimitiveType(l: unknown, r: unknown): boolean {
  const type = typeof l;
  return (type === 'string' || type === 'number') && typeof r === type;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Marks the scope where_exp, find_exp and group_by_exp evaluate their expression in. Jekyll
 * parses those with Liquid::Expression, whose `empty` (patched by Jekyll) is not the literal
 * conditions compare with, so there `x == empty` is false for every x.
 */
export const EXPRESSION_SCOPE = Symbol('expression filter');

function inExpressionFilter(ctx: Context): boolean {
  const scopes = (ctx as unknown as { scopes?: ReadonlyArray<Record<PropertyKey, unknown>> }).scopes;
  return scopes?.[scopes.length - 1]?.[EXPRESSION_SCOPE] === true;
}

/** The Ruby class name Liquid's comparison errors give. */
function rubyClass(v: unknown): string {
  if (isNumeric(v)) return isRubyFloat(v) ? 'Float' : 'Integer';
  if (typeof v === 'string') return 'String';
  if (v instanceof RubyDate) return 'Date';
  return v instanceof Date ? 'Time' : 'Object';
}

/** What Ruby's `<` and friends take: numbers with numbers, texts with texts, times with times. */
function orderKind(v: unknown): 'number' | 'string' | 'time' | 'date' | undefined {
  if (v instanceof Drop) return undefined; // blank, empty: no `<` in Ruby
  if (isNumeric(v)) return 'number';
  if (typeof v === 'string') return 'string';
  if (v instanceof RubyDate) return 'date';
  return v instanceof Date ? 'time' : undefined;
}

/**
 * `<`, `>`, `<=`, `>=` as Ruby Liquid 5.4's Condition runs them: only when both sides have the
 * operator (numbers, texts, times; never nil, true/false, arrays, hashes, `blank` or `empty`,
 * where the comparison is false), and an error when Ruby cannot compare the two (`1 < "2"`:
 * "comparison of Integer with String failed", which fails Jekyll's build) once the condition
 * needs that comparison.
 */
/**
 * A comparison Ruby cannot make: the error is raised when the condition's value is asked for, so
 * that `and`/`or` can leave it unasked, as Ruby never evaluates the conditions after one that
 * decides (`nil > 1 and 1 < "a"` is false, not an error).
 */
class FailedComparison extends Drop {
  constructor(readonly message: string) {
    super();
  }
  override valueOf(): never {
    throw new Error(this.message);
  }
}

/**
 * What kiln writes for a comparison whose operator Ruby Liquid does not know (`x ends_with "/"`,
 * `a = 1`): `nil ~ "ends_with"` (lax.ts). A character no Liquid expression holds.
 */
export const UNKNOWN_OPERATOR = '~';

/** Ruby's `Unknown operator NAME`, raised once the condition needs this comparison. */
export function unknownOperator(_left: unknown, name: unknown): boolean {
  return new FailedComparison(`Unknown operator ${String(name)}`) as unknown as boolean;
}

/** A condition's value, raising the error of a comparison Ruby could not make. */
export function settled(v: unknown): unknown {
  return v instanceof FailedComparison ? v.valueOf() : v;
}

const truthy = (v: unknown) => {
  const x = toValue(v);
  return x !== false && x !== null && x !== undefined;
};

/**
 * `and`/`or` as Ruby Liquid evaluates them: the left condition first, the right one only when the
 * left does not decide (a failed comparison the result does not need is never raised).
 */
export function rubyAnd(l: unknown, r: unknown): boolean {
  if (l instanceof FailedComparison) return l as unknown as boolean;
  if (!truthy(l)) return false;
  return r instanceof FailedComparison ? (r as unknown as boolean) : truthy(r);
}

export function rubyOr(l: unknown, r: unknown): boolean {
  if (l instanceof FailedComparison) return l as unknown as boolean;
  if (truthy(l)) return true;
  return r instanceof FailedComparison ? (r as unknown as boolean) : truthy(r);
}

function holds<T>(op: '<' | '>' | '<=' | '>=', x: T, y: T): boolean {
  return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
}

export function rubyOrder(op: '<' | '>' | '<=' | '>='): (l: unknown, r: unknown) => boolean {
  return (l, r) => {
    const a = l instanceof Drop ? l : toValue(l),
      b = r instanceof Drop ? r : toValue(r);
    const ka = orderKind(a),
      kb = orderKind(b);
    if (ka === undefined || kb === undefined) return false;
    // Date#<=> takes a number as a Julian day (a number's does not take a Date).
    const dayOrder = ka === 'date' && kb === 'number' ? rubySpaceship(a, b) : null;
    if (dayOrder !== null) return holds(op, dayOrder, 0);
    if (ka !== kb)
      return new FailedComparison(
        `comparison of ${rubyClass(a)} with ${ka === 'number' ? rubyClass(b) : isNumeric(b) ? rubyToS(b) : rubyClass(b)} failed`,
      ) as unknown as boolean;
    // Texts by UTF-8 bytes, as Ruby's String#<=> (an emoji after `Ｑ`), not by UTF-16 units.
    if (ka === 'string') return holds(op, rubyTextCompare(a as string, b as string), 0);
    const x = a instanceof Date ? a.getTime() : ka === 'number' ? +(a as number) : (a as string),
      y = b instanceof Date ? b.getTime() : kb === 'number' ? +(b as number) : (b as string);
    return holds(op, x, y);
  };
}

/**
 * `contains` as Ruby Liquid's: a text contains the other side's text, an array an item equal to
 * it, a hash a key; false when either side is nil or false, or the left side is anything else.
 */
export function rubyContains(l: unknown, r: unknown): boolean {
  const a = toValue(l),
    b = toValue(r);
  if (a === null || a === undefined || a === false || b === null || b === undefined || b === false) return false;
  // The other side as Ruby's to_s writes it: `"2.0" contains 2.0` is true.
  if (typeof a === 'string') return a.includes(typeof b === 'string' ? b : rubyToS(b));
  // A drop has no include?: `page contains "title"` is false in a document's layout, and
  // Jekyll's other drops' include? (Enumerable's) compares pairs, never a text: false too.
  if (typeof a === 'object' && (DOCUMENT_VIEW in a || DROP_CLASS in a)) return false;
  if (typeof b === 'object' && (DOCUMENT_VIEW in b || dropClass(b) === 'Jekyll::Drops::StaticFileDrop'))
    return Array.isArray(a) && holdsAsDrop(a, b);
  if (Array.isArray(a)) {
    // A page in a list is Jekyll's Page, equal to no page hash a template reads, unless a filter
    // read the list item by item (reverse, uniq…: ruby.ts asDrops), which makes each its hash.
    let asHashes: ReadonlySet<object> | undefined;
    const asHash = (page: object) => (asHashes ??= heldAsDrops(a)).has(page);
    return a.some((item) =>
      samePrimitiveType(item, b)
        ? item === b
        : (!isPageView(item) || asHash(item)) && rubyValueEquals(toValue(item), b),
    );
  }
  if (isPlainObject(a)) return typeof b === 'string' && Object.hasOwn(a, b);
  return false;
}
