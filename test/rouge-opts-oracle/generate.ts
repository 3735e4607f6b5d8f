import { random } from '../helpers/random.js';

// Random `kramdown:` blocks with `syntax_highlighter_opts` and small Markdown documents full of
// code, for the differential test against Jekyll 4.3.1's converter (oracle.test.ts). Only values
// Jekyll builds with: its failures are the error cases of test/e2e/config-errors.test.ts.

/** One case: the site's `kramdown:` block and a document. */
export interface RougeCase {
  readonly kramdown: Record<string, unknown>;
  readonly markdown: string;
}

export const FIXED_SEED = 20261206;
export const FIXED_COUNT = 400;

// Each option with values Jekyll takes (a switch: anything, as Ruby's truth).
const VALUES: Record<string, readonly unknown[]> = {
  line_numbers: [true, true, false, null, 'maybe', 'false', 0],
  start_line: [1, 0, 5, -3, 99],
  line_format: ['%i', '%03i', '%-3d|', '% i', '%+i', 'L%s', '%%%i', '%5u'],
  table_class: ['t', '', 5],
  gutter_class: ['g g', ''],
  code_class: ['c'],
  css_class: ['highlight', 'code', null, false, 7],
  wrap: [true, false, null],
  default_lang: ['plaintext', 'ruby', 'python', 'guess', 'nosuch', '', null, 'text', 'js', 'console'],
  disable: [true, false, null, 'no'],
  guess_lang: [true, false, null],
  formatter: ['HTML', 'HTMLLegacy', 'Foo', 'html_table', 'html', 3],
};
// How a key may be spelled: kramdown trims it and drops a leading `:`.
const SPELLINGS = (key: string) => [key, key, key, ` ${key}`, `:${key}`];
// Code in each language (kiln's lexers against Rouge's are the highlight oracle's concern: here
// each language gets code it lexes as Rouge does); plain, unknown and guessed names take any. No
// tabs: kiln expands a tab in a list item's code, kramdown keeps it (not the options' concern).
const SAMPLES: Record<string, readonly string[]> = {
  go: ['x := 1\n', 'func main() {\n    fmt.Println("a & <b>")\n}\n'],
  ruby: ['puts "a & <b>"\nputs 2\n', 'def x; end\n'],
  python: ['def f(x):\n    return x < 2\n', '\n\nprint(1)\n'],
  js: ['if (a < b && c > d) { return; }\n', 'let s = `t`;\n'],
  sh: ['#!/bin/bash\necho "$HOME"\n', 'ls -la | wc -l\n'],
  console: ['$ ls -la\ntotal 0\n', '$ echo hi\nhi\n'],
  yaml: ['key: [1, 2]\n', 'a:\n  - b\n'],
  json: ['{"a": [1, true, null]}\n'],
  c: ['int main(void) { return 0; }\n'],
  html: ['<p class="x">a &amp; b</p>\n', '<?xml version="1.0"?>\n<a/>\n'],
  css: ['a > b { color: red; }\n'],
  diff: ['-old\n+new\n'],
  sql: ['SELECT a FROM b WHERE c < 1;\n'],
};
const LANGS = Object.keys(SAMPLES);
const ANY = [...Object.values(SAMPLES).flat(), 'a\n\n\nb\n', '  indented\n', ''];
const FENCE_LANGS = [...LANGS, 'plaintext', 'text', '', '', 'nosuch', 'guess', 'Ruby'];

export function generateRougeCases(seed: number, count: number): RougeCase[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const options = (max: number) => {
    const out: Record<string, unknown> = {};
    const n = Math.floor(next() * (max + 1));
    for (let i = 0; i < n; i++) {
      const key = pick(Object.keys(VALUES));
      out[pick(SPELLINGS(key))] = pick(VALUES[key]!);
    }
    return out;
  };
  const code = (lang: string) => pick(SAMPLES[lang] ?? ANY);
  const fence = (lang: string, text: string, indent = '', quote = '') =>
    [`\`\`\`${lang}`, ...text.split('\n').slice(0, text.endsWith('\n') ? -1 : undefined), '```']
      .map((l) => `${quote}${indent}${l}`)
      .join('\n');
  const fenced = (indent = '', quote = '') => {
    const lang = pick(FENCE_LANGS);
    return fence(lang, code(lang), indent, quote);
  };
  const indented = () => {
    const lang = pick(LANGS);
    const ial = next() < 0.5 ? `{:.language-${lang}}\n` : '';
    const lines = code(ial ? lang : 'plaintext').split('\n');
    return (
      ial +
      lines
        .slice(0, -1)
        .map((l) => (l ? `    ${l.replace(/\t/g, '    ')}` : ''))
        .join('\n')
    );
  };
  const blocks = [
    () => fenced(),
    () => `* item\n\n${fenced('  ')}`,
    () => fenced('', '> '),
    indented,
    () =>
      `Inline \`${pick(['x', 'a < b', 'puts 1'])}\`${next() < 0.5 ? `{:.language-${pick(FENCE_LANGS) || 'ruby'}}` : ''} and \`more\`.`,
  ];
  const cases: RougeCase[] = [];
  for (let i = 0; i < count; i++) {
    const opts = options(4);
    if (next() < 0.5) opts[pick(SPELLINGS('block'))] = options(3);
    if (next() < 0.4) opts[pick(SPELLINGS('span'))] = options(3);
    const kramdown: Record<string, unknown> = next() < 0.9 ? { syntax_highlighter_opts: opts } : {};
    if (next() < 0.25) kramdown.guess_lang = pick([true, false, null]);
    const parts = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(blocks)());
    cases.push({ kramdown, markdown: parts.join('\n\n') + (next() < 0.8 ? '\n' : '') });
  }
  return cases;
}
