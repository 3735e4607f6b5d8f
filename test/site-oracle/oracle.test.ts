import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/run.js';
import { readTree, tempDir } from '../helpers/tree.js';
import { treeDifferences, writeFiles } from './builds.js';
import { EXPECTED_FILE, type Expected, FIXED_COUNT, FIXED_SEED } from './fixed.js';
import { generateSite } from './generate.js';

// Differential test: whole random sites of fixed seeds (generate.ts: permalink styles, time zones,
// dates, categories, slugs, drafts, excerpts, pages, collections, defaults, pagination), each built
// by kiln and compared file by file with what Jekyll 4.3.1 wrote for it (expected.json, written by
// `npm run oracle:site`; `npm run fuzz:site` tries fresh seeds).
const expected = JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as Expected;

describe('whole sites against Jekyll', () => {
  it('expected.json is for the sites generate.ts makes (else run npm run oracle:site)', () => {
    expect(expected.seed).toBe(FIXED_SEED);
    expect(expected.sites.map((s) => s.seed)).toEqual(Array.from({ length: FIXED_COUNT }, (_, i) => FIXED_SEED + i));
  });

  for (const site of expected.sites) {
    if (!('tree' in site)) continue;
    it(`site ${site.seed}: kiln writes the files Jekyll wrote, byte for byte`, async () => {
      const source = tempDir('site-oracle-src');
      const dest = tempDir('site-oracle-out');
      writeFiles(source, generateSite(site.seed));
      const result = await buildSite(source, dest);
      expect(result.errors).toEqual([]);
      const kiln = Object.fromEntries([...readTree(dest)].map(([p, b]) => [p, b.toString('utf8')]));
      expect(treeDifferences(site.tree, kiln)).toEqual([]);
    });
  }

  it('most of the fixed sites build in Jekyll', () => {
    expect(expected.sites.filter((s) => 'tree' in s).length).toBeGreaterThan(FIXED_COUNT * 0.8);
  });
});
