import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// sed as posts and READMEs show it: substitutions with every delimiter, flags and groups,
// addresses by line, range and pattern, deletions and prints, appended and inserted text,
// transliteration, labels and branches, hold-space commands, comments, several commands on a line;
// and what a paste breaks: an unclosed substitution or bracket, a stray character, Unicode.
const REGEXES = [
  'foo',
  '^#',
  '\\s\\+$',
  '[0-9]\\+',
  '[^a-z]',
  '[a-zA-Z_-]*',
  '\\(a\\)\\(b\\)',
  '.*',
  'a\\/b',
  '[[:space:]]',
  '^$',
  'x\\{2,3\\}',
  '[^]',
  'ünï',
  '[abc',
];
const REPLACEMENTS = ['bar', '\\1', '&&', '\\n', '\\2-\\1', '', 'a\\&b', '[&]', 'ünï ✓'];
const DELIMITERS = ['/', '/', '/', '|', '#', ':', ',', '@'];

function substitution(p: Picker): string {
  const d = p.one(DELIMITERS);
  return `s${d}${p.one(REGEXES)}${d}${p.one(REPLACEMENTS)}${d}${p.one(['', 'g', 'gp', 'p', 'I', '2', ' w out.txt', 'g w /tmp/x'])}`;
}

function address(p: Picker): string {
  switch (p.int(0, 5)) {
    case 0:
      return `${p.int(1, 20)}`;
    case 1:
      return `${p.int(1, 5)},${p.one(['$', '10', '+2', '~4'])}`;
    case 2:
      return `/${p.one(REGEXES)}/`;
    case 3:
      return `\\%${p.one(REGEXES)}%`;
    case 4:
      return `/${p.one(REGEXES)}/,/${p.one(REGEXES)}/`;
    default:
      return p.one(['$', '', '', '1!']);
  }
}

function command(p: Picker): string {
  switch (p.int(0, 12)) {
    case 0:
    case 1:
    case 2:
      return substitution(p);
    case 3:
      return p.one(['d', 'p', 'n', 'N', 'D', 'P', 'G', 'H', 'h', 'g', 'x', '=', 'l', 'q', 'Q']);
    case 4:
      return `${p.one(['a', 'i', 'c'])}${p.one(['\\', ' ', ''])}${p.one(['text here', '\n  new line', 'with \\\n continued', ' ünï'])}`;
    case 5:
      return `y/${p.one(['abc', 'a-z'])}/${p.one(['xyz', 'A-Z'])}/`;
    case 6:
      return `${p.one(['b', 't', 'T', ':'])} ${p.one(['loop', 'end', 'a'])}`;
    case 7:
      return `${p.one(['r', 'w', 'W', 'R'])} ${p.one(['file.txt', '/dev/stdout'])}`;
    case 8:
      return `${p.one(['q', 'Q', 'l', 'L'])} ${p.int(0, 9)}`;
    case 9:
      return `{ ${command(p)}; ${command(p)} }`;
    default:
      return substitution(p);
  }
}

function line(p: Picker): string {
  if (p.chance(0.15)) return p.one(['# comment', '#n', '# ünï ✓', '#!/bin/sed -f']);
  return `${address(p)}${p.one(['', ' '])}${command(p)}${p.chance(0.2) ? `; ${command(p)}` : ''}${p.chance(0.1) ? ' # trailing' : ''}`;
}

const FRAGMENTS = [
  ...REGEXES,
  ...REPLACEMENTS,
  ...DELIMITERS,
  's/',
  'y/',
  '#',
  ';',
  '\\',
  '[',
  ']',
  '{',
  '}',
  'a\\',
  'b',
  ':',
  'w',
  '$',
  ',',
];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 6), () => line(p), newline)}${p.one(['\n', '\n', ''])}`;
};
export default generate;
