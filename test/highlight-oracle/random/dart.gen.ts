import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// Dart and Flutter as posts show them: imports with `show`/`as`, classes with fields,
// constructors and methods, widgets' `build` with named arguments, `async`/`await`, generics,
// null safety (`?`, `!`, `late`, `required`), string interpolation, annotations, cascades and
// collections; and what a paste breaks: unclosed strings and comments, a lone `$`, odd escapes,
// a declaration spread over lines, Unicode.
const TYPES = [
  'void',
  'int',
  'String',
  'double',
  'bool',
  'dynamic',
  'var',
  'final',
  'Future<void>',
  'List<int>',
  'Map<String, dynamic>',
  'Widget',
  'Foo',
  'static int',
  'int?',
  'List',
  'Stream<int>',
];
const NAMES = [
  'main',
  'build',
  'fetch',
  'x',
  'count',
  'name',
  'items',
  '_private',
  'context',
  'setState',
  'value',
  'asyncX',
  'isEmpty',
  'ünï',
  'thisName',
];
const STRINGS = [
  "'hello'",
  '"world"',
  "'Hello, $name!'",
  `"\${x + 1} items"`,
  "'a\\'b \\n \\t \\\\'",
  '"\\u00e9 \\x41"',
  "'cost $'",
  "r'raw \\n'",
  'r"raw $x"',
  "''",
  '"""triple"""',
  `'\${a{b}}'`,
  '"ünï ✓"',
];
const NUMBERS = ['0', '1', '42', '3.14', '.5', '1e5', '1.5e-3', '0xFF', '10L', '100'];

function expr(p: Picker, depth = 0): string {
  if (depth > 2) return p.one([...NAMES, ...NUMBERS, ...STRINGS]);
  switch (p.int(0, 9)) {
    case 0:
      return p.one(STRINGS);
    case 1:
      return `${p.one(NAMES)}(${p.many(p.int(0, 2), () => (p.chance(0.4) ? `${p.one(NAMES)}: ${expr(p, depth + 1)}` : expr(p, depth + 1)), ', ')})`;
    case 2:
      return `${p.one(NAMES)}.${p.one(NAMES)}${p.chance(0.5) ? '()' : ''}`;
    case 3:
      return `${expr(p, depth + 1)} ${p.one(['+', '-', '*', '/', '==', '!=', '&&', '||', '??', '<', '>', '~/', '%', 'is', 'as'])} ${expr(p, depth + 1)}`;
    case 4:
      return `[${p.many(p.int(0, 3), () => expr(p, depth + 1), ', ')}]`;
    case 5:
      return `{${p.many(p.int(0, 2), () => `${p.one(STRINGS)}: ${expr(p, depth + 1)}`, ', ')}}`;
    case 6:
      return `${p.one(['await ', 'new ', 'const ', '!', '-'])}${expr(p, depth + 1)}`;
    case 7:
      return `(${p.one(['', 'x', 'a, b'])}) ${p.one(['=> ', ''])}${p.one(['{}', expr(p, depth + 1)])}`;
    default:
      return p.one([...NAMES, ...NUMBERS, 'true', 'false', 'null', 'this', '#sym', '#', `${p.one(NAMES)}!`]);
  }
}

function statement(p: Picker, indent: string): string {
  switch (p.int(0, 8)) {
    case 0:
      return `${indent}${p.one(['// comment', '/// doc ünï', '/* block */', '/* multi\n line */'])}`;
    case 1:
      return `${indent}${p.one(TYPES)} ${p.one(NAMES)} = ${expr(p)};`;
    case 2:
      return `${indent}if (${expr(p)}) {\n${indent}  return ${expr(p)};\n${indent}}${p.chance(0.3) ? ' else {}' : ''}`;
    case 3:
      return `${indent}for (var i = 0; i < ${p.one(NUMBERS)}; i++) ${p.one(['{}', 'print(i);'])}`;
    default:
      return `${indent}${expr(p)};`;
  }
}

function member(p: Picker): string {
  switch (p.int(0, 5)) {
    case 0:
      return `  ${p.one(['final ', 'late ', 'static const ', ''])}${p.one(TYPES)} ${p.one(NAMES)}${p.chance(0.5) ? ` = ${expr(p, 1)}` : ''};`;
    case 1:
      return `  ${p.one(['const ', ''])}${p.one(['Foo', 'MyWidget'])}(${p.one(['', '{super.key}', '{required this.name}', 'this.x, [this.y = 0]'])});`;
    case 2:
      return `  @override\n  ${p.one(TYPES)} ${p.one(NAMES)}(${p.one(['', 'BuildContext context', 'int x, {String? y}'])}) ${p.one(['async ', ''])}{\n${p.many(p.int(1, 3), () => statement(p, '    '), '\n')}\n  }`;
    default:
      return `  ${p.one(TYPES)} get ${p.one(NAMES)} => ${expr(p, 1)};`;
  }
}

function topLevel(p: Picker): string {
  switch (p.int(0, 7)) {
    case 0:
      return `${p.one(['import', 'export', 'part', 'part of', 'library'])} ${p.one(["'package:flutter/material.dart'", "'dart:async'", 'foo', '"x.dart"'])}${p.one(['', ' show Foo, bar', ' hide x', ' as m', ' deferred as d'])};`;
    case 1:
      return `${p.one(['', 'abstract ', '@immutable\n'])}${p.one(['class', 'mixin', 'interface', 'enum'])} ${p.one(['Foo', 'MyWidget', '_State', '{', ''])}${p.one(['', ' extends StatelessWidget', ' with M implements I', '<T>'])} {\n${p.many(p.int(0, 3), () => member(p), '\n')}\n}`;
    case 2:
      return `${p.one(TYPES)}${p.one([' ', '\n', '  '])}${p.one(NAMES)}${p.one(['', ' '])}(${p.one(['', 'List<String> args', 'int n'])}) ${p.one(['async ', ''])}{\n${p.many(p.int(1, 3), () => statement(p, '  '), '\n')}\n}`;
    case 3:
      return `${p.one(TYPES)} ${p.one(NAMES)} = ${expr(p)};`;
    default:
      return statement(p, p.one(['', '  ']));
  }
}

const FRAGMENTS = [
  ...TYPES,
  ...NAMES,
  ...STRINGS,
  ...NUMBERS,
  'class',
  'import',
  ';',
  '"',
  "'",
  '$',
  '${',
  '/*',
  '//',
  '#',
  '@',
  'r"',
  'part of',
  'show',
  '(',
  'main(',
];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 5), () => topLevel(p), p.one([newline, `${newline}${newline}`]))}${p.one(['\n', '\n', ''])}`;
};
export default generate;
