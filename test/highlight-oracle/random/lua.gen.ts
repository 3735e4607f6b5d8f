import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// Lua as blog posts show it (Neovim and LÖVE configs, OpenResty handlers, Redis scripts, game
// mods): locals and tables, functions named plainly, with a dot and with a colon, anonymous ones,
// method calls, the standard library (`string.format`, `table.insert`, `print`), `gsub` and its
// patterns, every number form, strings of both quotes with escapes, long strings and comments of
// any level, a shebang, and what people paste by mistake: unclosed quotes and brackets, Unicode
// names, a lone `function`.
const NAMES = [
  'x',
  'i',
  'self',
  'config',
  'vim',
  'M',
  'love',
  'ngx',
  'redis',
  'player',
  '_G',
  '_VERSION',
  '_g',
  'opts',
  'endx',
  'android',
  'not_a',
  'ünï',
  'Counter',
  'api',
];
const BUILTINS = [
  'print',
  'pairs',
  'ipairs',
  'tostring',
  'tonumber',
  'require',
  'setmetatable',
  'pcall',
  'error',
  'type',
  'string.format',
  'string.gsub',
  'string.sub',
  'table.insert',
  'table.concat',
  'math.floor',
  'math.pi',
  'math.huge',
  'io.write',
  'os.time',
  'coroutine.yield',
  'package.path',
  'vim.api',
  'ngx.say',
  'string.formatx',
];
const NUMBERS = [
  '0',
  '1',
  '42',
  '2.5',
  '.5',
  '3.',
  "2.5'",
  "1e3'",
  '1e10',
  '1E-3',
  '2e+8',
  '0x1F',
  '0xff',
  '0X',
  '5e',
  '1.5e3',
];
const STRINGS = [
  '"hello"',
  "'world'",
  '"%s = %d"',
  '"a \\"quoted\\" word"',
  "'it\\'s'",
  "'\\n\\tindented'",
  '"x\\n"',
  '"\\65\\066\\1234"',
  '"\\\\"',
  '"\\z"',
  '""',
  "''",
  '[[long string]]',
  '[==[with ]] inside]==]',
  '[[multi\nline]]',
  '"ünïcödé ✓"',
  '"-- not a comment"',
];
const PATTERNS = [
  '"(%w+)=(%w+)"',
  '"%s+"',
  '"[^%s]+"',
  '"^%s*(.-)%s*$"',
  '"%d{2,3}"',
  '"(?:x)"',
  '"[%]\\\\]"',
  '"a\\\\.b"',
  '"%2=%1"',
  '"$$"',
  '"x"$',
  '""',
];
const OPERATORS = ['+', '-', '*', '/', '%', '^', '..', '==', '~=', '<', '<=', '>', '>=', 'and', 'or', '=', '//'];
const COMMENTS = [
  '-- comment',
  '--',
  '--[[ block ]]',
  '--[==[ level\n two ]==]',
  '--[[ multi\n line ]]',
  '---@param x number',
  '-- ünï ✓',
];

function atom(p: Picker): string {
  switch (p.int(0, 11)) {
    case 0:
      return p.one(NUMBERS);
    case 1:
      return p.one(STRINGS);
    case 2:
      return `${p.one(BUILTINS)}(${p.chance(0.6) ? expr(p, 1) : ''})`;
    case 3:
      return `${p.one(NAMES)}${p.one([':', '.'])}${p.one(NAMES)}(${p.chance(0.5) ? atom(p) : ''})`;
    case 4:
      return `{${p.many(p.int(0, 3), () => (p.chance(0.5) ? `${p.one(NAMES)} = ${atom(p)}` : atom(p)), ', ')}}`;
    case 5:
      return `${p.one(NAMES)}[${atom(p)}]`;
    case 6:
      return `function(${p.one(['', 'x', 'a, b', '...'])}) ${p.one(['return 1', 'end', ''])} end`;
    case 7:
      return `${p.one(NAMES)}:gsub(${p.one(PATTERNS)}${p.chance(0.7) ? `, ${p.one([...PATTERNS, 'fn', "'r'", '1'])}` : ''}${p.chance(0.2) ? ', 1' : ''})`;
    case 8:
      return `${p.one(['not ', '-', '#'])}${p.one(NAMES)}`;
    case 9:
      return p.one(['true', 'false', 'nil', '...']);
    default:
      return p.one(NAMES);
  }
}

function expr(p: Picker, depth = 0): string {
  let text = atom(p);
  const n = depth > 1 ? 0 : p.int(0, 2);
  for (let i = 0; i < n; i++) text += ` ${p.one(OPERATORS)} ${atom(p)}`;
  return text;
}

function block(p: Picker, indent: string): string {
  return p.many(p.int(1, 2), () => statement(p, `${indent}  `), '\n');
}

function statement(p: Picker, indent: string): string {
  if (indent.length > 6) return `${indent}${expr(p, 1)}`;
  switch (p.int(0, 13)) {
    case 0:
      return `${indent}${p.one(COMMENTS)}`;
    case 1:
      return `${indent}local ${p.one(NAMES)} = ${expr(p)}`;
    case 2:
      return `${indent}${p.one(['local function ', 'function '])}${p.one(['f', 'M.new', 'Counter:bump', 'a.b.c', 'love.draw', ' spaced', '\n  next_line', ''])}(${p.one(['', 'x', 'self, n', '...'])})\n${block(p, indent)}\n${indent}end`;
    case 3:
      return `${indent}if ${expr(p)} then\n${block(p, indent)}\n${indent}${p.one(['elseif x then\n', 'else\n', ''])}${indent}end`;
    case 4:
      return `${indent}for ${p.one(['i = 1, 10', 'i = 1, #t, 2', 'k, v in pairs(t)', '_, v in ipairs(list)'])} do\n${block(p, indent)}\n${indent}end`;
    case 5:
      return `${indent}while ${expr(p, 1)} do ${p.one(['break', 'x = x + 1'])} end`;
    case 6:
      return `${indent}repeat\n${block(p, indent)}\n${indent}until ${expr(p, 1)}`;
    case 7:
      return `${indent}return ${expr(p)}`;
    case 8:
      return '';
    case 9:
      return `${indent}${p.one(NAMES)}.${p.one(NAMES)} = ${expr(p)}${p.chance(0.2) ? ` ${p.one(COMMENTS)}` : ''}`;
    default:
      return `${indent}${expr(p)}${p.chance(0.1) ? ';' : ''}`;
  }
}

const FRAGMENTS = [
  ...NAMES,
  ...BUILTINS,
  ...NUMBERS,
  ...STRINGS,
  ...PATTERNS,
  ...OPERATORS,
  ...COMMENTS,
  'function',
  'gsub',
  'gsub(',
  'local',
  'end',
  '[[',
  ']]',
  '[=[',
  '--[[',
  '"',
  "'",
  '\\',
  '#!',
];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  const shebang = p.chance(0.05) ? `#!/usr/bin/env lua${newline}` : '';
  return `${shebang}${p.many(p.int(1, 8), () => statement(p, p.one(['', '', '  ', '\t'])), newline)}${p.one(['\n', '\n', '', '\n\n'])}`;
};
export default generate;
