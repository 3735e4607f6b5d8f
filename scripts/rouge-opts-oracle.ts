// Writes test/rouge-opts-oracle/expected.json: the fixed seed's random `kramdown:` blocks and
// documents (test/rouge-opts-oracle/generate.ts) with what Jekyll 4.3.1's kramdown converter
// makes of each (scripts/rouge-opts-oracle.rb), which oracle.test.ts checks without Ruby.
// Run: npm run oracle:rouge-opts   (needs Debian's jekyll)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXED_COUNT, FIXED_SEED, generateRougeCases } from '../test/rouge-opts-oracle/generate.js';
import { jekyllRouge } from './rouge-opts-jekyll.js';

const cases = generateRougeCases(FIXED_SEED, FIXED_COUNT);
const results = jekyllRouge(cases);
const expected = { seed: FIXED_SEED, cases: cases.map((c, i) => ({ ...c, ...results[i] })) };
writeFileSync(
  join(import.meta.dirname, '..', 'test', 'rouge-opts-oracle', 'expected.json'),
  `${JSON.stringify(expected, null, 1)}\n`,
);
console.log(`${cases.length} cases, ${results.filter((r) => r.error).length} that Jekyll fails on`);
