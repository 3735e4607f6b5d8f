import { jsExpression, jsStatement } from './javascript-code.js';
import type { Picker } from './random-code.js';

// TypeScript as blog posts show it, for typescript.gen.ts and tsx.gen.ts (with JSX: jsx-code.ts):
// JavaScript's statements (javascript-code.ts) and TypeScript's own: annotations with `:` and
// `?:`, interfaces, type aliases, enums, generics, classes with access modifiers, `abstract`,
// `readonly` and parameter properties, namespaces, `declare`, type-only imports, `as`, `!`,
// `satisfies`, `keyof`, type guards, optional chaining and `??`, decorators, labels and
// `default:`, and now and then something broken.

const NAMES = ['x', 'data', 'items', 'user', 'options', 'self', 'window', 'id', 'Foo', '$el', '_n'];
const TYPE_NAMES = ['Foo', 'User', 'T', 'K', 'Props', 'State', 'Error', 'Date', 'Map', 'Node'];

export function tsType(p: Picker, depth = 0): string {
  const leaf = () =>
    p.one([
      'string',
      'number',
      'boolean',
      'any',
      'unknown',
      'void',
      'never',
      'null',
      'undefined',
      'object',
      'bigint',
      'symbol',
      "'a'",
      '"b"',
      '42',
      'true',
      ...TYPE_NAMES,
    ]);
  if (depth > 2) return leaf();
  switch (p.int(0, 14)) {
    case 0:
      return `${p.one(['Array', 'Promise', 'Set', 'Readonly', 'Partial', 'Required', 'ReadonlyArray'])}<${tsType(p, depth + 1)}>`;
    case 1:
      return `${tsType(p, depth + 1)}[]`;
    case 2:
      return `${p.one(['Record', 'Map', 'Pick', 'Omit'])}<${tsType(p, depth + 1)}, ${tsType(p, depth + 1)}>`;
    case 3:
      return `${tsType(p, depth + 1)} | ${tsType(p, depth + 1)}`;
    case 4:
      return `{ ${p.many(p.int(0, 3), () => `${p.one(['a', 'name', 'id', 'readonly x', '[key: string]', 'f()', 'default', 'type'])}${p.one([':', '?:', ': ', '?: '])} ${tsType(p, depth + 1)}`, p.one(['; ', ', ']))} }`;
    case 5:
      return `(${p.one(['', 'x: number', 'a: string, b?: T', '...args: any[]'])}) => ${tsType(p, depth + 1)}`;
    case 6:
      return `${p.one(['keyof ', 'typeof ', 'readonly ', 'unique '])}${p.one(['T', 'x', 'obj', 'symbol', 'string[]'])}`;
    case 7:
      return `[${p.many(p.int(1, 3), () => tsType(p, depth + 1), ', ')}]`;
    case 8:
      return `${tsType(p, depth + 1)} & ${tsType(p, depth + 1)}`;
    case 9:
      return `T extends ${tsType(p, depth + 1)} ? ${tsType(p, depth + 1)} : ${tsType(p, depth + 1)}`;
    case 10:
      return `${p.one(TYPE_NAMES)}[${p.one(["'key'", 'number', 'K'])}]`;
    case 11:
      return `{ [P in keyof T]${p.one(['', '?', '-?'])}: T[P] }`;
    default:
      return leaf();
  }
}

function typeParams(p: Picker): string {
  return p.chance(0.6)
    ? ''
    : `<${p.one(['T', 'T, U', 'K extends keyof T', 'T = string', 'T extends object = {}', 'const T'])}>`;
}

function params(p: Picker): string {
  return p.many(
    p.int(0, 3),
    () =>
      `${p.one(['', '', '', '...', 'private ', 'public readonly ', 'readonly '])}${p.one(['a', 'b', 'value', 'opts', 'e', 'this', '{ x, y }'])}${p.one(['', '?'])}${p.chance(0.8) ? `: ${tsType(p, 1)}` : ''}${p.chance(0.15) ? ` = ${jsExpression(p, 2)}` : ''}`,
    ', ',
  );
}

export function tsExpression(p: Picker, depth: number): string {
  if (depth > 2) return jsExpression(p, 3);
  switch (p.int(0, 14)) {
    case 0:
      return `${tsExpression(p, depth + 1)} as ${p.one([tsType(p, 1), 'const', 'unknown as T'])}`;
    case 1:
      return `${p.one(NAMES)}!${p.one(['', '.x', '[0]', '()'])}`;
    case 2:
      return `${p.one(NAMES)}?.${p.one(['x', 'y?.z', '[k]', '(1)'])} ?? ${tsExpression(p, depth + 1)}`;
    case 3:
      return `<${tsType(p, 2)}>${p.one(NAMES)}`;
    case 4:
      return `${p.one(['async ', ''])}${typeParams(p)}(${params(p)})${p.chance(0.5) ? `: ${tsType(p, 1)}` : ''} => ${p.chance(0.6) ? tsExpression(p, depth + 1) : `{\n  return ${tsExpression(p, depth + 1)};\n}`}`;
    case 5:
      return `${tsExpression(p, depth + 1)} satisfies ${tsType(p, 1)}`;
    case 6:
      return `new ${p.one(['Map', 'Set', 'Foo', 'Array'])}<${tsType(p, 2)}>(${p.chance(0.5) ? tsExpression(p, depth + 1) : ''})`;
    case 7:
      return `${p.one(NAMES)}.${p.one(['get', 'map', 'filter', 'reduce'])}<${tsType(p, 2)}>(${tsExpression(p, depth + 1)})`;
    case 8:
      return `{ ${p.many(p.int(0, 3), () => `${p.one(['a', 'type', 'default', 'private', 'id', '"k"', 'is'])}: ${tsExpression(p, depth + 1)}`, ', ')} }`;
    case 9:
      return `${tsExpression(p, depth + 1)} ? ${tsExpression(p, depth + 1)} : ${tsExpression(p, depth + 1)}`;
    default:
      return jsExpression(p, depth);
  }
}

function classMember(p: Picker, pad: string): string {
  const mods = () =>
    p.one([
      '',
      '',
      'private ',
      'public ',
      'protected ',
      'static ',
      'readonly ',
      'private readonly ',
      'public static ',
      'abstract ',
      'declare ',
      'override ',
      'protected abstract ',
    ])!;
  switch (p.int(0, 6)) {
    case 0:
    case 1:
      return `${pad}${mods()}${p.one(['name', 'count', 'items', '#secret', 'type', 'default'])}${p.one(['', '?', '!'])}: ${tsType(p, 1)}${p.chance(0.4) ? ` = ${tsExpression(p, 2)}` : ''};`;
    case 2:
      return `${pad}constructor(${params(p)}) {${p.chance(0.5) ? ' super();' : ''}}`;
    case 3:
      return `${pad}${mods()}${p.one(['', 'async ', 'get ', 'set ', '*'])}${p.one(['load', 'render', 'value', 'toString'])}${typeParams(p)}(${params(p)})${p.chance(0.7) ? `: ${tsType(p, 1)}` : ''} {\n${pad}  return ${tsExpression(p, 1)};\n${pad}}`;
    case 4:
      return `${pad}@${p.one(['Input()', 'Output()', 'observable', 'HostListener("click", ["$event"])'])} ${p.one(['name', 'value'])}: ${tsType(p, 1)};`;
    case 5:
      return `${pad}${mods()}${p.one(['run', 'stop'])}(${params(p)}): ${tsType(p, 1)};`;
    default:
      return `${pad}[key: string]: ${tsType(p, 1)};`;
  }
}

export function tsStatement(p: Picker, pad: string, depth: number): string {
  const inner = () => p.many(p.int(1, 2), () => `${tsStatement(p, `${pad}  `, depth + 1)}\n`);
  switch (depth > 2 ? p.int(9, 24) : p.int(0, 24)) {
    case 0:
      return `${pad}${p.one(['', 'export ', 'declare '])}interface ${p.one(TYPE_NAMES)}${typeParams(p)}${p.one(['', ' extends Base', ' extends A, B<T>'])} {\n${p.many(p.int(0, 4), () => `${pad}  ${p.one(['', 'readonly '])}${p.one(['id', 'name', 'title', 'tags', 'type', 'default', 'is', 'new', 'get', 'static'])}${p.one([':', '?:', ': ', '?: '])} ${tsType(p, 1)}${p.one([';', ',', ''])}\n`)}${pad}}`;
    case 1:
      return `${pad}${p.one(['', 'export ', 'declare '])}type ${p.one(TYPE_NAMES)}${typeParams(p)} =${p.one([' ', '\n  | '])}${tsType(p, 0)};`;
    case 2:
      return `${pad}${p.one(['', 'export ', 'const ', 'declare ', 'export const '])}enum ${p.one(['Color', 'Kind', 'Dir'])} {${p.one(['\n', ' '])}${p.many(p.int(0, 4), () => `${p.one(['A', 'B', 'Up', 'Down', '"quoted"'])}${p.one(['', ' = 1', " = 'a'", ' = 1 << 2', ' = B + 1'])}`, p.one([', ', ',\n']))}${p.one(['', ','])}${p.one(['\n', ' '])}}`;
    case 3:
      return `${pad}${p.one(['', 'export ', 'export default ', 'export abstract ', 'abstract ', 'declare '])}class ${p.one(TYPE_NAMES)}${typeParams(p)}${p.one(['', ' extends Base', ' extends Base<T>', ' implements I', ' extends A implements B, C<T>'])} {\n${p.many(p.int(0, 4), () => `${classMember(p, `${pad}  `)}\n`)}${pad}}`;
    case 4:
      return `${pad}${p.one(['', 'export ', 'export default ', 'async ', 'export async ', 'declare '])}function${p.one(['', '*'])} ${p.one(['load', 'main', 'isFoo', 'assert'])}${typeParams(p)}(${params(p)})${p.chance(0.8) ? `: ${p.one([tsType(p, 1), 'x is Foo', 'asserts x', 'asserts x is T'])}` : ''}${p.chance(0.15) ? ';' : ` {\n${inner()}${pad}}`}`;
    case 5:
      return `${pad}${p.one(['namespace', 'module', 'declare module', 'declare namespace', 'export namespace'])} ${p.one(['App', "'lib'", 'A.B', '"*.svg"'])} {\n${inner()}${pad}}`;
    case 6:
      return `${pad}${p.one(["import type { A, B } from './types';", "import { type A, b } from 'm';", "export type { X } from './x';", 'export * from "./all";', "import foo = require('foo');", 'export = Foo;', 'declare global {', '/// <reference types="node" />', "import * as React from 'react';"])}`;
    case 7:
      return `${pad}switch (${p.one(NAMES)}) {\n${pad}  case ${p.one(['Kind.A', "'a'", '1'])}:\n${pad}    ${tsExpression(p, 1)};\n${pad}    break;\n${pad}  default:\n${pad}    ${p.one(['return;', 'throw new Error("x");', 'x = 1;'])}\n${pad}}`;
    case 8:
      return `${pad}${p.one(['outer', 'loop', 'name'])}${p.one([':', '?:', ' :'])}${p.one([' ', '\n'])}${p.one(['for (;;) {}', 'string;', 'x', '1', '{}'])}`;
    case 9:
    case 10:
    case 11:
      return `${pad}${p.one(['let', 'const', 'var', 'export const', 'declare const', 'declare let'])} ${p.one([...NAMES.slice(0, 6), '{ a, b }', '[x, y]'])}${p.one(['', '?', '!'])}${p.chance(0.7) ? `: ${tsType(p, 0)}` : ''}${p.chance(0.85) ? ` = ${tsExpression(p, 0)}` : ''};`;
    case 12:
      return `${pad}${p.one(NAMES)} ${p.one(['=', '??=', '||=', '+='])} ${tsExpression(p, 1)};`;
    case 13:
      return `${pad}return ${tsExpression(p, 1)};`;
    case 14:
      return `${pad}${p.one(['@Component({', '@Injectable()', '@decorator'])}${p.one(["\n  selector: 'app-root',\n})", ''])}\n${pad}export class ${p.one(TYPE_NAMES)} {}`;
    case 15:
      return `${pad}if (${tsExpression(p, 1)}) {\n${inner()}${pad}}`;
    case 16:
      return `${pad}for (const ${p.one(['x', '[k, v]'])} of ${tsExpression(p, 2)}) {\n${inner()}${pad}}`;
    case 17:
      return `${pad}${p.one(['try {} catch (e: unknown) {}', 'x = a\n/ 2', 'y = <T>x;', 'a?.b?.c', 'a ?? b ? c : d', 'f?.(x)', '@', 'x!.y!', 'let a = b as any as T;', 'type', 'is', '?:', 'keyof T'])}`;
    case 18:
    case 19:
    case 20:
      return jsStatement(p, pad, depth + 1);
    default:
      return `${pad}${tsExpression(p, 0)};`;
  }
}

export function tsProgram(p: Picker, pad = ''): string {
  return p.many(p.int(1, 5), () => `${tsStatement(p, pad, 0)}\n`);
}

/** TypeScript's fragments for token soup (soup.ts). */
export const TS_SOUP = [
  'interface',
  'type',
  'abstract',
  'readonly',
  'private',
  'static',
  'namespace',
  'declare',
  'keyof',
  'string',
  'number',
  'default',
  'case',
  'is',
  'as',
  'Partial',
  'Record',
  '?:',
  '?.',
  '??',
  '??=',
  '!',
  '<T>',
  '=>',
  ': ',
  'label',
  'x?',
  '${',
  '`',
  '/re/g',
  '//',
  '/*',
  '*/',
  '@dec',
];
