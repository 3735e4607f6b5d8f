import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// Go as blog posts show it (HTTP handlers, CLI tools, goroutines and channels, generics, tests):
// packages and imports, structs with tags, methods on pointer receivers, conversions to the
// predeclared types (`string(b)`, `[]byte(s)`, `int64(x)`), the builtins, every number form (Go
// 1.13's `0o17`, `0b101`, `1_000` and hex floats, which Rouge 3.30 does not know), runes and
// strings with escapes good and bad, raw strings over lines, comments of both kinds, and what
// people paste by mistake: unclosed quotes and comments, Unicode names, a lone `'`.
const NAMES = [
  'x',
  'i',
  'err',
  'ctx',
  'w',
  'r',
  'b',
  's',
  'buf',
  'srv',
  'item',
  'fmt',
  'http',
  'strings',
  'os',
  'json',
  'Config',
  'Handler',
  '_',
  'format',
  'interfaces',
  'ifx',
  'newItem',
  'stringer',
  'int64Val',
  'ünï',
  'café',
  'ñ2',
  'x²',
];
const TYPES = [
  'bool',
  'byte',
  'complex64',
  'complex128',
  'error',
  'float32',
  'float64',
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'rune',
  'string',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
  'any',
  'comparable',
];
const COMPOSITE = ['[]byte', '[]string', 'map[string]int', '*Config', 'chan int', '<-chan error', '[4]int', 'func()'];
const BUILTINS = [
  'append',
  'cap',
  'close',
  'complex',
  'copy',
  'delete',
  'imag',
  'len',
  'make',
  'new',
  'panic',
  'print',
  'println',
  'real',
  'recover',
  'min',
  'max',
  'clear',
];
const NUMBERS = [
  '0',
  '1',
  '42',
  '0755',
  '08',
  '0x1F',
  '0XFF',
  '0x',
  '0o17',
  '0O7',
  '0b1010',
  '0B1',
  '1_000',
  '0x_FF',
  '1_000.5',
  '3.14',
  '1.',
  '.5',
  '1e3',
  '1E-9',
  '2.5e+10',
  '1e',
  '0x1p-2',
  '0x1.8p3',
  '2i',
  '1.5i',
  '.5i',
  '1e3i',
  '0x10i',
  '0o7i',
  '1_0i',
  '123abc',
  '0for',
];
const STRINGS = [
  '"hello"',
  '""',
  '"%d: %s <%s>\\n"',
  '"a \\"quoted\\" word"',
  '"tab\\there"',
  '"\\x41\\u00e9\\U0001F600"',
  '"\\101"',
  '"\\q bad escape"',
  '"\\\\"',
  '"ünïcödé ✓ 😀"',
  '"// not a comment"',
  '"unclosed',
  '`raw string`',
  '`raw\nover lines`',
  '`C:\\path\\n`',
  '`unclosed raw',
  '`json:"name,omitempty"`',
];
const RUNES = ["'a'", "'\\n'", "'\\''", "'\\\\'", "'\\x7f'", "'\\u00e9'", "'\\101'", "'é'", "'😀'", "'ab'", "''", "'"];
const OPERATORS = [
  '+',
  '-',
  '*',
  '/',
  '%',
  '&',
  '|',
  '^',
  '<<',
  '>>',
  '&^',
  '&&',
  '||',
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  '<-',
];
const ASSIGN = ['=', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '&^='];
const COMMENTS = [
  '// comment',
  '//',
  '// TODO: ünï ✓',
  '/* block */',
  '/* multi\n   line */',
  '/** doc */',
  '//go:generate stringer -type=Kind',
  '/* unclosed',
];

function atom(p: Picker, depth: number): string {
  switch (p.int(0, 14)) {
    case 0:
    case 1:
      return p.one(NUMBERS);
    case 2:
      return p.one(STRINGS);
    case 3:
      return p.one(RUNES);
    case 4:
      return `${p.one([...TYPES, ...COMPOSITE])}(${depth < 2 ? atom(p, depth + 1) : p.one(NAMES)})`;
    case 5:
      return `${p.one(BUILTINS)}(${p.many(p.int(0, 2), () => (depth < 2 ? expr(p, depth + 1) : p.one(NAMES)), ', ')})`;
    case 6:
      return `${p.one(NAMES)}.${p.one(NAMES)}(${depth < 2 && p.chance(0.6) ? expr(p, depth + 1) : ''})`;
    case 7:
      return `${p.one(['[]int', '[]string', 'map[string]int', 'Config', '&Config', '[...]byte'])}{${p.many(p.int(0, 3), () => (p.chance(0.4) ? `${p.one(NAMES)}: ${atom(p, 2)}` : atom(p, 2)), ', ')}}`;
    case 8:
      return `${p.one(NAMES)}[${atom(p, 2)}${p.chance(0.3) ? ':' : ''}]`;
    case 9:
      return `${p.one(['!', '-', '*', '&', '<-', '^'])}${p.one(NAMES)}`;
    case 10:
      return p.one(['true', 'false', 'nil', 'iota', 'trueish', 'nil_']);
    case 11:
      return `func(${p.one(['', 'x int', 'w http.ResponseWriter, r *http.Request'])}) ${p.one(['{}', '{ return }', 'error { return nil }'])}`;
    case 12:
      return `${p.one(NAMES)}.(${p.one([...TYPES, '*Config', 'type'])})`;
    default:
      return p.one(NAMES);
  }
}

function expr(p: Picker, depth = 0): string {
  let text = atom(p, depth);
  const n = depth > 1 ? 0 : p.int(0, 2);
  for (let i = 0; i < n; i++)
    text += `${p.one([' ', ' ', ''])}${p.one(OPERATORS)}${p.one([' ', ' ', ''])}${atom(p, depth + 1)}`;
  return text;
}

function block(p: Picker, indent: string): string {
  return p.many(p.int(1, 3), () => statement(p, `${indent}\t`), '\n');
}

function statement(p: Picker, indent: string): string {
  if (indent.length > 3) return `${indent}${expr(p, 1)}`;
  switch (p.int(0, 17)) {
    case 0:
      return `${indent}${p.one(COMMENTS)}`;
    case 1:
      return `${indent}var ${p.one(NAMES)} ${p.one([...TYPES, ...COMPOSITE])}${p.chance(0.4) ? ` = ${expr(p)}` : ''}`;
    case 2:
      return `${indent}${p.one(NAMES)}${p.chance(0.3) ? `, ${p.one(NAMES)}` : ''} ${p.one(ASSIGN)} ${expr(p)}`;
    case 3:
      return `${indent}if ${p.chance(0.3) ? 'err := f(); ' : ''}${expr(p, 1)} {\n${block(p, indent)}\n${indent}}${p.chance(0.3) ? ` else {\n${block(p, indent)}\n${indent}}` : ''}`;
    case 4:
      return `${indent}for ${p.one(['i := 0; i < n; i++', '_, v := range items', 'k, v := range m', '', 'x < 10', 'range 10'])} {\n${block(p, indent)}\n${indent}}`;
    case 5:
      return `${indent}switch ${p.one(NAMES)} {\n${indent}case ${atom(p, 2)}:\n${block(p, indent)}\n${indent}default:\n${indent}\tfallthrough\n${indent}}`;
    case 6:
      return `${indent}return ${p.chance(0.7) ? expr(p) : ''}${p.chance(0.3) ? ', nil' : ''}`;
    case 7:
      return `${indent}${p.one(['go', 'defer'])} ${p.one(NAMES)}(${p.chance(0.5) ? atom(p, 2) : ''})`;
    case 8:
      return '';
    case 9:
      return `${indent}${p.one(NAMES)} <- ${atom(p, 1)}`;
    case 10:
      return `${indent}select {\n${indent}case v := <-ch:\n${indent}\t_ = v\n${indent}case <-ctx.Done():\n${indent}\treturn\n${indent}}`;
    case 11:
      return `${indent}${p.one(NAMES)}${p.one(['++', '--'])}`;
    case 12:
      return `${indent}goto ${p.one(['end', 'retry'])}\n${p.one(['end', 'retry'])}:`;
    default:
      return `${indent}${expr(p)}${p.chance(0.1) ? ';' : ''}${p.chance(0.1) ? ` ${p.one(COMMENTS)}` : ''}`;
  }
}

function topLevel(p: Picker): string {
  switch (p.int(0, 10)) {
    case 0:
      return `package ${p.one(['main', 'feed', 'handlers_test'])}`;
    case 1:
      return p.chance(0.5)
        ? `import ${p.one(['"fmt"', 'http "net/http"', '_ "embed"', '. "strings"'])}`
        : `import (\n\t"fmt"\n\t${p.one(['"os"', 'str "strings"', '"encoding/json"'])}\n)`;
    case 2:
      return `type ${p.one(NAMES)} struct {\n${p.many(p.int(1, 3), () => `\t${p.one(NAMES)} ${p.one([...TYPES, ...COMPOSITE])}${p.chance(0.3) ? ` \`json:"${p.one(NAMES)}"\`` : ''}`, '\n')}\n}`;
    case 3:
      return `type ${p.one(NAMES)} interface {\n\t${p.one(['String() string', 'Read(p []byte) (n int, err error)', '~int | ~float64'])}\n}`;
    case 4:
      return `type ${p.one(NAMES)} ${p.one([...TYPES, ...COMPOSITE])}`;
    case 5:
      return `const ${p.one(NAMES)} = ${expr(p, 1)}`;
    case 6:
      return `const (\n\t${p.one(NAMES)} ${p.one(['= iota', 'Kind = iota + 1', '= 1 << iota'])}\n\t${p.one(NAMES)}\n)`;
    case 7:
      return p.one(COMMENTS);
    case 8:
      return '';
    default: {
      const receiver = p.chance(0.4) ? `(${p.one(NAMES)} *${p.one(NAMES)}) ` : '';
      const generic = p.chance(0.15) ? `[T ${p.one(['any', 'comparable', 'int | string', '~int'])}]` : '';
      return `func ${receiver}${p.one(NAMES)}${generic}(${p.one(['', 'x int', 'w http.ResponseWriter, r *http.Request', 'args ...string', 'ctx context.Context, id int64'])})${p.one(['', ' error', ' (string, error)', ' int', ' []byte'])} {\n${block(p, '')}\n}`;
    }
  }
}

const FRAGMENTS = [
  ...NAMES,
  ...TYPES,
  ...BUILTINS,
  ...NUMBERS,
  ...STRINGS,
  ...RUNES,
  ...OPERATORS,
  ...ASSIGN,
  ...COMMENTS,
  'func',
  'package',
  'struct',
  'interface',
  'chan',
  'map',
  'go',
  '...',
  '.',
  ':',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  ',',
  ';',
  '`',
  '"',
  "'",
  '\\',
];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.05) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 5), () => topLevel(p), newline)}${p.one(['\n', '\n', '', '\n\n'])}`;
};
export default generate;
