import type { CodeGenerator } from './random-code.js';
import { soup } from './soup.js';
import { TS_SOUP, tsProgram } from './typescript-code.js';

// TypeScript as blog posts show it (see typescript-code.ts).
const generate: CodeGenerator = (p) => {
  if (p.chance(0.1)) return soup(p, TS_SOUP);
  const code = tsProgram(p);
  return p.chance(0.1) ? code.trimEnd() : code;
};
export default generate;
