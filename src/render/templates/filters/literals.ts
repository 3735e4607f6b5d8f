/**
 * Liquid literals that filters see as plain values but Jekyll's `where` and `find` tell apart:
 * the `empty`/`blank` literal (Ruby Liquid's MethodLiteral, which the engine hands to those two
 * filters as METHOD_LITERAL) and a range written in a template (`(1..3)`), which kiln evaluates
 * to a list but Ruby holds as a Range, no Array: it prints, inspects and writes to JSON as its
 * text (`1..3`), which `where` compares and the text filters read; the filters that take only an
 * Array (push, slice, concat's argument…) see no list in it, and brackets read nothing of it.
 */

/** The `empty` or `blank` literal as the value of `where` or `find`. */
export const METHOD_LITERAL: unique symbol = Symbol('kilnMethodLiteral');

const RANGE_TEXT = Symbol('kilnRangeText');

/** Marks `list`, made from a range `low..high`, with Ruby's text of that range. */
export function markRange<T>(list: T, low: unknown, high: unknown): T {
  if (Array.isArray(list)) Object.defineProperty(list, RANGE_TEXT, { value: `${Number(low)}..${Number(high)}` });
  return list;
}

/** A range's Ruby text (`1..3`) when `v` is a list a range made, else undefined. */
export function rangeText(v: unknown): string | undefined {
  return Array.isArray(v) ? (v as { [RANGE_TEXT]?: string })[RANGE_TEXT] : undefined;
}

/** A list Ruby holds as an Array: no range. */
export function isRubyArray(v: unknown): v is unknown[] {
  return Array.isArray(v) && rangeText(v) === undefined;
}
