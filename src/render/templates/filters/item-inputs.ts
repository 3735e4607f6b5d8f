import { isNumeric, isRubyFloat } from '../../../shared/ruby-float.js';
import { isHash } from '../../../shared/ruby-inspect.js';
import { rubyPairs } from '../../../shared/yaml-keys.js';
import { rubyInspect } from './ruby.js';
import type { Filter } from './types.js';

/**
 * Jekyll's where, find, group_by and sort by a property read `item[property]` of each item they
 * look at: a number, list, nil or boolean has no such `[]` in Ruby and Jekyll stops the build. In
 * a Liquid template kiln fails the same lists (it read nothing there and went on).
 */

/** Ruby's error for `item["name"]`, or undefined for an item that takes it (a hash, a text, a post). */
function noIndex(item: unknown): Error | undefined {
  if (item === undefined || item === null) return new Error("undefined method '[]' for nil:NilClass");
  if (typeof item === 'boolean')
    return new Error(`undefined method '[]' for ${item}:${item ? 'TrueClass' : 'FalseClass'}`);
  if (isNumeric(item) && isRubyFloat(item)) return new Error(`undefined method '[]' for ${rubyInspect(item)}:Float`);
  // Integer#[] and Array#[] take an index.
  if (isNumeric(item) || Array.isArray(item)) return new Error('no implicit conversion of String into Integer');
  return undefined;
}

const check = (items: readonly unknown[]) => {
  for (const item of items) {
    const error = noIndex(item);
    if (error) throw error;
  }
};

/** What the filter goes over: a list, or a hash's values (where, find) or [key, value] pairs (group_by, sort). */
function listed(input: unknown, pairs: boolean): unknown[] | undefined {
  if (Array.isArray(input)) return input;
  if (!isHash(input) || input.constructor !== Object) return undefined;
  return pairs ? rubyPairs(input) : Object.values(input);
}

/** `filters` with where, find, group_by and sort failing as in Ruby on items without `[]` (Liquid templates only). */
export function withItemInputs(filters: Record<string, Filter>, own: ReadonlySet<string>): Record<string, Filter> {
  const out = { ...filters };
  const wrap = (name: string, make: (fn: Filter) => Filter) => {
    const fn = filters[name];
    if (fn && !own.has(name)) out[name] = make(fn);
  };
  // Jekyll returns the input untouched for no property, or a list or hash to compare with.
  const compares = (key: unknown, value: unknown) =>
    key !== undefined && key !== null && !Array.isArray(value) && !isHash(value);
  wrap('where', (fn) => (input: unknown, key: unknown, value: unknown) => {
    const list = listed(input, false);
    if (list && compares(key, value)) check(list);
    return fn(input, key, value);
  });
  // find stops at the first match: the items up to it are read.
  wrap('find', (fn) => (input: unknown, key: unknown, value: unknown) => {
    const found = fn(input, key, value);
    const list = listed(input, false);
    if (list && compares(key, value)) check(found === undefined ? list : list.slice(0, list.indexOf(found) + 1));
    return found;
  });
  wrap('group_by', (fn) => (input: unknown, key: unknown) => {
    const list = listed(input, true);
    if (list) check(list);
    return fn(input, key);
  });
  wrap('sort', (fn) => (input: unknown, key?: unknown, nils?: unknown) => {
    const list = key === undefined || key === null ? undefined : listed(input, true);
    if (list) check(list);
    return nils === undefined ? fn(input, key) : fn(input, key, nils);
  });
  return out;
}
