import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/render/markdown/renderer.js';

// Pieces of every construct kiln's plugins handle, thrown together at random: no input may crash
// the renderer (markdown-it keeps fatal.txt for the same reason).
const PIECES = [
  '*',
  '**',
  '_',
  '"',
  "'",
  '--',
  '...',
  '<<',
  '>>',
  '{:',
  '}',
  '{#x}',
  '#',
  '## ',
  '\n',
  '\n\n',
  '  ',
  '- ',
  '1. ',
  '> ',
  '```',
  '~~~',
  '`',
  '[',
  ']',
  '(',
  ')',
  '[^1]',
  '[^1]: ',
  ': ',
  '|',
  '---',
  '<div>',
  '</div>',
  '<div markdown="1">',
  '<a href="x">',
  '</a>',
  '<br>',
  '<a/>',
  '<!--',
  '-->',
  '* toc\n{:toc}',
  '<!--kiln-toc-->',
  '{:.no_toc}',
  'word',
  'é',
  '\t',
  '\\',
  '&amp;',
  '<span>',
  '</span>',
  '{: .c #i k="v"}',
  '```java\n',
  'class A {}',
];

describe('hostile Markdown', () => {
  for (const compat of [1, 2] as const) {
    it(`2,000 random inputs render without an exception (kramdown ${compat})`, () => {
      const md = createMarkdown({
        compat,
        tocLevels: [1, 2, 3],
        autoIds: true,
        entityOutput: 'as_char',
        codeMarkup: 'rouge',
      });
      let seed = 20261121;
      const rnd = (n: number) => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed % n;
      };
      const failures: string[] = [];
      for (let i = 0; i < 2000; i++) {
        let src = '';
        for (let k = 1 + rnd(30); k > 0; k--) src += PIECES[rnd(PIECES.length)];
        try {
          expect(typeof md.render(src).html).toBe('string');
        } catch (e) {
          failures.push(`${JSON.stringify(src)}: ${(e as Error).message}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
