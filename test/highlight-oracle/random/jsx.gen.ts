import { JS_SOUP } from './javascript.gen.js';
import { JSX_SOUP, jsStatement, jsxExpression, jsxStatement } from './jsx-code.js';
import type { CodeGenerator } from './random-code.js';
import { soup } from './soup.js';

// JSX as blog posts show it (see jsx-code.ts).
const generate: CodeGenerator = (p) => {
  if (p.chance(0.1)) return soup(p, [...JSX_SOUP, ...JS_SOUP]);
  const code = p.many(p.int(1, 4), () => `${jsxStatement(p, '', jsxExpression, jsStatement)}\n`);
  return p.chance(0.1) ? code.trimEnd() : code;
};
export default generate;
