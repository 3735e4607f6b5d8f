// What Jekyll 4.3.1's kramdown converter makes of random Rouge-option cases
// (test/rouge-opts-oracle/generate.ts), through scripts/rouge-opts-oracle.rb: one result per case,
// its HTML or Jekyll's error. Shared by oracle:rouge-opts and fuzz:rouge-opts; needs Debian's jekyll.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export function jekyllRouge(cases: readonly unknown[]): Array<{ html?: string; error?: string }> {
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
  return results;
}
