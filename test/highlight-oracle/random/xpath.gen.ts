import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// XPath as docs and posts show it (XSLT templates, Selenium locators, config queries): paths with
// axes, predicates and wildcards, attributes, node tests, function calls with prefixes,
// variables, `for`/`let`/`if`/`some`, arithmetic and comparisons in words and signs, type
// expressions (`cast as`, `instance of`, `treat as`) with occurrence indicators, string and
// number literals, comments; and what a paste breaks: unclosed strings and comments, odd spacing.
const NAMES = [
  'book',
  'title',
  'item',
  'ns:node',
  'xs:string',
  'div',
  'a',
  'price',
  'fn:count',
  'Q{http://x}local',
  'my-name',
  'x.y',
  'ünï',
  'mapping',
  'orx',
];
const AXES = [
  'child',
  'descendant',
  'attribute',
  'self',
  'descendant-or-self',
  'following-sibling',
  'parent',
  'ancestor',
  'preceding',
];
const FUNCTIONS = [
  'count',
  'contains',
  'text',
  'concat',
  'fn:string',
  'normalize-space',
  'position',
  'last',
  'starts-with',
  'local-name',
  'sum',
  'map:get',
  'array:size',
  'my:f',
];
const ATOMS = [
  '1',
  '42',
  '.5',
  '1.',
  '3.14',
  '1e3',
  '2.5E-3',
  '"text"',
  "'single'",
  '"say ""hi"""',
  "'it''s'",
  '""',
  '$x',
  '$var',
  '$ns:v',
  '$f(1)',
  '.',
  '..',
  '*',
  '@id',
  '@*',
  '"ünï ✓"',
];
const TYPES = [
  'xs:integer',
  'xs:string?',
  'element()',
  'element(book, xs:anyType)*',
  'node()+',
  'item()*',
  'empty-sequence()',
  'map(*)',
  'array(xs:string)',
  'processing-instruction(name)',
  'attribute(*)',
  'document-node(element(x))',
];

function step(p: Picker): string {
  switch (p.int(0, 6)) {
    case 0:
      return `${p.one(AXES)}${p.one(['::', ' :: '])}${p.one([...NAMES, '*', 'node()', 'text()'])}`;
    case 1:
      return `@${p.one([...NAMES, '*'])}`;
    case 2:
      return `${p.one(NAMES)}[${expr(p, 2)}]`;
    case 3:
      return p.one(['*', 'ns:*', '*:local', '.', '..', 'text()', 'comment()', 'node()', "processing-instruction('x')"]);
    default:
      return p.one(NAMES);
  }
}

function path(p: Picker): string {
  return `${p.one(['', '/', '//'])}${p.many(p.int(1, 3), () => step(p), p.one(['/', '//']))}`;
}

function expr(p: Picker, depth = 0): string {
  if (depth > 2) return p.one([...ATOMS, ...NAMES]);
  switch (p.int(0, 10)) {
    case 0:
      return path(p);
    case 1:
      return `${p.one(FUNCTIONS)}${p.one(['', ' '])}(${p.many(p.int(0, 2), () => expr(p, depth + 1), ', ')})`;
    case 2:
      return `${expr(p, depth + 1)} ${p.one(['=', '!=', '<', '>=', '+', '-', '*', 'div', 'mod', 'and', 'or', 'eq', 'ne', 'lt', '|', 'union', '||', 'to', 'is', '<<', '=>'])} ${expr(p, depth + 1)}`;
    case 3:
      return `for $${p.one(['x', 'i'])} in ${expr(p, depth + 1)} return ${expr(p, depth + 1)}`;
    case 4:
      return `if (${expr(p, depth + 1)}) then ${expr(p, depth + 1)} else ${expr(p, depth + 1)}`;
    case 5:
      return `${expr(p, depth + 1)} ${p.one(['cast as', 'castable as', 'instance of', 'treat as'])} ${p.one(TYPES)}`;
    case 6:
      return `let $${p.one(['x', 'y'])} := ${expr(p, depth + 1)} return ${expr(p, depth + 1)}`;
    case 7:
      return `some $x in ${expr(p, depth + 1)} satisfies ${expr(p, depth + 1)}`;
    case 8:
      return `function(${p.one(['', '$a', '$a as xs:integer'])}) ${p.one(['', 'as xs:string '])}{ ${expr(p, depth + 1)} }`;
    default:
      return p.one([
        ...ATOMS,
        `${p.one(FUNCTIONS)}#${p.int(0, 3)}`,
        'map { "a": 1 }',
        'array { 1, 2 }',
        '(1, 2, 3)',
        '()',
      ]);
  }
}

const FRAGMENTS = [
  ...NAMES,
  ...AXES,
  ...FUNCTIONS,
  ...ATOMS,
  ...TYPES,
  '(:',
  ':)',
  '"',
  "'",
  '$',
  '@',
  '::',
  '[',
  ']',
  'as',
  'cast',
  'instance of',
  'Q{',
  '#',
];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const parts = p.many(
    p.int(1, 3),
    () =>
      p.chance(0.2) ? p.one(['(: comment :)', '(: nested (: inner :) :)', '(: ünï :)', '(: never closed']) : expr(p),
    p.one(['\n', ' ', '\n\n']),
  );
  return `${parts}${p.one(['\n', ''])}`;
};
export default generate;
