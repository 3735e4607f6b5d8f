import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// Erlang as posts show it (OTP servers, escripts, rebar configs): module attributes and
// directives, functions of several clauses with guards, `case`/`receive`/`try`, records and maps,
// binaries, list comprehensions, calls to modules and BIFs, macros, format strings with `~p`,
// characters, numbers in bases, comments; and what a paste breaks: an unclosed string or quoted
// atom, a directive with a capital, a comment on the last line, Unicode.
const ATOMS = [
  'ok',
  'error',
  'true',
  'undefined',
  'state',
  'foo',
  'reply',
  "'EXIT'",
  "'quoted atom'",
  "'it\\'s'",
  'infinity',
  'noreply',
  'ünï',
];
const VARS = ['X', 'State', 'From', 'Pid', 'Acc', '_', '_Ignored', 'T', 'H', 'Reason', 'N'];
const FUNCS = ['init', 'handle_call', 'loop', 'start_link', 'fact', 'sum', 'f', 'endx', 'sizex'];
const BIFS = [
  'length',
  'hd',
  'tl',
  'self',
  'spawn',
  'element',
  'size',
  'is_list',
  'atom_to_list',
  'round',
  'put',
  'get',
];
const MODULES = ['io', 'lists', 'gen_server', 'maps', 'erlang', 'ets', 'my_mod'];
const NUMBERS = [
  '0',
  '1',
  '42',
  '3.14',
  '-1',
  '2#1010',
  '16#FF',
  '36#ZZ',
  '1.0e3',
  '$a',
  '$\\n',
  '$ ',
  '$\\\\',
  '$"',
  '$\\^A',
  '$\\101',
];
const STRINGS = [
  '"hello"',
  '"~p~n"',
  '"Value: ~s ~w~n"',
  '"~10.2f"',
  '"esc \\" \\n \\t"',
  '"~"',
  '""',
  '"bad \\q"',
  '"multi\nline"',
  '"ünï ✓"',
];
const OPERATORS = [
  '+',
  '-',
  '*',
  '/',
  '++',
  '--',
  '=:=',
  '=/=',
  '==',
  '/=',
  '=<',
  '>=',
  '<',
  '>',
  '!',
  '=',
  '<-',
  'and',
  'andalso',
  'orelse',
  'div',
  'rem',
  'bor',
  'not',
];

function expr(p: Picker, depth = 0): string {
  if (depth > 2) return p.one([...ATOMS, ...VARS, ...NUMBERS]);
  switch (p.int(0, 11)) {
    case 0:
      return p.one(STRINGS);
    case 1:
      return `${p.one(MODULES)}:${p.one([...FUNCS, 'format', 'map', 'foldl'])}(${p.many(p.int(0, 2), () => expr(p, depth + 1), ', ')})`;
    case 2:
      return `${p.one([...BIFS, ...FUNCS])}${p.one(['', ' '])}(${p.many(p.int(0, 2), () => expr(p, depth + 1), ', ')})`;
    case 3:
      return `{${p.many(p.int(0, 3), () => expr(p, depth + 1), ', ')}}`;
    case 4:
      return `[${p.one(['', 'H | T', `X || X <- ${p.one(VARS)}, X > 0`, `${expr(p, depth + 1)}, ${expr(p, depth + 1)}`])}]`;
    case 5:
      return `<<${p.one(['', '"bin"', 'X:8', 'Size:16/integer', '1,2,3'])}>>`;
    case 6:
      return `#${p.one(['state', 'rec', "'q'"])}{${p.one(['', 'a = 1', 'count = N + 1'])}}`;
    case 7:
      return `#{${p.one(['', 'a => 1', 'key := V'])}}`;
    case 8:
      return `?${p.one(['MODULE', 'LINE', 'my_macro', 'SERVER'])}`;
    case 9:
      return `${expr(p, depth + 1)} ${p.one(OPERATORS)} ${expr(p, depth + 1)}`;
    case 10:
      return `fun(${p.one(VARS)}) -> ${expr(p, depth + 1)} end`;
    default:
      return p.one([...ATOMS, ...VARS, ...NUMBERS]);
  }
}

function body(p: Picker, indent: string): string {
  switch (p.int(0, 5)) {
    case 0:
      return `${indent}case ${expr(p)} of\n${indent}    ${expr(p, 2)} -> ${expr(p)};\n${indent}    _ -> ${expr(p, 2)}\n${indent}end`;
    case 1:
      return `${indent}receive\n${indent}    {${p.one(ATOMS)}, ${p.one(VARS)}} -> ${expr(p)}\n${indent}after 1000 -> timeout\n${indent}end`;
    case 2:
      return `${indent}try ${expr(p)}\n${indent}catch\n${indent}    ${p.one(['error', 'throw', 'exit'])}:${p.one(VARS)} -> ${expr(p, 2)}\n${indent}end`;
    case 3:
      return `${indent}${p.one(VARS)} = ${expr(p)}`;
    default:
      return `${indent}${expr(p)}`;
  }
}

function form(p: Picker): string {
  switch (p.int(0, 7)) {
    case 0:
      return `-${p.one(['module', 'export', 'import', 'behaviour', 'include', 'define', 'record', 'spec', 'type', 'ifdef', 'endif', 'Foo', ' module', '-'])}${p.one([`(${p.one(ATOMS)}).`, '([start/0, init/1]).', `(${p.one(['MAX', 'name', 'Foo'])}, ${expr(p, 2)}).`, '(rec, {a, b = 1 :: integer()}).', '.', '("file.hrl").'])}`;
    case 1:
      return p.one(['% comment', '%% Section', '%%% ünï ✓', '%']);
    default:
      return `${p.one(FUNCS)}(${p.many(p.int(0, 2), () => p.one([...VARS, ...ATOMS, '[]', '[H|T]', '0']), ', ')})${p.chance(0.3) ? ` when ${p.one(['is_integer(N)', 'N > 0', 'X =:= 1'])}` : ''} ->\n${p.many(p.int(1, 3), () => body(p, '    '), ',\n')}${p.one(['.', ';', '.'])}`;
  }
}

const FRAGMENTS = [
  ...ATOMS,
  ...VARS,
  ...FUNCS,
  ...BIFS,
  ...NUMBERS,
  ...STRINGS,
  ...OPERATORS,
  '-',
  '%',
  '"',
  "'",
  '$',
  '?',
  '#',
  '<<',
  '>>',
  '~',
  '\\',
  '(',
  ')',
  ':',
  '->',
];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 5), () => form(p), p.one([newline, `${newline}${newline}`]))}${p.one(['\n', '\n', ''])}`;
};
export default generate;
