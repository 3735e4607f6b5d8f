import { typographText } from '../../markdown/typography.js';
import type { Filter } from './types.js';

/** Evaluates a Liquid expression with one more variable bound (`where_exp`'s item). */
export type Evaluate = (expression: string, name: string, value: unknown) => unknown;

function list(input: unknown): unknown[] {
  if (Array.isArray(input)) return input;
  if (input === null || input === undefined) return [];
  if (typeof input === 'object') return Object.values(input);
  return [input];
}

function prop(item: unknown, key: string): unknown {
  return item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
// Liquid's truthiness: only nil and false are false.
const truthy = (v: unknown) => v !== undefined && v !== null && v !== false;

/**
 * Jekyll's filters beyond SPEC §4's list: the expression filters (`where_exp`, `find_exp`,
 * `group_by_exp`, whose expressions are Liquid in either template language), `find`,
 * `array_to_sentence_string`, the array filters (`push`, `pop`, `shift`, `unshift`), `smartify`,
 * `normalize_whitespace`, `to_integer`, `inspect`.
 */
export function jekyllExtraFilters(evaluate: Evaluate): Record<string, Filter> {
  return {
    where_exp: (input: unknown, name: string, expr: string) =>
      list(input).filter((item) => truthy(evaluate(String(expr), String(name), item))),
    find_exp: (input: unknown, name: string, expr: string) =>
      list(input).find((item) => truthy(evaluate(String(expr), String(name), item))) ?? null,
    group_by_exp: (input: unknown, name: string, expr: string) => {
      const groups = new Map<string, unknown[]>();
      for (const item of list(input)) {
        const key = str(evaluate(String(expr), String(name), item));
        const g = groups.get(key);
        if (g) g.push(item);
        else groups.set(key, [item]);
      }
      return [...groups].map(([key, items]) => ({ name: key, items, size: items.length }));
    },
    find: (input: unknown, key: string, value: unknown) =>
      list(input).find((item) => {
        const v = prop(item, String(key));
        return Array.isArray(v) ? v.map(str).includes(str(value)) : str(v) === str(value);
      }) ?? null,
    array_to_sentence_string: (input: unknown, connector = 'and') => {
      const items = list(input).map(str);
      if (items.length <= 1) return items.join('');
      if (items.length === 2) return `${items[0]} ${connector} ${items[1]}`;
      return `${items.slice(0, -1).join(', ')}, ${connector} ${items[items.length - 1]}`;
    },
    // Jekyll's array filters leave anything that is not an array as it is.
    push: (input: unknown, item: unknown) => (Array.isArray(input) ? [...input, item] : input),
    pop: (input: unknown, n = 1) =>
      Array.isArray(input) ? input.slice(0, Math.max(0, input.length - Number(n))) : input,
    shift: (input: unknown, n = 1) => (Array.isArray(input) ? input.slice(Number(n)) : input),
    unshift: (input: unknown, item: unknown) => (Array.isArray(input) ? [item, ...input] : input),
    normalize_whitespace: (input: unknown) => str(input).replace(/\s+/g, ' ').trim(),
    to_integer: (input: unknown) => (typeof input === 'boolean' ? Number(input) : Math.trunc(Number(input)) || 0),
    inspect: (input: unknown) => JSON.stringify(input) ?? 'nil',
    // kramdown's SmartyPants, as Jekyll's smartify: typographic quotes, dashes and ellipses.
    smartify: (input: unknown) => typographText(str(input), ''),
  };
}
