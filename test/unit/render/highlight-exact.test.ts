import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../../src/render/markdown/highlight/highlight.js';
import { charClasses, ORACLE_DIR } from '../../highlight-oracle/agreement.js';

// The languages kiln lexes as Rouge does: each sample in test/highlight-oracle/exact/LANG/, and
// the language's sample in test/highlight-oracle/samples/ (its agreement sample, not repeated
// here), is coloured byte for byte as Rouge 3.30 colours it (NAME.rouge.html, from
// regenerate.sh), and in Pygments' markup as Pygments 2.14 does for the languages kiln lexes as
// Pygments does too (less its `w` spans around blanks, which Pygments before 2.12 did not write
// either).
const EXACT = join(ORACLE_DIR, 'exact');
/** Languages lexed as Pygments lexes them in Pygments' markup (regenerate.sh writes their files). */
const PYGMENTS_EXACT = new Set(['sql', 'diff', 'tex', 'css', 'javascript', 'make', 'postscript']);
const samples = readdirSync(join(ORACLE_DIR, 'samples'));
const cases = readdirSync(EXACT).flatMap((lang) => {
  const own = readdirSync(join(EXACT, lang))
    .filter((file) => !file.endsWith('.html'))
    .map((file) => {
      const path = join(EXACT, lang, file);
      const expected = (oracle: string) => path.replace(/\.[^./]+$/, `.${oracle}.html`);
      return { lang, file, path, rouge: expected('rouge'), pygments: expected('pygments') };
    });
  const sample = samples.find((file) => file.split('.')[0] === lang);
  if (!sample) return own;
  const expected = (oracle: string) => join(ORACLE_DIR, 'expected', `${lang}.${oracle}.html`);
  const path = join(ORACLE_DIR, 'samples', sample);
  return [{ lang, file: `samples/${sample}`, path, rouge: expected('rouge'), pygments: expected('pygments') }, ...own];
});

describe('highlighting equal to Rouge', () => {
  it('has samples', () => expect(cases.length).toBeGreaterThanOrEqual(10));
  it('has the Pygments output for each language lexed as Pygments does', () => {
    for (const lang of PYGMENTS_EXACT) expect(cases.some((c) => c.lang === lang && existsSync(c.pygments))).toBe(true);
  });
  for (const { lang, file, path, rouge } of cases)
    it(`${lang}/${file}`, () => {
      expect(highlight(readFileSync(path, 'utf8'), lang, 'rouge')).toBe(readFileSync(rouge, 'utf8'));
    });
  for (const { lang, file, path, pygments } of cases.filter(
    (c) => PYGMENTS_EXACT.has(c.lang) && existsSync(c.pygments),
  ))
    it(`${lang}/${file} as Pygments`, () => {
      const expected = readFileSync(pygments, 'utf8')
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
