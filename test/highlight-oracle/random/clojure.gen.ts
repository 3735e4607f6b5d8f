import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// Clojure and ClojureScript as posts show them: `ns` forms with requires, `defn` with docstrings
// and argument vectors, `let` and threading macros, maps with keywords, sets, regexes, reader
// macros (`#(…)`, `'`, `` ` ``, `~@`, `^:meta`, `@atom`), characters, numbers of every sign and
// form, comments; and what a paste breaks: unclosed strings and lists, Unicode names, commas.
const NAMES = [
  'x',
  'xs',
  'acc',
  'post',
  'posts',
  'word-count',
  'str/join',
  'clojure.string',
  'reagent.core',
  'my.ns',
  'valid?',
  'swap!',
  '*out*',
  '->Thing',
  'a->b',
  'ünï',
  'f',
  '.method',
  'Foo.',
  'java.util.Date',
];
const BUILTINS = [
  'map',
  'filter',
  'reduce',
  'count',
  'str',
  'println',
  'assoc',
  'get',
  'first',
  'rest',
  'inc',
  'when',
  'not=',
  'into',
  'zipper',
  "zipper'",
  'comment',
  'doseq',
  '+',
  '->',
  '/',
];
const KEYWORDS = [
  'fn',
  'def',
  'defn',
  'defn-',
  'let',
  'if',
  'cond',
  'for',
  'defmacro',
  'defmulti',
  'defmethod',
  'loop',
  'recur',
  'ns',
  'do',
];
const ATOMS = [
  '0',
  '1',
  '-1',
  '42',
  '3.14',
  '-2.5',
  '1e3',
  '0x1F',
  '1/2',
  '22N',
  '1.5M',
  ':key',
  '::local',
  ':ns/key',
  ':a.b',
  "'sym",
  "'(1 2)",
  '\\a',
  '\\newline',
  '\\space',
  '\\\\',
  '\\(',
  '\\ü',
  '"text"',
  '"with \\"quotes\\""',
  '"multi\nline"',
  '"\\\\"',
  '""',
  '#"\\d+"',
  '#"[a-z]+"',
  'nil',
  'true',
  'false',
  '@state',
  "#'var",
  '#{1 2}',
  '#_ignored',
];

function form(p: Picker, depth = 0): string {
  if (depth > 2) return p.one([...ATOMS, ...NAMES]);
  switch (p.int(0, 9)) {
    case 0:
      return `(${p.one(BUILTINS)} ${p.many(p.int(1, 3), () => form(p, depth + 1), ' ')})`;
    case 1:
      return `(${p.one(NAMES)}${p.many(p.int(0, 2), () => ` ${form(p, depth + 1)}`)})`;
    case 2:
      return `[${p.many(p.int(0, 3), () => form(p, depth + 1), p.one([' ', ', ']))}]`;
    case 3:
      return `{${p.many(p.int(0, 2), () => `${p.one(ATOMS.filter((a) => a.startsWith(':')))} ${form(p, depth + 1)}`, ', ')}}`;
    case 4:
      return `(${p.one(['->', '->>', 'let', 'when-let', 'if', 'fn'])} ${p.one(['[x 1]', '[]', 'x', `[${p.one(NAMES)} ${form(p, depth + 1)}]`])}\n${'  '.repeat(depth + 1)}${form(p, depth + 1)})`;
    case 5:
      return `${p.one(['#(', "'(", '`(', '(', '( '])}${p.one([...BUILTINS, ...NAMES, ...KEYWORDS])} %${p.one(['', ' ~x', ' ~@xs', ' %2'])})`;
    case 6:
      return `${p.one(['^:private ', '^String ', '@', '~', '#'])}${form(p, depth + 1)}`;
    default:
      return p.one([...ATOMS, ...NAMES]);
  }
}

function topLevel(p: Picker): string {
  switch (p.int(0, 6)) {
    case 0:
      return p.one([';; comment', '; ünï ✓', ';', '(comment\n  (f 1))', '#_(ignored form)']);
    case 1:
      return `(ns ${p.one(NAMES)}\n  (:require [${p.one(NAMES)} :as ${p.one(['str', 's', 'r'])}]${p.chance(0.5) ? `\n            [${p.one(NAMES)} :refer [${p.one(NAMES)}]]` : ''}))`;
    case 2:
      return `(${p.one(['defn', 'defn-', 'defmacro'])} ${p.one(NAMES)}\n  ${p.chance(0.5) ? '"Docstring."\n  ' : ''}[${p.many(p.int(0, 3), () => p.one(NAMES), ' ')}]\n  ${form(p, 1)})`;
    case 3:
      return `(def ${p.chance(0.3) ? '^:dynamic ' : ''}${p.one(NAMES)} ${form(p, 1)})`;
    default:
      return form(p);
  }
}

const FRAGMENTS = [
  ...NAMES,
  ...BUILTINS,
  ...KEYWORDS,
  ...ATOMS,
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '"',
  ';',
  '\\',
  '#',
  "'",
  ':',
  '::',
  '~@',
  '0x',
  '-',
];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 5), () => topLevel(p), p.one([newline, `${newline}${newline}`]))}${p.one(['\n', '\n', ''])}`;
};
export default generate;
