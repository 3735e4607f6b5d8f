import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// Julia as posts show it (data science, numerical methods, package docs): functions long and
// short, with types and `where`, structs mutable or not, macros (`@time`, `@show`), broadcasting
// (`.+`, `f.(x)`), ranges and comprehensions, strings with `$` interpolation and escapes,
// characters, transposes, every number form, symbols, comments (nested `#= =#`), Unicode names and
// operators (`π`, `≤`, `÷`, `α`); and what a paste breaks: unclosed strings and comments, a lone
// quote, an emoji, a no-break space.
const NAMES = [
  'x',
  'xs',
  'A',
  'df',
  'n',
  'α',
  'β₁',
  'push!',
  'sum',
  'println',
  'map',
  'endx',
  'Intx',
  'δt',
  'my_var',
  'ünï',
  'f!!',
];
const TYPES = [
  'Int',
  'Int64',
  'Float64',
  'String',
  'Vector{Int}',
  'Matrix{Float64}',
  'AbstractArray{T,N}',
  'Dict{Symbol,Any}',
  'Any',
  'Nothing',
  'T',
];
const ATOMS = [
  '0',
  '42',
  '1_000',
  '1.5',
  '1.',
  '.5',
  '1e3',
  '1_000.5',
  '2.5f0',
  '1_0e2',
  '0b1010',
  '0b1_0',
  '0o17',
  '0xFF',
  '0xff_ff',
  "'a'",
  "'\\n'",
  "'\\x41'",
  "'\\u00e9'",
  "'π'",
  "'ab'",
  '"hello"',
  '"x = $x, y = $(y + 1)"',
  '"$(name) $x %d"',
  '"esc \\n \\t \\" \\\\ \\u00e9 \\x41 \\101 \\q"',
  '"multi\nline"',
  'raw"C:\\\\path"',
  'r"^\\d+$"',
  'L"x"',
  'I"y"',
  'E"z"',
  '`ls -la`',
  ':sym',
  'true',
  'nothing',
  'missing',
  'π',
  'ℯ',
  'Inf',
  'NaN32',
  'im',
  '"ünï ✓"',
];
const OPERATORS = [
  '+',
  '-',
  '*',
  '/',
  '\\',
  '^',
  '==',
  '!=',
  '≠',
  '≤',
  '>=',
  '&&',
  '||',
  '.+',
  '.*',
  '=>',
  '->',
  '::',
  '<:',
  '÷',
  '%',
  '|>',
  '...',
  "'",
  '?',
];

function expr(p: Picker, depth = 0): string {
  if (depth > 2) return p.one([...NAMES, ...ATOMS]);
  switch (p.int(0, 9)) {
    case 0:
      return `${p.one(NAMES)}(${p.many(p.int(0, 2), () => expr(p, depth + 1), ', ')})`;
    case 1:
      return `${expr(p, depth + 1)} ${p.one(OPERATORS)} ${expr(p, depth + 1)}`;
    case 2:
      return `[${p.one(['', '1, 2, 3', '1 2; 3 4', `x^2 for x in 1:${p.one(['10', 'n'])}`, expr(p, depth + 1)])}]`;
    case 3:
      return `${p.one(['@time', '@show', '@assert', '@inbounds', '@.', '@views'])} ${expr(p, depth + 1)}`;
    case 4:
      return `${p.one(NAMES)}.(${expr(p, depth + 1)})`;
    case 5:
      return `${p.one(NAMES)}[${p.one(['1', 'end', 'i, j', ':', '2:end'])}]${p.one(['', "'", '.x'])}`;
    case 6:
      return `${p.one(TYPES)}(${expr(p, depth + 1)})`;
    default:
      return p.one([...NAMES, ...ATOMS]);
  }
}

function statement(p: Picker, indent: string): string {
  switch (p.int(0, 11)) {
    case 0:
      return `${indent}${p.one(['# comment', '#= block =#', '#= nested #= inner =# outer =#', '#= multi\nline =#', '## ünï ✓', '#= never closed'])}`;
    case 1:
      return `${indent}function ${p.one(['f', 'Base.show', 'my_func!', '(+)', '+', '(x)', 'ünï', ' spaced'])}(${p.one(['', 'x', 'x::Int, y=2', 'xs...; kw=1'])})${p.one(['', ' where T', '::Int'])}\n${indent}    ${expr(p)}\n${indent}end`;
    case 2:
      return `${indent}${p.one(['struct', 'mutable struct', 'abstract type', 'primitive type'])} ${p.one(['Point', 'Foo{T}', 'Bar <: Any', 'Shape end', '32 end'])}\n${indent}    ${p.one(['x::Float64', 'y', 'data::Vector{T}'])}\n${indent}end`;
    case 3:
      return `${indent}for ${p.one(['i in 1:n', 'x ∈ xs', '(k, v) in pairs(d)', 'outer i = 1:10'])}\n${indent}    ${expr(p)}\n${indent}end`;
    case 4:
      return `${indent}if ${expr(p, 1)}\n${indent}    ${expr(p)}\n${indent}elseif ${expr(p, 2)}\n${indent}else\n${indent}end`;
    case 5:
      return `${indent}${p.one(['using', 'import', 'export'])} ${p.one(['LinearAlgebra', 'DataFrames, CSV', 'Base: show', 'Plots'])}`;
    case 6:
      return `${indent}${p.one(['local ', 'global ', 'const ', ''])}${p.one(NAMES)} = ${expr(p)}`;
    case 7:
      return `${indent}${p.one(NAMES)}(${p.one(['x', 'x, y'])}) = ${expr(p)}`;
    case 8:
      return `${indent}macro ${p.one(['m', 'twice'])}(ex)\n${indent}    quote $(esc(ex)) end\n${indent}end`;
    default:
      return `${indent}${expr(p)}`;
  }
}

const FRAGMENTS = [
  ...NAMES,
  ...TYPES,
  ...ATOMS,
  ...OPERATORS,
  '#=',
  '=#',
  '#',
  '"',
  "'",
  '`',
  '$',
  '@',
  'function',
  'macro',
  'struct',
  'mutable struct',
  'end',
  '\\ ',
];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 6), () => statement(p, p.one(['', '', '    '])), p.one([newline, `${newline}${newline}`]))}${p.one(['\n', '\n', ''])}`;
};
export default generate;
