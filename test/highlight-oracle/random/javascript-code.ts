import type { Picker } from './random-code.js';

// JavaScript as blog posts show it, for javascript.gen.ts and the scripts of html.gen.ts:
// declarations, functions and arrows, classes, object literals, regexes where an expression
// starts and divisions where one ends, template strings with substitutions, switch and labels,
// ternaries, optional chaining, imports, decorators, every number form, strings with escapes,
// comments, and now and then something broken (an unclosed string, regex or comment).

const NAMES = ['x', 'i', 'data', 'el', 'result', 'count', 'self', 'window', 'document', 'options', 'Foo', '$el', '_id'];
const CALLS = [
  'log',
  'map',
  'filter',
  'then',
  'push',
  'addEventListener',
  'querySelector',
  'fetch',
  'parseInt',
  'resolve',
];

export function jsNumber(p: Picker): string {
  return p.one([
    () => String(p.int(0, 999)),
    () => `${p.int(0, 9)}.${p.int(0, 99)}`,
    () => `.${p.int(1, 9)}`,
    () => `${p.int(1, 9)}e${p.one(['', '+', '-'])}${p.int(0, 9)}`,
    () => `${p.int(1, 9)}.5e${p.int(0, 9)}`,
    () => `0${p.one(['x', 'X'])}${p.one(['ff', '1A', '0'])}`,
    () => `0${p.one(['o', 'O'])}${p.one(['17', '7_7'])}`,
    () => `0${p.one(['b', 'B'])}${p.one(['1010', '1_0'])}`,
    () => `${p.int(1, 9)}_000`,
    () => `${p.int(1, 99)}n`,
    () => `1.5${p.one(['f', 'd'])}`,
  ])();
}

export function jsString(p: Picker): string {
  const escaped = () => p.one(['\\n', '\\t', "\\'", '\\"', '\\\\', '\\x41', '\\u0041', '\\r', '\\', '\\0'])!;
  // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript's own ${…}, in a plain string
  const text = () => p.one(['hello', 'a b', '', 'it', '<b>', '/path/', '${x}', '// no', 'é', '😀'])!;
  switch (p.int(0, 6)) {
    case 0:
    case 1:
      return `"${text()}${p.chance(0.4) ? escaped() : ''}${text()}"`;
    case 2:
    case 3:
      return `'${text()}${p.chance(0.4) ? escaped() : ''}${text()}'`;
    case 4:
      return `\`${text()}${p.chance(0.6) ? `\${${p.one([...NAMES, 'a + b', 'f(`in`)', '{ a: 1 }.a', 'x ? y : z'])}}` : ''}${p.one(['', '\\`', '$', '\\$', 'line\nline', '${'])}\``;
    case 5:
      return p.one(['"unclosed', "'unclosed", '`unclosed']);
    default:
      return `"${escaped()}"`;
  }
}

export function jsRegex(p: Picker): string {
  return `/${p.one(['ab+c', '^\\d{3}-\\d{4}$', '[a-z/]+', '[^\\]]*', '(?:x|y)?', '\\/path\\/', '(?=a)b', '(?<n>\\w)', 'a{2,3}', '[', '.*', '\\😀', '[😀]', 'é+\nx'])}/${p.one(['', 'g', 'gi', 'm', 'u', 'y', 'gimuy', 's'])}`;
}

export function jsExpression(p: Picker, depth: number): string {
  const leaf = () =>
    p.one([
      () => p.one(NAMES),
      () => jsNumber(p),
      () => jsString(p),
      () => p.one(['true', 'false', 'null', 'undefined', 'NaN', 'Infinity', 'this', 'super', 'new Date()', 'Math.PI']),
    ])();
  if (depth > 2) return leaf();
  switch (p.int(0, 16)) {
    case 0:
      return `${p.one(NAMES)}.${p.one(CALLS)}(${p.many(p.int(0, 2), () => jsExpression(p, depth + 1), ', ')})`;
    case 1:
      return `${jsExpression(p, depth + 1)} ${p.one(['+', '-', '*', '/', '%', '**', '===', '!==', '==', '<', '>=', '&&', '||', '??', '&', '|', '^', '<<', '>>>', 'instanceof', 'in'])} ${jsExpression(p, depth + 1)}`;
    case 2:
      return `${p.one(['!', '-', '+', '~', 'typeof ', 'void ', 'delete ', 'await ', '...', '++', '--'])}${jsExpression(p, depth + 1)}`;
    case 3:
      return `(${p.one(['', 'a', 'a, b', '{ x, y }', '...args'])}) => ${p.chance(0.5) ? jsExpression(p, depth + 1) : `{\n  return ${jsExpression(p, depth + 1)};\n}`}`;
    case 4:
      return `{ ${p.many(p.int(0, 3), () => p.one([() => `${p.one(['a', 'key', '"quoted"', "'q'", '[k]', 'get', 'default'])}: ${jsExpression(p, depth + 1)}`, () => p.one(NAMES), () => `m() { return 1; }`, () => `...rest`])(), ', ')} }`;
    case 5:
      return `[${p.many(p.int(0, 3), () => jsExpression(p, depth + 1), ', ')}]`;
    case 6:
      return jsRegex(p);
    case 7:
      return `${jsExpression(p, depth + 1)} ? ${jsExpression(p, depth + 1)} : ${jsExpression(p, depth + 1)}`;
    case 8:
      return `${p.one(NAMES)}${p.one(['?.x', '?.[0]', '?.()', '[i]', '.length', '++', '--'])}`;
    case 9:
      return `function ${p.one(['', 'named', '*gen'])}(${p.one(['', 'a, b', 'x = 1'])}) { ${p.one(['return a;', '', 'yield 1;'])} }`;
    case 10:
      return `new ${p.one(['Promise', 'Map', 'Foo', 'RegExp'])}(${jsExpression(p, depth + 1)})`;
    case 11:
      return `${p.one(NAMES)} / ${p.one(['2', 'n', 'total'])} / ${p.one(['3', 'x'])}`;
    case 12:
      return `(${jsExpression(p, depth + 1)})`;
    default:
      return leaf();
  }
}

export function jsStatement(p: Picker, pad: string, depth: number): string {
  const inner = () => p.many(p.int(1, 2), () => `${jsStatement(p, `${pad}  `, depth + 1)}\n`);
  switch (depth > 2 ? p.int(8, 20) : p.int(0, 20)) {
    case 0:
      return `${pad}if (${jsExpression(p, 1)}) {\n${inner()}${pad}}${p.chance(0.4) ? ` else {\n${inner()}${pad}}` : ''}`;
    case 1:
      return `${pad}for (${p.one(['let i = 0; i < n; i++', 'const x of xs', 'const k in obj', ';;'])}) {\n${inner()}${pad}}`;
    case 2:
      return `${pad}function ${p.one(['init', 'handle', 'main'])}(${p.one(['', 'e', 'a, b = 2', '{ x }'])}) {\n${inner()}${pad}}`;
    case 3:
      return `${pad}class ${p.one(['Foo', 'App'])}${p.one(['', ' extends Base'])} {\n${pad}  ${p.one(['constructor(x) {', 'static create() {', 'get value() {', 'set value(v) {', 'async load() {', 'method() {'])}\n${inner()}${pad}  }\n${pad}}`;
    case 4:
      return `${pad}switch (${p.one(NAMES)}) {\n${pad}  case ${p.one(['1', '"a"', 'X.y', 'a ? b : c'])}:\n${inner()}${pad}    break;\n${pad}  default:\n${pad}    ${jsExpression(p, 2)};\n${pad}}`;
    case 5:
      return `${pad}${p.one(['outer', 'loop', 'label'])}:\n${pad}while (${jsExpression(p, 2)}) {\n${inner()}${pad}}`;
    case 6:
      return `${pad}try {\n${inner()}${pad}} catch (e) {\n${pad}  console.error(e);\n${pad}} finally {\n${pad}}`;
    case 7:
      return `${pad}${p.one(['import x from "y";', "import { a, b as c } from './m.js';", 'export default App;', 'export const A = 1;', "import * as ns from 'ns';"])}`;
    case 8:
    case 9:
      return `${pad}${p.one(['var', 'let', 'const'])} ${p.one([...NAMES.slice(0, 6), '{ a, b }', '[x, y]'])} = ${jsExpression(p, 0)};`;
    case 10:
      return `${pad}${p.one(NAMES)} ${p.one(['=', '+=', '-=', '??=', '||=', '&&=', '*=', '/=', '>>>='])} ${jsExpression(p, 1)};`;
    case 11:
      return `${pad}${p.one(NAMES)}.${p.one(CALLS)}(${p.many(p.int(0, 2), () => jsExpression(p, 1), ', ')})${p.one([';', '', ';'])}`;
    case 12:
      return `${pad}return ${jsExpression(p, 1)};`;
    case 13:
      return `${pad}${p.one([`// ${p.one(['note', 'TODO', 'a / b', '</p>'])}`, '/* block */', '/**\n * Doc.\n */', '<!-- old', '/* unclosed'])}`;
    case 14:
      return `${pad}${p.one(['@decorator', '@Component({ a: 1 })', '@'])}\n${pad}class X {}`;
    case 15:
      return `${pad}${jsRegex(p)}.test(${p.one(NAMES)});`;
    case 16:
      return `${pad}${p.one(['#!/usr/bin/env node', 'x = a\n/ 2', 'x = 1 \\\n  + 2;', 'a\n/re/g.test(s)', 'if (a) /x/.test(b);', '})();', '}', '{ a: 1 }', 'async () => { await x; };', 'yield* g();'])}`;
    default:
      return `${pad}${jsExpression(p, 0)};`;
  }
}

export function jsProgram(p: Picker, pad = ''): string {
  return p.many(p.int(1, 5), () => `${jsStatement(p, pad, 0)}\n`);
}
