import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedFile, HERE, MODES, readCorpus } from './corpus.js';
import {
  FIXED_COUNT,
  FIXED_FILE,
  FIXED_SEED,
  type FixedExpected,
  KRAMDOWN_COUNT,
  KRAMDOWN_FILE,
  KRAMDOWN_SEED,
  SITE_COUNT,
  SITE_FILE,
  SITE_SEED,
  SPANS_COUNT,
  SPANS_FILE,
  SPANS_SEED,
} from './fixed-seed.js';
import { generateDocuments } from './generate.js';
import { generateKramdownDocuments } from './generate-kramdown.js';
import { generateSiteDocuments } from './generate-site.js';
import { generateSpanDocuments } from './generate-spans.js';
import { kilnFor } from './normalize.js';

// Differential test: kiln's Markdown against what kramdown 1.10 (compat 1) and Jekyll 4's
// converter (compat 2) made of the same input, committed by `npm run oracle:markdown`, byte for
// byte (kramdown's indentation and blank lines between blocks show in every page).
// known-differences.json lists each document kiln does not yet render as the oracle does (corpus
// cases with a reason; random documents by number): a difference not listed fails, and so does a
// listed one that now matches. UPDATE_KNOWN=1 rewrites the list (hand-written reasons are kept).
interface Known {
  cases: Record<string, string>;
  random: Record<string, number[]>;
}
const KNOWN_FILE = join(HERE, 'known-differences.json');
const KNOWN = JSON.parse(readFileSync(KNOWN_FILE, 'utf8')) as Known;
const seen: Known = { cases: {}, random: {} };

/** The first line where the two outputs differ, as a reason nobody has written yet. */
function firstDifference(expected: string, actual: string): string {
  const e = expected.split('\n'),
    a = actual.split('\n');
  let i = 0;
  while (i < e.length && e[i] === a[i]) i++;
  return `first difference: kramdown ${JSON.stringify(e[i] ?? '')}, kiln ${JSON.stringify(a[i] ?? '')}`;
}

function check(differing: string[], same: string[], known: (key: string) => boolean) {
  expect(
    differing.filter((k) => !known(k)),
    'differ from the oracle and are not in known-differences.json',
  ).toEqual([]);
  expect(same.filter(known), 'match the oracle now: remove them from known-differences.json').toEqual([]);
}

afterAll(() => {
  if (process.env.UPDATE_KNOWN !== '1') return;
  for (const [key, reason] of Object.entries(KNOWN.cases))
    if (key in seen.cases && !reason.startsWith('first difference:')) seen.cases[key] = reason;
  writeFileSync(KNOWN_FILE, `${JSON.stringify(seen, null, 2)}\n`);
});

describe('the Markdown corpus against kramdown', () => {
  const corpus = readCorpus();
  it('has a case per construct', () => expect(corpus.length).toBeGreaterThan(30));
  for (const mode of MODES) {
    it(`compat ${mode}: every case renders as the oracle does, or is a listed difference`, () => {
      const differing: string[] = [],
        same: string[] = [];
      for (const c of corpus) {
        const key = `${c.name} compat${mode}`;
        const expected = readFileSync(expectedFile(c.name, mode), 'utf8');
        const html = kilnFor(mode, c.options).render(c.src).html;
        if (html === expected) same.push(key);
        else {
          differing.push(key);
          seen.cases[key] = firstDifference(expected, html);
        }
      }
      check(differing, same, (key) => key in KNOWN.cases);
    });
  }
});

const RANDOM = [
  {
    what: 'random documents',
    seed: FIXED_SEED,
    count: FIXED_COUNT,
    file: FIXED_FILE,
    make: generateDocuments,
    key: '',
  },
  {
    what: 'span-dense random documents',
    seed: SPANS_SEED,
    count: SPANS_COUNT,
    file: SPANS_FILE,
    make: generateSpanDocuments,
    key: 'spans ',
  },
  {
    what: "random documents of kramdown's constructs",
    seed: KRAMDOWN_SEED,
    count: KRAMDOWN_COUNT,
    file: KRAMDOWN_FILE,
    make: generateKramdownDocuments,
    key: 'kramdown ',
  },
  {
    what: 'random documents shaped like blog posts',
    seed: SITE_SEED,
    count: SITE_COUNT,
    file: SITE_FILE,
    make: generateSiteDocuments,
    key: 'site ',
  },
];

for (const set of RANDOM) {
  describe(`${set.what} (seed ${set.seed}) against kramdown`, () => {
    const fixed = JSON.parse(readFileSync(set.file, 'utf8')) as FixedExpected;
    const documents = set.make(set.seed, set.count);
    it('the generator still makes the documents the oracles were run on', () => {
      expect(fixed.seed).toBe(set.seed);
      expect(fixed.documents.map((d) => d.src)).toEqual(documents);
    });
    for (const mode of MODES) {
      it(`compat ${mode}: every document renders as the oracle does, or is a listed difference`, () => {
        const kiln = kilnFor(mode);
        const differing: string[] = [],
          same: string[] = [];
        fixed.documents.forEach((d, i) => {
          const expected = mode === 1 ? d.compat1 : d.compat2;
          (kiln.render(d.src).html === expected ? same : differing).push(String(i));
        });
        const key = `${set.key}compat${mode}`;
        seen.random[key] = differing.map(Number);
        const known = new Set((KNOWN.random[key] ?? []).map(String));
        check(differing, same, (k) => known.has(k));
      });
    }
  });
}
