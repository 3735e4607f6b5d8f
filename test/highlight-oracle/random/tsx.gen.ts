import { element, JSX_SOUP, jsxStatement } from './jsx-code.js';
import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';
import { TS_SOUP, tsExpression, tsStatement, tsType } from './typescript-code.js';

/** A TypeScript expression in TSX: now and then an element, or a generic arrow (`<T,>(x: T) => x`). */
const tsxExpression = (p: Picker, depth: number): string =>
  depth < 2 && p.chance(0.25)
    ? p.chance(0.6)
      ? element(p, tsxExpression, depth + 1)
      : `<${p.one(['T,', 'T, U,', 'T extends unknown', 'T extends object,', 'K,V', 'T', 'Foo.T,'])}>(${p.one(['x: T', '', 'a: T, b: U'])})${p.chance(0.5) ? `: ${tsType(p, 1)}` : ''} => ${tsxExpression(p, depth + 1)}`
    : tsExpression(p, depth);

const statement = (p: Picker, pad: string, depth: number): string =>
  p.chance(0.3)
    ? `${pad}${p.one(['const', 'let'])} ${p.one(['f', 'el', 'Row'])}: ${tsType(p, 1)} = ${tsxExpression(p, 0)};`
    : tsStatement(p, pad, depth);

// TSX as blog posts show it: TypeScript (typescript-code.ts) with JSX (jsx-code.ts).
const generate: CodeGenerator = (p) => {
  if (p.chance(0.1)) return soup(p, [...JSX_SOUP, ...TS_SOUP, '<T,>', 'T,', '<K']);
  const code = p.many(p.int(1, 4), () => `${jsxStatement(p, '', tsxExpression, statement)}\n`);
  return p.chance(0.1) ? code.trimEnd() : code;
};
export default generate;
