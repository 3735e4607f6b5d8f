import { comment, gap } from './c-family-code.js';
import { cppPiece } from './cpp.gen.js';
import { message, OBJC_SOUP, objcPiece } from './objective_c.gen.js';
import type { CodeGenerator } from './random-code.js';
import { soup } from './soup.js';

const OBJCPP_SOUP = [
  ...OBJC_SOUP,
  'class',
  '.class',
  '@selector(class)',
  'template',
  'nullptr',
  'R"(',
  ')"',
  '::',
  'std',
];

// Objective-C++ as blog posts show it: Objective-C's pieces (objective_c.gen.ts) mixed with
// C++'s (cpp.gen.ts), and the pieces only Objective-C++ reads apart (`.class`, `@selector(class)`).
const generate: CodeGenerator = (p) => {
  if (p.chance(0.1)) return soup(p, OBJCPP_SOUP);
  let code = p.chance(0.5) ? `#import <Foundation/Foundation.h>\n${p.one(['', '#include <vector>\n'])}` : '';
  const pieces = p.int(2, 6);
  for (let i = 0; i < pieces; i++)
    code +=
      p.one([
        () => objcPiece(p),
        () => objcPiece(p),
        () => cppPiece(p),
        () => comment(p),
        () =>
          `${p.one(['id c = ', 'Class k = ', ''])}${p.one(['self.class', '[self class]', 'obj.class.name', '@selector(class)', '@selector (class)', message(p)])};`,
      ])() + gap(p);
  return p.chance(0.1) ? code.trimEnd() : code;
};
export default generate;
