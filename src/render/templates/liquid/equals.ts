import { type Context, Drop, defaultOperators, Liquid, toValue, toValueSync } from './liquidjs.js';

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

/**
 * `==` as Ruby Liquid 5.4 compares with `blank` and `empty`: `x == empty` asks `x.empty?` (a
 * string, array or hash; false for anything else, nil too), and `x == blank` is always false,
 * since no value in Jekyll's Ruby has `blank?`. Everything else as liquidjs compares.
 */
export function rubyEquals(l: unknown, r: unknown, ctx: Context): boolean {
  if (isLiteral(l, 'blank') || isLiteral(r, 'blank')) return false;
  // In where_exp and friends Jekyll parses `empty` as a literal no value equals.
  if ((isLiteral(l, 'empty') || isLiteral(r, 'empty')) && inExpressionFilter(ctx)) return false;
  if (!isLiteral(l, 'empty') && !isLiteral(r, 'empty'))
    return toValueSync(defaultOperators['==']!(l, r, ctx)) as boolean;
  const other = isLiteral(l, 'empty') ? r : l;
  if (isLiteral(other, 'empty')) return false;
  const v = toValue(other);
  if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
  return isPlainObject(v) && Object.keys(v).length === 0;
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
