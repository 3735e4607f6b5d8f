import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// MATLAB and Octave as posts show them: scripts with matrices and ranges, element-wise operators,
// transposes, functions with several outputs, `if`/`for`/`while`/`switch`, plotting calls,
// cell arrays and structs, strings of both quotes (doubled quotes inside), comments of every
// form, line continuations, shell escapes; and what a paste breaks: an unclosed quote, a
// transpose and a string on one line, Unicode.
const NAMES = ['x', 'y', 'A', 'B', 'data', 'result', 'n', 'k', 'ans', 'myFunc', 'endx', 's', 'ünï', 'i'];
const BUILTINS = [
  'zeros',
  'ones',
  'size',
  'length',
  'plot',
  'disp',
  'sprintf',
  'fprintf',
  'sum',
  'max',
  'linspace',
  'figure',
  'hold',
  'xlabel',
  'numel',
  'cellfun',
  'rand',
];
const ATOMS = [
  '0',
  '1',
  '42',
  '3.14',
  '.5',
  '1.',
  '1e3',
  '2.5E-3',
  '10L',
  'pi',
  'eps',
  'Inf',
  'NaN',
  'true',
  "'text'",
  "'it''s'",
  '"string"',
  '"say ""hi"""',
  "''",
  '""',
  "'ünï ✓'",
];
const OPERATORS = [
  '+',
  '-',
  '*',
  '/',
  '\\',
  '.*',
  './',
  '.^',
  '^',
  '==',
  '~=',
  '<',
  '>=',
  '&',
  '|',
  '&&',
  '||',
  '=',
  ':',
  '@',
  '<<',
];

function expr(p: Picker, depth = 0): string {
  if (depth > 2) return p.one([...NAMES, ...ATOMS]);
  switch (p.int(0, 8)) {
    case 0:
      return `${p.one(BUILTINS)}(${p.many(p.int(0, 3), () => expr(p, depth + 1), ', ')})`;
    case 1:
      return `${expr(p, depth + 1)} ${p.one(OPERATORS)} ${expr(p, depth + 1)}`;
    case 2:
      return `[${p.many(p.int(0, 3), () => expr(p, depth + 1), p.one([' ', ', ', '; ']))}]`;
    case 3:
      return `${p.one(NAMES)}(${p.one(['1', 'end', ':', 'i, j', '2:end', 'end-1'])})${p.one(['', "'", ".'"])}`;
    case 4:
      return `{${p.many(p.int(0, 2), () => expr(p, depth + 1), ', ')}}`;
    case 5:
      return `@(${p.one(['x', 'x, y', ''])}) ${expr(p, depth + 1)}`;
    case 6:
      return `${p.one(NAMES)}.${p.one(['field', 'name', 'x'])}`;
    default:
      return p.one([...NAMES, ...ATOMS]);
  }
}

function statement(p: Picker, indent: string): string {
  switch (p.int(0, 11)) {
    case 0:
      return `${indent}${p.one(['% comment', '%% Section', '%{\nblock comment\n%}', '{% liquid-like %}', '{% over\nlines %}', '% ünï ✓', '%'])}`;
    case 1:
      return `${indent}function ${p.one(['[a, b] = f(x)', 'y = g(x, n)', 'h()', 'out = myFunc(varargin)'])}\n${indent}    ${p.one(NAMES)} = ${expr(p)};\n${indent}end`;
    case 2:
      return `${indent}if ${expr(p, 1)}\n${indent}    ${expr(p)};\n${indent}elseif ${expr(p, 2)}\n${indent}else\n${indent}end`;
    case 3:
      return `${indent}for ${p.one(['i = 1:10', 'k = 1:2:n', 'x = A'])}\n${indent}    ${expr(p)};\n${indent}end`;
    case 4:
      return `${indent}switch ${p.one(NAMES)}\n${indent}    case ${p.one(["'a'", '1', "{'x', 'y'}"])}\n${indent}        ${expr(p)};\n${indent}    otherwise\n${indent}end`;
    case 5:
      return `${indent}${p.one(NAMES)} = ${expr(p)} ...\n${indent}    ${p.one(['+ 1;', '% continued', ''])}`;
    case 6:
      return `${indent}!${p.one(['ls -la', 'echo $HOME % shell', 'git status'])}`;
    case 7:
      return `${indent}${p.one(NAMES)} = ${p.one(NAMES)}'${p.one([' * 2;', "'s transposes';", ';', " + y';"])}`;
    default:
      return `${indent}${p.chance(0.5) ? `${p.one(NAMES)} = ` : ''}${expr(p)}${p.one([';', '', ' % note', ';;'])}`;
  }
}

const FRAGMENTS = [
  ...NAMES,
  ...BUILTINS,
  ...ATOMS,
  ...OPERATORS,
  '%',
  '%{',
  '%}',
  '{%',
  '%}',
  '...',
  '!',
  "'",
  '"',
  'end',
  'function',
];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 6), () => statement(p, p.one(['', '', '    '])), newline)}${p.one(['\n', '\n', ''])}`;
};
export default generate;
