import { isNumeric } from '../../../shared/ruby-float.js';
import { markRange } from '../filters/literals.js';
import { readLiquidInteger, toInteger } from '../filters/standard.js';
import { noMethod } from '../filters/text-inputs.js';
import { isMethodLiteral } from './equals.js';
import { type Context, toValue } from './liquidjs.js';

/**
 * Ruby's `to_i` of a value: nil, a text and a number have one; anything else (true, a list, a
 * range, a hash, the `empty` literal) fails with Ruby's NoMethodError, which stops Jekyll's build.
 */
export function rubyToI(given: unknown): number {
  if (isMethodLiteral(given)) throw new Error("undefined method 'to_i' for #<Liquid::Expression::MethodLiteral>");
  const v = toValue(given); // the `nil` literal is liquidjs's NullDrop
  if (v === undefined || v === null || typeof v === 'string' || isNumeric(v)) return toInteger(v);
  throw noMethod('to_i', v);
}

/**
 * An end of a range a variable is part of, as Ruby Liquid's RangeLookup reads it: an Integer as
 * it is, nil and a text their `to_i` (`"3x"` is 3, `"a"` 0), anything else (a Float, true, a
 * list, the `empty` literal) as Integer() reads its text, which fails for all of them.
 */
function evaluatedEnd(given: unknown): number {
  const v = toValue(given);
  if (!isMethodLiteral(given)) {
    if (v === undefined || v === null || typeof v === 'string') return toInteger(v);
    const n = readLiquidInteger(v);
    if (n !== undefined) return n;
  }
  throw new Error('invalid integer');
}

/**
 * The list `(LOW..HIGH)` makes, marked with its Ruby text. Ruby reads the ends of a range of two
 * literals once, by their `to_i` (`(1..3.5)` is 1..3, `('a'..2)` 0..2, `(true..2)` fails), and
 * the ends of any other range each time by `evaluatedEnd` (`(1..x)` fails when x holds 3.5).
 */
export function rubyRange(low: unknown, high: unknown, literal: boolean, ctx: Context): number[] {
  const read = literal ? rubyToI : evaluatedEnd;
  const from = read(low);
  const to = read(high);
  ctx.memoryLimit.use(to - from + 1);
  const list: number[] = [];
  for (let i = from; i <= to; i++) list.push(i);
  return markRange(list, from, to);
}
