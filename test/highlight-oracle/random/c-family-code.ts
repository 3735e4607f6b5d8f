import type { Picker } from './random-code.js';

// Pieces of C code as blog posts show them, for c.gen.ts and cpp.gen.ts: preprocessor lines
// (includes, defines continued over lines, `#if 0` blocks, nested conditionals), declarations,
// functions in both brace styles, statements, labels, every literal form with prefixes, escapes
// and suffixes, comments anywhere, odd spacing, and now and then something broken (an unclosed
// string or comment, a stray `}` or `*/`).

export const TYPES = [
  'int',
  'char',
  'unsigned long',
  'long long',
  'size_t',
  'uint8_t',
  'double',
  'float',
  'void',
  'const char',
  'struct node',
  'FILE',
  'bool',
  'my_type',
  'signed short',
  '_Bool',
  'wchar_t',
  'int64_t',
];
export const NAMES = [
  'x',
  'i',
  'n',
  'count',
  'buf',
  'p',
  'node',
  'head',
  'result',
  'len',
  'argv',
  'argc',
  'MAX_SIZE',
  'errno',
  '_tmp',
  'value2',
  'self',
  'data',
];
export const FUNCTIONS = ['main', 'printf', 'malloc', 'free', 'strlen', 'memcpy', 'foo', 'compute', 'add', 'init'];

/** A number in any of C's (and C++'s) forms. */
export function number(p: Picker, cpp = false): string {
  const forms = [
    () => String(p.int(0, 1000)),
    () => `${p.int(0, 99)}${p.one(['u', 'U', 'l', 'L', 'ul', 'UL', 'll', 'LL', 'ull', 'lu', 'f', 'F'])}`,
    () => `0${p.one(['x', 'X'])}${p.one(['1F', 'ff', 'DEADBEEF', '0', 'aBc'])}${p.one(['', 'u', 'UL', 'll'])}`,
    () => `0${p.one(['17', '7', '755', '08', '0'])}${p.one(['', 'u', 'L'])}`,
    () => `${p.int(0, 9)}.${p.one(['5', '0', '25', '', '14159'])}${p.one(['', 'f', 'F', 'L', 'l', 'd'])}`,
    () => `.${p.int(0, 99)}${p.one(['', 'f', 'e3'])}`,
    () =>
      `${p.one(['1', '2.5', '.5', '1.', '6'])}${p.one(['e', 'E'])}${p.one(['', '+', '-'])}${p.int(0, 30)}${p.one(['', 'f', 'L', 'u'])}`,
    () => `0${p.one(['b', 'B'])}${p.one(['101', '1', '0110'])}`,
    () => `${p.int(1, 9)}${p.one(['', "'000", "'5'00"])}`,
    () => `${p.int(1, 99)}${p.one(['ms', 's', 'min', 'h', 'us', 'ns', 'y', 'd', 'i', 'if', 'il', 'sec', 'x'])}`,
    () => `0x${p.one(["FF'FF", "1'0", 'A'])}${p.one(['', 'u'])}`,
    () => `0b${p.one(["1010'1010", "1'0", '11'])}`,
  ];
  return p.one(cpp ? forms : forms.slice(0, 8))();
}

/** A string or character literal, with prefixes and escapes (some invalid). */
export function literal(p: Picker, cpp = false): string {
  const prefix = () => p.one(['', '', '', 'L', 'u8', 'u', 'U', 'l', 'U8']);
  const escaped = () =>
    p.one(['\\n', '\\t', '\\\\', '\\"', "\\'", '\\x41', '\\x1F2', '\\0', '\\123', '\\q', '\\a', '\\e', '\\%'])!;
  const text = () => p.one(['hello', 'a b', '%d\\n', '', 'x/y', '/* no */', '// no', 'é', '😀', 'C:\\\\dir', '{}'])!;
  switch (p.int(0, cpp ? 6 : 5)) {
    case 0:
    case 1:
      return `${prefix()}"${text()}${p.chance(0.5) ? escaped() : ''}${text()}"`;
    case 2:
      return `${prefix()}'${p.one(['a', '\\n', "\\'", '\\x4f', '\\0', '\\123', '"', ' ', 'ab', '\\\\', '\\xZ', '😀', 'é'])}'`;
    case 3:
      // A string continued over a line, or not closed.
      return p.chance(0.5) ? `"first \\\nsecond"` : `"never closed`;
    case 4:
      return `"${escaped()}${escaped()}"`;
    case 5:
      return `'${p.one(['', "'", 'x', '\\'])}`;
    default:
      return `${p.one(['', 'u8', 'L', 'U'])}R"${p.one(['', 'x', 'delim', '--'])}(${p.one(['raw \\n text', 'a)b', 'line\nline', '"q"'])})${p.one(['', 'x', 'delim', '--'])}"`;
  }
}

export function comment(p: Picker): string {
  switch (p.int(0, 5)) {
    case 0:
      return `// ${p.one(['note', 'TODO: fix', 'a "quoted" thing', 'ends with \\', '*/ odd', ''])}`;
    case 1:
      return `/* ${p.one(['block', 'x * y', '** stars **', ''])} */`;
    case 2:
      return `/*\n * ${p.one(['Doc comment.', '@param x the x', 'line'])}\n */`;
    case 3:
      return '/**/';
    case 4:
      return `/* ${p.one(['unclosed', 'a'])}`;
    default:
      return '//';
  }
}

/** An expression. */
export function expression(p: Picker, depth: number, cpp = false): string {
  const leaf = () =>
    p.one([
      () => p.one(NAMES),
      () => number(p, cpp),
      () => literal(p, cpp),
      () => p.one(['NULL', 'true', 'false', 'EOF', 'sizeof(int)', 'nullptr', 'this']),
    ])();
  if (depth > 2) return leaf();
  switch (p.int(0, 11)) {
    case 0:
      return `${p.one(FUNCTIONS)}(${p.many(p.int(0, 3), () => expression(p, depth + 1, cpp), ', ')})`;
    case 1:
      return `${expression(p, depth + 1, cpp)} ${p.one(['+', '-', '*', '/', '%', '<<', '>>', '&', '|', '^', '&&', '||', '==', '!=', '<', '>=', '<=>', '::'])} ${expression(p, depth + 1, cpp)}`;
    case 2:
      return `${p.one(['!', '~', '-', '*', '&', '++', '--'])}${expression(p, depth + 1, cpp)}`;
    case 3:
      return `${p.one(NAMES)}${p.one(['->next', '.x', '[i]', '++', '--', '[0].y', '->data[2]'])}`;
    case 4:
      return `(${p.one(TYPES)}${p.one(['', ' *'])})${expression(p, depth + 1, cpp)}`;
    case 5:
      return `${expression(p, depth + 1, cpp)} ? ${expression(p, depth + 1, cpp)} : ${expression(p, depth + 1, cpp)}`;
    case 6:
      return `(${expression(p, depth + 1, cpp)})`;
    case 7:
      return `sizeof ${p.one(NAMES)}`;
    default:
      return leaf();
  }
}

/** A statement inside a function, indented by `pad`. */
export function statement(p: Picker, pad: string, depth: number, cpp = false): string {
  const inner = () => block(p, `${pad}    `, depth + 1, cpp);
  const choice = depth > 2 ? p.int(8, 19) : p.int(0, 19);
  switch (choice) {
    case 0:
      return `${pad}if (${expression(p, 1, cpp)}) {\n${inner()}${pad}}${p.chance(0.4) ? ` else {\n${inner()}${pad}}` : ''}`;
    case 1:
      return `${pad}for (${p.one(['int ', ''])}i = 0; i < ${p.one(NAMES)}; ${p.one(['i++', '++i', 'i += 2'])}) {\n${inner()}${pad}}`;
    case 2:
      return `${pad}while (${expression(p, 1, cpp)})${p.chance(0.3) ? `\n${pad}{` : ' {'}\n${inner()}${pad}}`;
    case 3:
      return `${pad}do {\n${inner()}${pad}} while (${expression(p, 2, cpp)});`;
    case 4:
      return `${pad}switch (${p.one(NAMES)}) {\n${pad}case ${p.one(['1', "'a'", 'RED', 'A::B', 'x + 1'])}:\n${inner()}${pad}    break;\n${pad}default:\n${pad}    return ${number(p, cpp)};\n${pad}}`;
    case 5:
      return `${pad}else if (${expression(p, 1, cpp)}) {\n${inner()}${pad}}`;
    case 6:
      return `${p.one(['', pad])}${p.one(['out', 'retry', 'cleanup', 'default', 'public'])}:${p.one(['', '\n', ' ;'])}`;
    case 7:
      return `${pad}{\n${inner()}${pad}}`;
    case 8:
    case 9:
      return `${pad}${p.one(TYPES)} ${p.one(['', '*', '**', '* '])}${p.one(NAMES)}${p.one(['', '[10]', '[]'])}${p.chance(0.6) ? ` = ${expression(p, 1, cpp)}` : ''};`;
    case 10:
      return `${pad}${p.one(NAMES)} ${p.one(['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '|=', '^='])} ${expression(p, 1, cpp)};`;
    case 11:
      return `${pad}${p.one(FUNCTIONS)}(${p.many(p.int(0, 3), () => expression(p, 2, cpp), ', ')});${p.chance(0.2) ? ` ${comment(p)}` : ''}`;
    case 12:
      return `${pad}return${p.chance(0.7) ? ` ${expression(p, 1, cpp)}` : ''};`;
    case 13:
      return `${pad}${p.one(['break;', 'continue;', 'goto out;', ';', 'return;'])}`;
    case 14:
      return `${pad}${comment(p)}`;
    case 15:
      return `${pad}printf(${literal(p, cpp)}${p.chance(0.5) ? `, ${expression(p, 2, cpp)}` : ''});`;
    case 16:
      return p.one([`${pad}}`, `${pad}*/`, `${pad}x = a /* mid */ + b;`, `${pad}\tx\t=\t1 ;  `, `${pad}a=b*c/d;`]);
    case 17:
      return `${pad}${p.one(['static ', 'register ', 'volatile ', 'const ', 'extern '])}${p.one(TYPES)} ${p.one(NAMES)};`;
    default:
      return `${pad}${expression(p, 0, cpp)};`;
  }
}

export function block(p: Picker, pad: string, depth: number, cpp = false): string {
  return p.many(p.int(1, 3), () => `${statement(p, pad, depth, cpp)}\n`);
}

/** A preprocessor line or block. */
export function preprocessor(p: Picker, cpp = false): string {
  const spaced = () => p.one(['#', '#', '#', '# ', '  #', '#  ', '\t#'])!;
  switch (p.int(0, 13)) {
    case 0:
    case 1:
      return `${spaced()}include ${p.one(['<stdio.h>', '<stdlib.h>', '"config.h"', '<sys/types.h>', cpp ? '<iostream>' : '<string.h>', '<vector>', '"a b.h"'])}${p.chance(0.2) ? ` ${comment(p)}` : ''}`;
    case 2:
      return `#include${p.one(['', ' ', '\t'])}${p.one(['<x.h>', '"y.h"', 'MACRO_FILE', '<unclosed'])}`;
    case 3:
      return `${spaced()}define ${p.one(['MAX', 'DEBUG', 'N', 'STR(x)', 'MIN(a, b)'])} ${p.one(['100', '(1 << 4)', '"text"', '#x', '((a) < (b) ? (a) : (b))', '', 'x ## y', "'c'"])}${p.chance(0.2) ? ` ${comment(p)}` : ''}`;
    case 4:
      return `#define ${p.one(['SWAP(a, b)', 'LOOP', 'F(x)'])} \\\n    do { \\\n        ${p.one(['int t = a; a = b; b = t;', 'x++; /* c */', 'f(x); // c'])} \\\n    } while (0)`;
    case 5:
      return `#if 0\n${p.many(p.int(0, 3), () => `${statement(p, '', 3, cpp)}\n`)}${p.one(['#endif', '#else\nint y = 1;\n#endif', '#  endif // 0', '#endif /* x */ \\\ncontinued', '#elif X\nint z;\n#endif', '#if X\nint a;\n#endif\n#endif', '#ifdef Y\n#endif\n#else\nz();\n#endif', ''])}`;
    case 6:
      return `#${p.one(['ifdef', 'ifndef', 'if', 'elif', 'if defined(X) &&'])} ${p.one(['DEBUG', '__linux__', 'X > 1', '0', '1'])}`;
    case 7:
      return `${spaced()}${p.one(['endif', 'else', 'pragma once', 'undef X', 'error "no"', 'line 10 "f.c"', 'pragma omp parallel for', 'warning x/y'])}`;
    case 8:
      return `#if${p.one([' 0', '\t0', ' 00', ' 0x1', '0', ' 1'])}\nfoo();\n#endif`;
    case 9:
      return '#define PATH "/usr/lib" // where';
    case 10:
      return `#define LONG_MACRO(x) \\\n  (x) * 2 \\\n  + 1`;
    case 11:
      return `#if 0\n  #if 1\n  x;\n  #endif\n y;\n#endif`;
    case 12:
      return `#define X /* a\n b */ 1`;
    default:
      return `# ${p.one(['', 'x', '/'])}`;
  }
}

/** A function definition or declaration at the top level. */
export function topFunction(p: Picker, cpp = false): string {
  const head = `${p.one(['', 'static ', 'static inline ', 'extern ', 'inline ', 'const '])}${p.one(TYPES)}${p.one([' ', ' *', ' **', '\n', '* ', ' * '])}`;
  const name = p.one([...FUNCTIONS, 'if', 'else if', 'return']);
  const params = p.one([
    '(void)',
    '()',
    '(int argc, char *argv[])',
    '(const char *s, size_t n)',
    '(int a,\n         int b)',
    '( int x )',
    '(struct node *n /* list */)',
    '(a, b)',
  ]);
  const gap = p.one(['', ' ', '\n', ' // c\n', ' /* c */ ', '\n\n', '\t']);
  if (p.chance(0.25)) return `${head}${name}${params}${p.one([';', ' ;', `${gap};`])}`;
  return `${head}${name}${params}${gap}{\n${block(p, '    ', 0, cpp)}}`;
}

/** A top-level declaration: a struct, enum, typedef, union or global. */
export function topDeclaration(p: Picker, cpp = false): string {
  switch (p.int(0, 5)) {
    case 0:
      return `${p.one(['struct', 'typedef struct', 'union'])} ${p.one(['point', 'node', ''])} {\n${p.many(p.int(1, 3), () => `    ${p.one(TYPES)} ${p.one(['', '*'])}${p.one(NAMES)}${p.one(['', '[4]', ' : 3'])};\n`)}}${p.one(['', ' node_t', ' *ptr'])};`;
    case 1:
      return `enum ${p.one(['color', ''])} { ${p.one(['RED', 'A = 1'])}, ${p.one(['GREEN', 'B = 0x2'])}${p.one(['', ','])} };`;
    case 2:
      return `typedef ${p.one(TYPES)} ${p.one(['u8', 'handle_t', '(*fn)(int)'])};`;
    case 3:
      return `${p.one(['static ', '', 'const ', 'extern '])}${p.one(TYPES)} ${p.one(NAMES)}${p.one(['', '[]', '[3]'])} = ${p.one([expression(p, 1, cpp), '{ 1, 2, 3 }', '{0}'])};`;
    case 4:
      return `${p.one(NAMES)} = ${expression(p, 0, cpp)};`;
    default:
      return statement(p, '', 1, cpp);
  }
}

/** Blank space between pieces: mostly a newline, now and then odd. */
export function gap(p: Picker): string {
  return p.one(['\n', '\n', '\n', '\n\n', '\n\n', ' \n', '\n\t\n', '\r\n', '\n    \n']);
}
