import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/config/load-config.js';
import { createMarkdown } from '../../src/render/markdown/renderer.js';
import { FIXED_COUNT, FIXED_SEED, generateRougeCases, type RougeCase } from './generate.js';

// Differential test of kramdown.syntax_highlighter_opts: random `kramdown:` blocks and documents
// (generate.ts), each rendered by kiln's Markdown stage as a Jekyll 4 site with that block would
// be, against what Jekyll 4.3.1's converter made of it (expected.json, `npm run oracle:rouge-opts`),
// byte for byte.

interface Expected {
  seed: number;
  cases: Array<RougeCase & { html?: string; error?: string }>;
}
const EXPECTED = JSON.parse(readFileSync(join(import.meta.dirname, 'expected.json'), 'utf8')) as Expected;

describe('syntax_highlighter_opts against Jekyll 4.3.1 (random sites)', () => {
  it('holds the cases the generator makes for its seed (else run npm run oracle:rouge-opts)', () => {
    expect(EXPECTED.seed).toBe(FIXED_SEED);
    const cases = generateRougeCases(FIXED_SEED, FIXED_COUNT);
    expect(EXPECTED.cases.map(({ kramdown, markdown }) => ({ kramdown, markdown }))).toEqual(cases);
  });

  it('renders each as Jekyll does', () => {
    const differ: string[] = [];
    for (const [i, c] of EXPECTED.cases.entries()) {
      expect(c.error, `case ${i}: Jekyll failed`).toBeUndefined();
      const html = createMarkdown(readMarkdown(c.kramdown, 4, '_config.yml')).render(c.markdown).html;
      if (html !== c.html)
        differ.push(`case ${i}: ${JSON.stringify(c.kramdown)}\n${c.markdown}\n--- Jekyll\n${c.html}--- kiln\n${html}`);
    }
    expect(differ.slice(0, 3).join('\n\n')).toBe('');
    expect(differ).toHaveLength(0);
  });
});
