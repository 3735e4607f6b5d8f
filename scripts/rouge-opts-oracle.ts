// Writes test/rouge-opts-oracle/expected.json: the fixed seed's random `kramdown:` blocks and
// documents (test/rouge-opts-oracle/generate.ts) with what Jekyll 4.3.1's kramdown converter
// makes of each (scripts/rouge-opts-oracle.rb), which oracle.test.ts checks without Ruby.
// Run: npm run oracle:rouge-opts   (needs Debian's jekyll)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXED_COUNT, FIXED_SEED, generateRougeCases } from '../test/rouge-opts-oracle/generate.js';

const cases = generateRougeCases(FIXED_SEED, FIXED_COUNT);
const out = execFileSync('ruby', [join(import.meta.dirname, 'rouge-opts-oracle.rb')], {
  input: cases.map((c) => JSON.stringify(c)).join('\n'),
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
const results = out
  .trimEnd()
  .split('\n')
  .map((l) => JSON.parse(l) as { html?: string; error?: string });
if (results.length !== cases.length) throw new Error(`expected ${cases.length} results, got ${results.length}`);
const expected = { seed: FIXED_SEED, cases: cases.map((c, i) => ({ ...c, ...results[i] })) };
writeFileSync(
  join(import.meta.dirname, '..', 'test', 'rouge-opts-oracle', 'expected.json'),
  `${JSON.stringify(expected, null, 1)}\n`,
);
console.log(`${cases.length} cases, ${results.filter((r) => r.error).length} that Jekyll fails on`);
