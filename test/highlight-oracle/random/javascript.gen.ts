import { jsProgram } from './javascript-code.js';
import type { CodeGenerator } from './random-code.js';
import { soup } from './soup.js';

/** JavaScript's fragments for token soup (soup.ts). */
export const JS_SOUP = [
  'var',
  'let',
  'function',
  'class',
  'case',
  'default',
  'return',
  'typeof',
  'this',
  'null',
  'Array',
  'if',
  '=>',
  '${',
  '?.',
  '??',
  '&&',
  '++',
  '===',
  '>>>',
  '/re/g',
  '[^/]',
  '\\d',
  '(?:',
  '{2,3}',
  'label',
  'get',
  '<!--',
  '#!',
  '0o7',
  '0b1',
  '.5',
  '1.5e3',
  'interface',
  '//',
  '/*',
  '*/',
];

// JavaScript as blog posts show it (see javascript-code.ts).
const generate: CodeGenerator = (p) => {
  if (p.chance(0.1)) return soup(p, JS_SOUP);
  const code = jsProgram(p);
  return p.chance(0.1) ? code.trimEnd() : code;
};
export default generate;
