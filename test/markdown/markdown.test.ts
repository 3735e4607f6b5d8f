import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/render/markdown/renderer.js';

const CASES = join(import.meta.dirname, 'cases');

interface Case {
  title: string;
  input: string;
  expected: string;
}

/**
 * markdown-it's fixture format: a title line, then `.`, the Markdown, `.`, the expected HTML, `.`.
 * Files ending in `-compat1.txt` run in kramdown 1 mode, the others in kramdown 2 mode.
 */
function readCases(text: string): Case[] {
  const lines = text.split('\n');
  const cases: Case[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.trim() === '' || lines[i + 1] !== '.') {
      i++;
      continue;
    }
    const title = lines[i]!;
    const input: string[] = [],
      expected: string[] = [];
    let j = i + 2;
    while (lines[j] !== '.') input.push(lines[j++]!);
    j++;
    while (lines[j] !== '.') expected.push(lines[j++]!);
    cases.push({ title, input: `${input.join('\n')}\n`, expected: `${expected.join('\n')}\n` });
    i = j + 1;
  }
  return cases;
}

function writeCases(file: string, cases: Case[]): void {
  writeFileSync(file, cases.map((c) => `${c.title}\n.\n${c.input}.\n${c.expected}.\n`).join('\n'));
}

for (const name of readdirSync(CASES)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const compat = name.endsWith('-compat1.txt') ? 1 : 2;
  const md = createMarkdown({
    compat,
    tocLevels: [1, 2, 3, 4, 5, 6],
    autoIds: true,
    entityOutput: 'as_char',
    codeMarkup: 'pygments',
  });
  const file = join(CASES, name);
  const cases = readCases(readFileSync(file, 'utf8'));
  describe(`${name} (kramdown ${compat})`, () => {
    // UPDATE_EXPECTED=1 rewrites the expected HTML (review the diff before committing it).
    if (process.env.UPDATE_EXPECTED === '1')
      writeCases(
        file,
        cases.map((c) => ({ ...c, expected: md.render(c.input).html })),
      );
    it('has cases', () => expect(cases.length).toBeGreaterThan(0));
    for (const c of cases) it(c.title, () => expect(md.render(c.input).html).toBe(c.expected));
  });
}

describe('a document without a block', () => {
  // What kramdown 1.10 and 2.4 give (Kramdown::Document.new(src, input: 'GFM').to_html): an empty
  // or blank body is a line break, which an empty post still puts where its layout says {{ content }}.
  it.each([
    ['', '\n'],
    ['\n', '\n'],
    ['   \n\n', '\n'],
    ['[a]: /x\n', ''],
  ])('%j is %j', (src, html) => {
    for (const compat of [1, 2] as const) {
      const md = createMarkdown({
        compat,
        tocLevels: [1, 2, 3, 4, 5, 6],
        autoIds: true,
        entityOutput: 'as_char',
        codeMarkup: 'rouge',
      });
      expect(md.render(src).html).toBe(html);
    }
  });
});
