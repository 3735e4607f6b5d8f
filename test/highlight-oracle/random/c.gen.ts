import { comment, gap, preprocessor, statement, topDeclaration, topFunction } from './c-family-code.js';
import type { CodeGenerator } from './random-code.js';
import { soup } from './soup.js';

/** C's fragments for token soup (soup.ts). */
export const C_SOUP = [
  '#if 0',
  '#if',
  '#ifdef X',
  '#endif',
  '#else',
  '#elif',
  '#include',
  'include',
  '<a.h>',
  '"a.h"',
  '#define',
  'int',
  'case',
  'default',
  'NULL',
  'true',
  'struct',
  'L',
  'u8',
  'U',
  'return',
  'if',
  'else',
  'main',
  'static',
  'label:',
  '\\x41',
  '\\n',
  '0x1F',
  '1.5',
  '1e5',
  '017',
  'ul',
  '/*',
  '*/',
  '//',
  '::',
];

// C as blog posts show it: a few includes and macros, then declarations, functions and loose
// statements (see c-family-code.ts).
const generate: CodeGenerator = (p) => {
  if (p.chance(0.1)) return soup(p, C_SOUP);
  let code = p.chance(0.6) ? p.many(p.int(1, 3), () => `${preprocessor(p)}\n`) : '';
  const pieces = p.int(2, 7);
  for (let i = 0; i < pieces; i++) {
    const piece = p.one([
      () => topFunction(p),
      () => topFunction(p),
      () => topDeclaration(p),
      () => preprocessor(p),
      () => comment(p),
      () => statement(p, p.one(['', '    ']), 0),
    ])();
    code += piece + gap(p);
  }
  return p.chance(0.1) ? code.trimEnd() : code;
};
export default generate;
