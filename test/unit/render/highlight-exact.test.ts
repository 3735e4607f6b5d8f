import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../../src/render/markdown/highlight/highlight.js';
import { charClasses, ORACLE_DIR } from '../../highlight-oracle/agreement.js';

// The languages kiln lexes as Rouge does: each sample in test/highlight-oracle/exact/LANG/ is
// coloured byte for byte as Rouge 3.30 colours it (NAME.rouge.html, from regenerate.sh), and in
// Pygments' markup as Pygments 2.14 does where there is a NAME.pygments.html (less its `w` spans
// around blanks, which Pygments before 2.12 did not write either).
const EXACT = join(ORACLE_DIR, 'exact');
const cases = readdirSync(EXACT).flatMap((lang) =>
  readdirSync(join(EXACT, lang))
    .filter((file) => !file.endsWith('.html'))
    .map((file) => ({ lang, file, path: join(EXACT, lang, file) })),
);

const pygmentsFile = (path: string) => path.replace(/\.[^./]+$/, '.pygments.html');

describe('highlighting equal to Rouge', () => {
  it('has samples', () => expect(cases.length).toBeGreaterThanOrEqual(10));
  for (const { lang, file, path } of cases)
    it(`${lang}/${file}`, () => {
      const expected = readFileSync(path.replace(/\.[^./]+$/, '.rouge.html'), 'utf8');
      expect(highlight(readFileSync(path, 'utf8'), lang, 'rouge')).toBe(expected);
    });
  for (const { lang, file, path } of cases.filter((c) => existsSync(pygmentsFile(c.path))))
    it(`${lang}/${file} as Pygments`, () => {
      const expected = readFileSync(pygmentsFile(path), 'utf8')
        .replace(/<span class="w">([^<]*)<\/span>/g, '$1')
        .replaceAll('&#39;', "'")
        .replaceAll('&quot;', '"');
      expect(highlight(readFileSync(path, 'utf8'), lang)).toBe(expected);
    });
  it('keeps leading blank lines as Rouge does, drops them as Pygments does', () => {
    expect(highlight('\n\nputs 1\n', 'ruby', 'rouge')).toBe(
      '\n\n<span class="nb">puts</span> <span class="mi">1</span>\n',
    );
    expect(highlight('\n\nputs 1\n', 'ruby')).toBe('<span class="nb">puts</span> <span class="mi">1</span>\n');
  });
  it('as Pygments does, closes each span at a line end; Rouge keeps a token whole', () => {
    expect(highlight('/* a\n\n b */\n', 'java')).toBe(
      '<span class="cm">/* a</span>\n\n<span class="cm"> b */</span>\n',
    );
    expect(highlight('/* a\n\n b */\n', 'java', 'rouge')).toBe('<span class="cm">/* a\n\n b */</span>\n');
  });
  it('SQL words as the Pygments of Jekyll 2 and 3 knew them: `time` a name, `TIMESTAMP` a keyword, `INTERVAL` a type', () => {
    // Pygments 2.14 makes `time` a keyword too; Rouge makes `time` and `TIMESTAMP` types.
    expect(highlight('time TIMESTAMP INTERVAL x$y\n', 'sql')).toBe(
      '<span class="n">time</span> <span class="k">TIMESTAMP</span> <span class="nb">INTERVAL</span> ' +
        '<span class="n">x</span><span class="err">$</span><span class="n">y</span>\n',
    );
    expect(highlight('time TIMESTAMP INTERVAL\n', 'sql', 'rouge')).toBe(
      '<span class="nb">time</span> <span class="nb">TIMESTAMP</span> <span class="n">INTERVAL</span>\n',
    );
  });
  it("a Scala symbol is Pygments' -Symbol of Jekyll 2 and 3 sites, Rouge's ss", () => {
    expect(highlight("f('sym)\n", 'scala')).toContain('<span class="-Symbol">\'sym</span>');
    expect(highlight("f('sym)\n", 'scala', 'rouge')).toContain('<span class="ss">\'sym</span>');
  });
  it('a Java keyword after a name and before ( is a method name to Pygments (its declaration rule comes first)', () => {
    // pygmentize -l java: `{s` then `for (` on the next line.
    expect(highlight('{s\n  for (T t : v) {}\n  if (x) {}\n', 'java')).toContain(
      '<span class="n">s</span>\n  <span class="nf">for</span>',
    );
    expect(highlight('{s\n  for (T t : v) {}\n  if (x) {}\n', 'java')).toContain('<span class="k">if</span>');
  });
  it("Pygments' Bash of Jekyll 2 and 3 sites: options are text, | ; & punctuation, a number only before a blank", () => {
    const code = 'git log --after=12/31/2016 | wc -l; sleep 5\n';
    expect(highlight(code, 'bash')).toBe(
      'git log --after<span class="o">=</span>12/31/2016 <span class="p">|</span> wc -l<span class="p">;</span> sleep <span class="m">5</span>\n',
    );
    expect(highlight(code, 'bash', 'rouge')).toContain('<span class="nt">--after</span>');
  });
  it('a run of backslashes in an unclosed Ruby string takes no exponential time', () => {
    const code = `x = '${'\\'.repeat(44)}\ny = :'${'\\'.repeat(44)}\n`;
    const start = performance.now();
    const html = highlight(code, 'ruby', 'rouge');
    expect(performance.now() - start).toBeLessThan(1000);
    expect(charClasses(html).text).toBe(code);
  });
});
