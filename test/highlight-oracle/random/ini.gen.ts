import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// INI files as blog posts show them (php.ini, my.cnf, a .gitconfig, tox.ini and setup.cfg,
// Windows desktop.ini, systemd-like and Ansible inventories): `[section]` headers (with quoted
// subsections, dots and spaces), `key = value` with blanks or tabs around the `=`, values with
// paths, URLs, lists, quotes and escapes, a `\` at a line's end carrying the value on, comments
// with `;` and `#` on their own lines, in runs, indented and where a value starts, blank lines,
// CRLF, non-ASCII, and what people paste that is no INI to Rouge (`key: value`, a key with no `=`,
// an unclosed section or quote, a stray `]`).
const SECTIONS = [
  '[general]',
  '[core]',
  '[remote "origin"]',
  '[branch "main"]',
  '[user]',
  '[mysqld]',
  '[PHP]',
  '[tox:py39]',
  '[testenv]',
  '[section with spaces]',
  '[a.b.c]',
  '[]',
  '[ünïcode]',
  '[web:children]',
  '[a][b]',
  '[unclosed',
  ']stray',
];
const KEYS = [
  'name',
  'email',
  'url',
  'fetch',
  'repositoryformatversion',
  'filemode',
  'memory_limit',
  'max_execution_time',
  'extension',
  'bind-address',
  'key_buffer_size',
  'envlist',
  'deps',
  'commands',
  'IconResource',
  'date.timezone',
  'x',
  '1',
  '.hidden',
  '-',
  'größe',
  'ключ',
  'key with space',
];
const VALUES = [
  'kiln',
  'true',
  '0',
  '128M',
  '-1',
  'Europe/Berlin',
  'git@github.com:user/repo.git',
  '+refs/heads/*:refs/remotes/origin/*',
  'https://example.com/path?a=1#frag',
  'C:\\Windows\\System32\\shell32.dll,4',
  'C:\\\\Program Files\\\\App',
  'py39, py310, lint',
  'pytest {posargs}',
  '127.0.0.1',
  '%(here)s/data',
  `\${HOME}/.config`,
  '"quoted value"',
  '"with \\"escapes\\""',
  '"over\nlines"',
  '"unclosed',
  "'single'",
  "'unclosed",
  "it's",
  '[not a section]',
  'a = b',
  'value ; not a comment?',
  'value # nor this',
  '; a comment where the value starts',
  '# so is this',
  '\\;escaped',
  'tab\\there',
  'ünïcödé ✓',
  '😀 \\😀',
  '',
  '   ',
  'one \\\n    two',
  'one \\\n    two \\\n    three',
  '\\',
];
const COMMENTS = [
  '; a comment',
  ';no space',
  '# hash comment',
  ';',
  '#',
  '; ünïcode ✓',
  ';;;;;;;;;;;;;;;;;;;',
  '; key = value in a comment',
  '# [section] in a comment',
];

function line(p: Picker): string {
  const pad = p.one(['', '', '', '', '  ', '\t']);
  switch (p.int(0, 11)) {
    case 0:
    case 1:
      return `${pad}${p.one(COMMENTS)}`;
    case 2:
      return '';
    case 3:
    case 4:
      return `${p.chance(0.2) ? pad : ''}${p.one(SECTIONS)}`;
    case 5:
      return `${pad}${p.one(KEYS)}${p.one([' ', ': ', ':'])}${p.one(VALUES)}`;
    default: {
      const sign = p.one(['=', '=', ' = ', ' = ', '  =  ', '\t=\t', ' =', '= ']);
      return `${pad}${p.one(KEYS)}${sign}${p.one(VALUES)}${p.chance(0.1) ? p.one([' ', '  ', ` ${p.one(COMMENTS)}`]) : ''}`;
    }
  }
}

const FRAGMENTS = [...SECTIONS, ...KEYS, ...VALUES, ...COMMENTS, '=', '[', ']', '"', "'", '\\', '\\\n', ';', '#'];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 14), () => line(p), newline)}${p.one(['\n', '\n', '', '\n\n'])}`;
};
export default generate;
