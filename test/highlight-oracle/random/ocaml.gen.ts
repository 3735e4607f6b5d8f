import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// OCaml as posts show it: `let` bindings and functions with labelled and optional arguments,
// pattern matching, variants and records, modules and functors, module paths (`List.map`,
// `Printf.printf`), polymorphic variants, comments (nested), strings with escapes, characters,
// numbers of every base; and what a paste breaks: unclosed strings and comments, a lone quote,
// Unicode.
const NAMES = [
  'x',
  'xs',
  'acc',
  'f',
  'n',
  'go',
  "x'",
  'trueish',
  'falsey',
  'ünï',
  '_',
  '_unused',
  'lst',
  'tree',
  'matcher',
];
const PATHS = [
  'List.map',
  'List.fold_left',
  'Printf.printf',
  'String.concat',
  'Hashtbl.create',
  'Foo.Bar.baz',
  'M.N',
  'Option . value',
  'Array.(0)',
  'Stdlib.( + )',
  'M.',
];
const CTORS = ['Some', 'None', 'Leaf', 'Node', 'Ok', 'Error', '`Red', '`Green'];
const ATOMS = [
  '0',
  '42',
  '1_000',
  '1.5',
  '3.',
  '1e3',
  '1.5e-3',
  '0x1F',
  '0x1e5',
  '0o17',
  '0b101',
  "'a'",
  "'\\n'",
  "'\\065'",
  "'\\x41'",
  "'.'",
  "'\\ '",
  '"hello"',
  '"esc \\n \\" \\065 \\x41 \\q"',
  '"multi\nline"',
  '"cont \\\n  next"',
  '""',
  '()',
  '[]',
  'true',
  'false',
  '"ünï ✓"',
];
const OPERATORS = [
  '+',
  '-',
  '*',
  '/',
  '+.',
  '::',
  '@',
  '^',
  '|>',
  '<>',
  '=',
  '==',
  '<=',
  '&&',
  '||',
  'mod',
  'land',
  'lsl',
  ':=',
  '!',
  '->',
  '~-',
];

function expr(p: Picker, depth = 0): string {
  if (depth > 2) return p.one([...NAMES, ...ATOMS]);
  switch (p.int(0, 9)) {
    case 0:
      return `${p.one(PATHS)} ${p.many(p.int(1, 2), () => expr(p, depth + 1), ' ')}`;
    case 1:
      return `${p.one(NAMES)} ${p.many(p.int(1, 2), () => expr(p, depth + 1), ' ')}`;
    case 2:
      return `(${expr(p, depth + 1)} ${p.one(OPERATORS)} ${expr(p, depth + 1)})`;
    case 3:
      return `[${p.many(p.int(0, 3), () => expr(p, depth + 1), '; ')}]`;
    case 4:
      return `{ ${p.one(NAMES)} = ${expr(p, depth + 1)}; ${p.one(NAMES)} : ${p.one(['int', 'string list', "'a option"])} }`;
    case 5:
      return `${p.one(CTORS)} ${expr(p, depth + 1)}`;
    case 6:
      return `fun ${p.one(NAMES)} -> ${expr(p, depth + 1)}`;
    case 7:
      return `${p.one(['~f', '?init', '~x:1', '~(x : int)'])} ${expr(p, depth + 1)}`;
    default:
      return p.one([...NAMES, ...ATOMS]);
  }
}

function item(p: Picker): string {
  switch (p.int(0, 8)) {
    case 0:
      return p.one([
        '(* comment *)',
        '(** doc ünï *)',
        '(* nested (* inner *) outer *)',
        '(*)',
        '(* multi\n   line *)',
        '(* never closed',
      ]);
    case 1:
      return `let ${p.one(['', 'rec '])}${p.one(NAMES)} ${p.many(p.int(0, 2), () => p.one(NAMES), ' ')} =\n  ${expr(p)}${p.one(['', ';;'])}`;
    case 2:
      return `let ${p.one(NAMES)} = match ${expr(p, 1)} with\n  | ${p.one(CTORS)} ${p.one(NAMES)} -> ${expr(p, 1)}\n  | _ -> ${expr(p, 2)}`;
    case 3:
      return `type ${p.one(["'a tree", 't', 'color'])} = ${p.one(["Leaf | Node of 'a tree * 'a * 'a tree", '{ name : string; mutable age : int }', '[ `Red | `Green ]', 'int'])}`;
    case 4:
      return `module ${p.one(['M', 'Make (X : S)', 'Foo'])} = ${p.one(['struct\n  let x = 1\nend', 'Bar.Baz', 'Map.Make(String)', 'sig val x : int end'])}`;
    case 5:
      return `open ${p.one(['Printf', 'Core.Std', 'Lwt.Infix'])}`;
    default:
      return `let () = ${expr(p)}`;
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
  '"',
  "'",
  '`',
  '.',
  'let',
  'in',
  'match',
  'raise',
  'Foo',
  'true',
];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 5), () => item(p), p.one([newline, `${newline}${newline}`]))}${p.one(['\n', '\n', ''])}`;
};
export default generate;
