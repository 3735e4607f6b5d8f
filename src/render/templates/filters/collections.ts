import type { Filter } from './types.js';

function prop(item: unknown, key: string): unknown {
  if (item === null || item === undefined || typeof item !== 'object') return undefined;
  let value: unknown = item;
  for (const part of key.split('.'))
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

function list(input: unknown): unknown[] {
  if (Array.isArray(input)) return input;
  if (input === null || input === undefined) return [];
  if (typeof input === 'object') return Object.values(input);
  return [input];
}

function compare(a: unknown, b: unknown): number {
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a),
    y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Jekyll's collection filters: size, where, sort, group_by, jsonify. */
export function collectionFilters(): Record<string, Filter> {
  return {
    size: (input: unknown) => {
      if (typeof input === 'string' || Array.isArray(input)) return input.length;
      if (input && typeof input === 'object') return Object.keys(input).length;
      return 0;
    },
    where: (input: unknown, key: string, value: unknown) =>
      list(input).filter((item) => {
        const v = prop(item, key);
        return Array.isArray(v) ? v.map(String).includes(String(value)) : String(v ?? '') === String(value ?? '');
      }),
    sort: (input: unknown, key?: string, nils: 'first' | 'last' = 'first') => {
      const items = [...list(input)];
      if (key === undefined || key === null) return items.sort(compare);
      return items.sort((a, b) => {
        const x = prop(a, key),
          y = prop(b, key);
        const xNil = x === undefined || x === null,
          yNil = y === undefined || y === null;
        if (xNil || yNil) return xNil && yNil ? 0 : (xNil ? -1 : 1) * (nils === 'last' ? -1 : 1);
        return compare(x, y);
      });
    },
    group_by: (input: unknown, key: string) => {
      const groups = new Map<string, unknown[]>();
      for (const item of list(input)) {
        const name = String(prop(item, key) ?? '');
        const g = groups.get(name);
        if (g) g.push(item);
        else groups.set(name, [item]);
      }
      return [...groups].map(([name, items]) => ({ name, items, size: items.length }));
    },
    jsonify: (input: unknown) => jsonify(input),
  };
}

/** JSON of a template value; a post's `previous`/`next` are left out so the output stays finite. */
export function jsonify(input: unknown): string {
  const seen = new WeakSet<object>();
  return (
    JSON.stringify(input, function (this: unknown, key, value: unknown) {
      if (this && typeof this === 'object' && !Array.isArray(this) && (key === 'previous' || key === 'next'))
        return undefined;
      if (value && typeof value === 'object') {
        if (seen.has(value)) return undefined;
        seen.add(value);
      }
      return value;
    }) ?? 'null'
  );
}
