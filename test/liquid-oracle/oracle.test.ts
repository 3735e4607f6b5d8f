import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/run.js';
import { tempDir } from '../helpers/tree.js';
import { EXPECTED_FILE, type Expected, FIXED_SEED, fixedTemplates } from './fixed.js';
import { readPages, writeSite } from './site.js';

// Differential test: random Liquid templates of a fixed seed and the hand-written cases of
// fixed.ts, one page each, built by kiln and compared page by page with what Jekyll 4.3.1 made of
// them (expected.json, written by `npm run oracle:liquid`). Pages Jekyll rejects are not built.
const expected = JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as Expected;

describe('Liquid templates against Jekyll', () => {
  it('expected.json is for the templates fixed.ts makes (else run npm run oracle:liquid)', () => {
    expect(expected.seed).toBe(FIXED_SEED);
    expect(expected.pages.map((p) => p.template)).toEqual(fixedTemplates());
  });

  it('every page Jekyll renders, kiln renders to the same text', async () => {
    const templates = expected.pages.map((p) => p.template);
    const rejected = new Set(expected.pages.flatMap((p, i) => ('error' in p ? [i] : [])));
    const source = tempDir('liquid-oracle-src');
    const dest = tempDir('liquid-oracle-out');
    writeSite(source, templates, rejected);
    const result = await buildSite(source, dest);
    expect(result.errors).toEqual([]);
    const pages = readPages(dest, templates.length);
    const differing = expected.pages.flatMap((p, i) => {
      if (!('jekyll' in p)) return [];
      const kiln = pages[i];
      if (kiln === p.jekyll) return [];
      return [`page ${i}: ${p.template}\n--- jekyll:\n${p.jekyll}\n--- kiln:\n${kiln}`];
    });
    expect(differing).toEqual([]);
    expect(templates.length - rejected.size).toBeGreaterThan(250);
  });
});
