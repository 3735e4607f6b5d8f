import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { liquidFilters } from '../../../src/render/templates/filters/index.js';
import { RubyDate } from '../../../src/shared/ruby-date.js';
import { RubyFloat } from '../../../src/shared/ruby-float.js';

// Jekyll 4.3.1's `sort: "v", nils` of random lists whose values do not all compare (numbers, texts,
// dates, booleans, nils), from scripts/sort-oracle.rb: the order Ruby's merge sort makes of them.
type Tagged = null | boolean | string | { int: number } | { float: number } | { date: string };
type Case = { values: Tagged[]; first: number[]; last: number[] };
const cases = JSON.parse(readFileSync(new URL('sort-cases.json', import.meta.url), 'utf8')) as Case[];

const value = (t: Tagged): unknown => {
  if (t === null || typeof t !== 'object') return t;
  if ('int' in t) return t.int;
  if ('float' in t) return new RubyFloat(t.float);
  return new RubyDate(Date.parse(t.date));
};
const f = liquidFilters(
  { timezone: 'UTC', clock: Date.UTC(2030, 0, 1), url: '', baseurl: '', markdownify: (s) => s },
  () => undefined,
);
const sorted = (values: Tagged[], nils: string) =>
  (
    f.sort!.call(
      undefined,
      values.map((v, i) => ({ v: value(v), i })),
      'v',
      nils,
    ) as Array<{ i: number }>
  ).map((item) => item.i);

describe('sort by a key orders values that do not compare as Jekyll does', () => {
  it.each(['first', 'last'] as const)('nils %s', (nils) => {
    const wrong = cases.filter((c) => sorted(c.values, nils).join() !== c[nils].join());
    expect(wrong.slice(0, 5).map((c) => ({ values: c.values, jekyll: c[nils], kiln: sorted(c.values, nils) }))).toEqual(
      [],
    );
    expect(wrong.length).toBe(0);
  });
});
