import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// F# as posts show it: `let` bindings and functions, pipelines (`|>`, `>>`), pattern matching,
// records, unions and classes with members, computation expressions (`async { let! … }`, `seq`),
// module paths (`List.map`, `System.IO.File`), arrays and lists, attributes, ``` ``odd names`` ```,
// comments of both forms, strings and characters; and what a paste breaks: unclosed strings and
// comments, a lone quote or backtick, Unicode.
const NAMES = [
  'x',
  'xs',
  'acc',
  'f',
  'n',
  'items',
  "x'",
  '_',
  '_unused',
  'result',
  '``my name``',
  'trueish',
  'ünï',
  'lettuce',
];
const PATHS = [
  'List.map',
  'List.filter',
  'Seq.sum',
  'printfn',
  'System.IO.File.ReadAllText',
  'Array.zeroCreate',
  'Option.defaultValue',
  'M.(x)',
  'M.[0]',
  'Foo . Bar',
];
const CTORS = ['Some', 'None', 'Ok', 'Error', 'Circle', 'Person'];
const ATOMS = [
  '0',
  '42',
  '1_000',
  '1.5',
  '1e3',
  '2.5e-3',
  '0x1F',
  '0o17',
  '0b101',
  '10L',
  '3.0f',
  "'a'",
  "'\\n'",
  "'.'",
  '"hello"',
  '"esc \\n \\" \\065 \\q"',
  '"multi\nline"',
  '@"verbatim \\ path"',
  '$"interp {x}"',
  '""',
  '()',
  '[]',
  'true',
  'null',
  '"ünï ✓"',
];
const OPERATORS = [
  '+',
  '-',
  '*',
  '/',
  '|>',
  '>>',
  '<|',
  '::',
  '@',
  '=',
  '<>',
  '<=',
  '&&',
  '||',
  ':=',
  '->',
  '<-',
  '%',
  '**',
  '?',
  '!',
];

function expr(p: Picker, depth = 0): string {
  if (depth > 2) return p.one([...NAMES, ...ATOMS]);
  switch (p.int(0, 9)) {
    case 0:
      return `${p.one(PATHS)} ${p.many(p.int(1, 2), () => expr(p, depth + 1), ' ')}`;
    case 1:
      return `${expr(p, depth + 1)} ${p.one(OPERATORS)} ${expr(p, depth + 1)}`;
    case 2:
      return `${p.one(['[', '[|', '('])}${p.many(p.int(0, 3), () => expr(p, depth + 1), p.one(['; ', ', ']))}${p.one([']', '|]', ')'])}`;
    case 3:
      return `{ ${p.one(NAMES)} = ${expr(p, depth + 1)} }`;
    case 4:
      return `${p.one(CTORS)} ${expr(p, depth + 1)}`;
    case 5:
      return `fun ${p.one(NAMES)} -> ${expr(p, depth + 1)}`;
    case 6:
      return `${p.one(['async', 'seq', 'task'])} { ${p.one(['let!', 'do!', 'return', 'yield', 'return!', 'use!'])} ${expr(p, depth + 1)} }`;
    default:
      return p.one([...NAMES, ...ATOMS]);
  }
}

function item(p: Picker): string {
  switch (p.int(0, 9)) {
    case 0:
      return p.one([
        '// comment',
        '/// <summary>doc</summary>',
        '(* block *)',
        '(* nested (* x *) *)',
        '(*)',
        '(* never closed',
      ]);
    case 1:
      return `let ${p.one(['', 'rec ', 'inline ', 'mutable ', 'private '])}${p.one(NAMES)} ${p.many(p.int(0, 2), () => p.one([...NAMES, '(x: int)']), ' ')} =\n    ${expr(p)}`;
    case 2:
      return `match ${expr(p, 1)} with\n| ${p.one(CTORS)} ${p.one(NAMES)} -> ${expr(p, 1)}\n| _ when ${expr(p, 2)} -> ${expr(p, 2)}\n| _ -> ()`;
    case 3:
      return `type ${p.one(['Shape', 'Person', "'a Tree"])} =\n    ${p.one(['| Circle of float\n    | Square of float', '{ Name: string; Age: int }', 'class end', 'interface\n        abstract member Area: float'])}`;
    case 4:
      return `${p.one(['module', 'namespace', 'open'])} ${p.one(['MyApp', 'System.Collections.Generic', 'Foo.Bar'])}`;
    case 5:
      return `[<${p.one(['EntryPoint', 'Literal', 'DllImport("x")'])}>]`;
    case 6:
      return `    member ${p.one(['this', 'x', '_'])}.${p.one(['Area', 'Name', 'Run'])}${p.one(['', '()', ' with get() = 1'])} = ${expr(p, 1)}`;
    default:
      return `${expr(p)}${p.chance(0.2) ? ' // trailing' : ''}`;
  }
}

const FRAGMENTS = [
  ...NAMES,
  ...PATHS,
  ...CTORS,
  ...ATOMS,
  ...OPERATORS,
  '(*',
  '*)',
  '//',
  '"',
  "'",
  '`',
  '``',
  '.',
  'let!',
  'member',
  '[<',
  '>]',
  '{|',
  '|}',
  '_',
];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 6), () => item(p), p.one([newline, `${newline}${newline}`]))}${p.one(['\n', '\n', ''])}`;
};
export default generate;
