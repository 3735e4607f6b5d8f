import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../../src/render/markdown/highlight/highlight.js';
import { ORACLE_DIR } from '../../highlight-oracle/agreement.js';

// The languages kiln lexes as Rouge does: each sample in test/highlight-oracle/exact/LANG/ is
// coloured byte for byte as Rouge 3.30 colours it (NAME.rouge.html, from regenerate.sh).
const EXACT = join(ORACLE_DIR, 'exact');
const cases = readdirSync(EXACT).flatMap((lang) =>
  readdirSync(join(EXACT, lang))
    .filter((file) => !file.endsWith('.html'))
    .map((file) => ({ lang, file, path: join(EXACT, lang, file) })),
);

describe('highlighting equal to Rouge', () => {
  it('has samples', () => expect(cases.length).toBeGreaterThanOrEqual(10));
  for (const { lang, file, path } of cases)
    it(`${lang}/${file}`, () => {
      const expected = readFileSync(path.replace(/\.[^./]+$/, '.rouge.html'), 'utf8');
      expect(highlight(readFileSync(path, 'utf8'), lang, 'rouge')).toBe(expected);
    });
  it('keeps leading blank lines as Rouge does, drops them as Pygments does', () => {
    expect(highlight('\n\nputs 1\n', 'ruby', 'rouge')).toBe(
      '\n\n<span class="nb">puts</span> <span class="mi">1</span>\n',
    );
    expect(highlight('\n\nputs 1\n', 'ruby')).toBe('<span class="nb">puts</span> <span class="mi">1</span>\n');
  });
});
