import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonmarkToHtml } from '../../src/render/markdown/commonmark/create.js';
import { COMMONMARK_COUNT, COMMONMARK_FILE, COMMONMARK_SEED, type CommonmarkExpected } from './fixed-seed.js';
import { generateCommonmarkDocuments } from './generate.js';
import { optionsFor, SETTINGS } from './settings.js';

// Differential test: kiln's CommonMark converter against what Jekyll's jekyll-commonmark
// (commonmarker 0.23.6) made of the same random documents, committed by `npm run
// oracle:commonmark`, byte for byte. known-differences.json lists the documents kiln does not yet
// convert as the plugin does, by settings: one not listed fails, and so does a listed one that
// now matches.
const KNOWN = JSON.parse(readFileSync(join(import.meta.dirname, 'known-differences.json'), 'utf8')) as Record<
  string,
  number[]
>;

describe(`random documents (seed ${COMMONMARK_SEED}) against jekyll-commonmark`, () => {
  const fixed = JSON.parse(readFileSync(COMMONMARK_FILE, 'utf8')) as CommonmarkExpected;
  it('the generator still makes the documents the oracle was run on', () => {
    expect(fixed.seed).toBe(COMMONMARK_SEED);
    expect(fixed.documents.map((d) => d.src)).toEqual(generateCommonmarkDocuments(COMMONMARK_SEED, COMMONMARK_COUNT));
  });
  for (const [name, settings] of Object.entries(SETTINGS)) {
    it(`${name} (${[...settings.options, ...settings.extensions].join(', ') || 'no options'}): each equal, or listed`, () => {
      const convert = commonmarkToHtml(optionsFor(settings));
      const differing = fixed.documents.flatMap((d, i) => (convert(d.src) === d.html[name] ? [] : [i]));
      expect(differing).toEqual(KNOWN[name] ?? []);
    });
  }
});
