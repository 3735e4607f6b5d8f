import type { Picker } from './random-code.js';

// Token soup: fragments of a language strung together at random, with odd characters between
// (blanks Ruby does not count as blanks, a character outside the BMP, a carriage return, a
// backslash before a newline). What no post shows, but where a lexer's states meet in orders
// the shaped code never makes.
const ODD = [
  ' ',
  ' ',
  '\n',
  '\n',
  '\t',
  '\r\n',
  '\f',
  '\v',
  '\u00a0',
  '😀',
  'é',
  '²',
  'Ⅻ',
  '\\',
  '\\\n',
  '"',
  "'",
  '`',
  '/',
  '*',
  '#',
  '<',
  '>',
  '&',
  ';',
  ':',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ',',
  '.',
  '?',
  '=',
  '-',
  '+',
  '!',
  '@',
  '$',
  '%',
  '|',
  '~',
  '0',
  '12',
  'x',
  'Foo',
  '_a',
];

export function soup(p: Picker, fragments: readonly string[]): string {
  return p.many(p.int(5, 60), () => (p.chance(0.5) ? p.one(fragments) : p.one(ODD)));
}
