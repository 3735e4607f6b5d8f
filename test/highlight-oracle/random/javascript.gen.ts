import { jsProgram } from './javascript-code.js';
import type { CodeGenerator } from './random-code.js';

// JavaScript as blog posts show it (see javascript-code.ts).
const generate: CodeGenerator = (p) => {
  const code = jsProgram(p);
  return p.chance(0.1) ? code.trimEnd() : code;
};
export default generate;
