import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

/** C#'s fragments for token soup (soup.ts). */
const CS_SOUP = [
  'class',
  'struct',
  'interface',
  'namespace',
  'using',
  'where',
  'var',
  'int',
  'string',
  'async',
  'await',
  'new',
  'null',
  'Foo(',
  'x (',
  '@class',
  '@"verb"',
  '@"a""b"',
  '$"{x}"',
  '$@"{y}"',
  '$ "s"',
  '"str"',
  '"a\\"b"',
  "'c'",
  "'\\n'",
  '0x1F',
  '1.5f',
  '1e+5',
  '12UL',
  '#if',
  '#region X\n',
  '#endregion\n',
  '#nullable',
  '<[',
  ']>',
  '=>',
  '??',
  '?.',
  '// c',
  '/* c */',
  'ſ',
  'K',
];

// C# as blog posts show it: usings and namespaces (file-scoped too), classes, records, structs,
// interfaces and enums with generics and constraints, attributes, properties, constructors,
// async methods, LINQ queries, lambdas, every literal kind (numbers with suffixes, strings
// verbatim, interpolated and both, characters), comments, preprocessor lines, odd spacing, names
// outside ASCII, and stray signs.
const TYPES = [
  'int',
  'string',
  'bool',
  'var',
  'double',
  'decimal',
  'object',
  'List<int>',
  'Dictionary<string, object>',
  'Task<IActionResult>',
  'IEnumerable<T>',
  'int[]',
  'string?',
  'T',
  'Größe',
  'dynamic',
];
const NAMES = ['x', 'count', 'items', 'user', 'result', '_logger', '@this', 'value', 'i', 'größe', 'ctx', 'DbSet'];
const METHODS = ['Where', 'Select', 'ToList', 'GetUser', 'WriteLine', 'Add', 'SaveChangesAsync', 'Any', 'Run'];
const CLASSES = ['Program', 'UserService', 'Console', 'Task', 'HttpClient', 'Math', 'Ünï', 'A'];

function literal(p: Picker): string {
  return p.one([
    '0',
    '42',
    '123',
    '3.14',
    '1.5f',
    '2.0d',
    '10m',
    '100L',
    '7u',
    '12UL',
    '1e+10',
    '1.5E-3',
    '1e5',
    '0x1F',
    '0XFFu',
    '0b1010',
    '1_000',
    '.5',
    '"hello"',
    '""',
    '"say \\"hi\\""',
    '"tab\\t"',
    '"unclosed',
    '@"C:\\path\\"',
    '@"multi\nline"',
    '@"a ""q"" b"',
    '$"Hello {name}!"',
    '$"{x:N2} and {y,5}"',
    '$"{{literal}}"',
    '$"{(a ? "x" : "y")}"',
    '$@"{path}\\file"',
    '$@"a\nb {c}"',
    '$ "spaced"',
    "'a'",
    "'\\n'",
    "'\\''",
    "'ab'",
    "'",
    'true',
    'false',
    'null',
  ]);
}

function expr(p: Picker, depth = 2): string {
  const leaf = () => p.one([() => p.one(NAMES), () => literal(p), () => `${p.one(CLASSES)}.${p.one(METHODS)}`])();
  if (depth <= 0) return leaf();
  const e = () => expr(p, depth - 1);
  switch (p.int(0, 12)) {
    case 0:
      return `${e()} ${p.one(['+', '-', '*', '/', '%', '==', '!=', '<', '>=', '&&', '||', '??', 'is', 'as', '<<', '&', '|'])} ${e()}`;
    case 1:
      return `${e()} ? ${e()} : ${e()}`;
    case 2:
      return `new ${p.one(CLASSES)}${p.one(['', '<int>'])}(${p.many(p.int(0, 2), e, ', ')})`;
    case 3:
      return `${p.one(NAMES)}.${p.one(METHODS)}${p.one(['', ' '])}(${p.many(p.int(0, 2), e, ', ')})`;
    case 4:
      return `${p.one(['x', '(a, b)', '()', '(int n)'])} => ${p.chance(0.7) ? e() : `{ return ${e()}; }`}`;
    case 5:
      return `from ${p.one(NAMES)} in ${p.one(NAMES)} where ${e()} orderby ${p.one(NAMES)} descending select ${e()}`;
    case 6:
      return `await ${e()}`;
    case 7:
      return `typeof(${p.one(TYPES)})`;
    case 8:
      return `(${p.one(['int', 'string', 'T'])})${e()}`;
    case 9:
      return `${p.one(NAMES)}?.${p.one(METHODS)}()`;
    case 10:
      return `new[] { ${p.many(p.int(1, 3), e, ', ')} }`;
    case 11:
      return `nameof(${p.one(NAMES)})`;
    default:
      return leaf();
  }
}

function params(p: Picker): string {
  return p.many(
    p.int(0, 3),
    () =>
      `${p.chance(0.1) ? p.one(['this ', 'ref ', 'out ', 'params ', 'in ']) : ''}${p.one(TYPES)} ${p.one(NAMES)}${p.chance(0.2) ? ` = ${literal(p)}` : ''}`,
    ', ',
  );
}

function stmt(p: Picker, pad: string, depth: number): string {
  const inner = () => (depth > 0 ? block(p, `${pad}    `, depth - 1) : `${pad}    ${simple(p)}`);
  switch (depth > 0 ? p.int(0, 12) : 12) {
    case 0:
      return `${pad}if (${expr(p)})\n${pad}{\n${inner()}\n${pad}}${p.chance(0.4) ? `\n${pad}else\n${pad}{\n${inner()}\n${pad}}` : ''}`;
    case 1:
      return `${pad}foreach (var ${p.one(NAMES)} in ${p.one(NAMES)})\n${pad}{\n${inner()}\n${pad}}`;
    case 2:
      return `${pad}for (int i = 0; i < ${p.one(NAMES)}.Count; i++) {\n${inner()}\n${pad}}`;
    case 3:
      return `${pad}using (var ${p.one(NAMES)} = ${expr(p, 1)})\n${pad}{\n${inner()}\n${pad}}`;
    case 4:
      return `${pad}try\n${pad}{\n${inner()}\n${pad}}\n${pad}catch (${p.one(['Exception ex', 'IOException', 'Exception e) when (e is null'])})\n${pad}{\n${pad}    throw;\n${pad}}`;
    case 5:
      return `${pad}switch (${p.one(NAMES)})\n${pad}{\n${pad}    case ${literal(p)}:\n${inner()}\n${pad}        break;\n${pad}    default:\n${pad}        ${simple(p)}\n${pad}}`;
    case 6:
      return `${pad}lock (this) {\n${inner()}\n${pad}}`;
    case 7:
      return `${p.one(['#if DEBUG', '#region Helpers', '#pragma warning disable CS0168', '#define X', '  #if', '#nullable enable', '#ifdef'])}\n${inner()}\n${p.one(['#endif', '#endregion', '#else'])}`;
    default:
      return `${pad}${simple(p)}`;
  }
}

function simple(p: Picker): string {
  switch (p.int(0, 9)) {
    case 0:
      return `${p.one(TYPES)} ${p.one(NAMES)} = ${expr(p)};`;
    case 1:
      return `${p.one(NAMES)} ${p.one(['=', '+=', '??=', '-='])} ${expr(p)};`;
    case 2:
      return `return ${expr(p)};`;
    case 3:
      return `throw new ${p.one(['ArgumentNullException', 'InvalidOperationException'])}(${literal(p)});`;
    case 4:
      return comment(p);
    case 5:
      return `Console.WriteLine(${expr(p)});`;
    case 6:
      return `using var ${p.one(NAMES)} = ${expr(p, 1)};`;
    case 7:
      return `yield return ${expr(p, 1)};`;
    default:
      return `${expr(p)};`;
  }
}

function block(p: Picker, pad: string, depth: number): string {
  return p.many(p.int(1, 3), () => stmt(p, pad, depth), '\n');
}

function comment(p: Picker): string {
  return p.one([
    '// a comment',
    '/// <summary>Doc</summary>',
    '/* block */',
    '/* spans\n   lines */',
    '/**/',
    '/* never closed',
    '// ünïcode ✓',
  ]);
}

function member(p: Picker, pad: string, owner: string): string {
  const attr = p.chance(0.2)
    ? `${pad}${p.one(['[HttpGet]', '[Route("api/[controller]")]', '[Serializable]', '[Obsolete("x")]'])}\n`
    : '';
  const mods = p.one([
    'public ',
    'private ',
    'protected internal ',
    'public static ',
    'private readonly ',
    'public override ',
    'public async ',
    'internal ',
    '',
  ]);
  switch (p.int(0, 6)) {
    case 0:
      return `${attr}${pad}${mods}${p.one(TYPES)} ${p.one(NAMES)}${p.chance(0.5) ? ` = ${expr(p, 1)}` : ''};`;
    case 1:
      return `${attr}${pad}${mods}${p.one(TYPES)} ${p.one(['Name', 'Id', 'Items'])} { get; ${p.one(['set; ', 'private set; ', 'init; ', ''])}}`;
    case 2:
      return `${attr}${pad}public ${owner}(${params(p)})${p.chance(0.3) ? ' : base()' : ''}\n${pad}{\n${block(p, `${pad}    `, 0)}\n${pad}}`;
    case 3:
      return `${pad}${comment(p)}`;
    default:
      return `${attr}${pad}${mods}${p.one(['void', 'Task', 'int', 'string', 'Task<int>', 'IEnumerable<T>'])} ${p.one(METHODS.concat(['Main', 'ünï']))}${p.one(['', '<T>'])}(${params(p)})${p.chance(0.2) ? ' where T : class, new()' : ''}${p.chance(0.2) ? ` => ${expr(p, 1)};` : `\n${pad}{\n${block(p, `${pad}    `, 1)}\n${pad}}`}`;
  }
}

function typeDecl(p: Picker, pad: string): string {
  const owner = p.one(CLASSES);
  const kind = p.one([
    'class',
    'public class',
    'static class',
    'sealed class',
    'struct',
    'interface',
    'record',
    'public partial class',
    'enum',
  ]);
  const head = `${pad}${kind}${p.one([' ', '  ', '\n'])}${owner}${p.one(['', '<T>', '<TKey, TValue>'])}${p.chance(0.3) ? ` : ${p.one(['Base', 'IDisposable', 'Controller, IService'])}` : ''}${p.chance(0.1) ? ' where T : class' : ''}`;
  if (kind === 'enum') return `${head}\n${pad}{\n${pad}    Red, Green = 2, Blue\n${pad}}`;
  return `${head}\n${pad}{\n${p.many(p.int(1, 3), () => member(p, `${pad}    `, owner), '\n\n')}\n${pad}}`;
}

function header(p: Picker): string {
  const lines: string[] = [];
  for (let k = p.int(0, 3); k > 0; k--)
    lines.push(
      `using ${p.one(['System', 'System.Linq', 'System.Collections.Generic', 'static System.Math', 'Alias = Some.Namespace', 'Microsoft.AspNetCore.Mvc'])};`,
    );
  return lines.join('\n');
}

const generate: CodeGenerator = (p) => {
  if (p.chance(0.1)) return soup(p, CS_SOUP);
  const parts: string[] = [];
  if (p.chance(0.6)) parts.push(header(p));
  if (p.chance(0.4)) {
    const ns = p.one(['MyApp', 'MyApp.Services', 'Company.Product.Module']);
    const body = p.many(p.int(1, 2), () => typeDecl(p, '    '), '\n\n');
    parts.push(p.chance(0.5) ? `namespace ${ns}\n{\n${body}\n}` : `namespace ${ns};\n\n${body}`);
  } else for (let k = p.int(1, 3); k > 0; k--) parts.push(p.one([() => typeDecl(p, ''), () => block(p, '', 1)])());
  const code = parts.join(p.one(['\n\n', '\n']));
  return p.chance(0.85) ? `${code}\n` : code;
};
export default generate;
