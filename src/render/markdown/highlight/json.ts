import { mixin, r, type StatefulLanguage, type StateRule } from './machine.js';
import { SPACE } from './ruby-regex.js';

// JSON as Rouge 3.30 lexes it, in Rouge's markup (checked on test/highlight-oracle/exact/json/, the
// JSON sample and random code): blanks `w` (ASCII ones only, as Ruby's `\s`: a no-break space is an
// error), a key (a string before `:`) `nl` outside arrays, other strings `s2` with escapes `se`,
// `true` `false` `null` `kc` (even at a word's start), numbers `mi`/`mf`, brackets and signs `p`.
// Anything else (a comment, a bare word) is an error `err`, character by character.
const jsonLanguage = (names: StateRule[], values: StateRule[]): StatefulLanguage => ({
  start: ['root'],
  states: {
    whitespace: [r(new RegExp(`${SPACE}+`), 'w')],
    root: [
      mixin('whitespace'),
      r(/\{/, 'p', 'object'),
      r(/\[/, 'p', 'array'),
      mixin('name'),
      mixin('value'),
      // A closing bracket with nothing open.
      r(/[\]}]/, 'p'),
    ],
    object: [mixin('whitespace'), mixin('name'), mixin('value'), r(/\}/, 'p', '#pop'), r(/,/, 'p')],
    name: [
      ...names,
      r({ source: `("(?:\\\\[^\\n]|[^"\\\\\\n])*?")(${SPACE}*)(:)`, flags: 'u' }, (m) => m.groups('nl', 'w', 'p')),
    ],
    value: [
      ...values,
      mixin('whitespace'),
      r(/true|false|null/, 'kc'),
      r(/-?(?:0|[1-9][0-9]*)\.[0-9]+(?:[eE][+-]?[0-9]+)?/, 'mf'),
      r(/-?(?:0|[1-9][0-9]*)(?:[eE][+-]?[0-9]+)?/, 'mi'),
      r(/"/, 's2', 'string'),
      r(/\[/, 'p', 'array'),
      r(/\{/, 'p', 'object'),
    ],
    // An escape takes any character but a line end (`\` before one is an error).
    string: [r(/[^\\"]+/, 's2'), r({ source: '\\\\[^\\n]', flags: 'u' }, 'se'), r(/"/, 's2', '#pop')],
    array: [mixin('value'), r(/\]/, 'p', '#pop'), r(/,/, 'p')],
  },
});

export const jsonRouge = jsonLanguage([], []);

/**
 * JSON for documentation (`json-doc`, `jsonc`) as Rouge 3.30 lexes it: JSON with bare keys `na`,
 * and where a value may stand, `//` comments and `...` elisions `c1`, and block comments `c` (only
 * one closed on its line).
 */
export const jsonDocRouge = jsonLanguage(
  [r(/([$\w]+)([ \t\n\v\f\r]*)(:)/, (m) => m.groups('na', '', 'p'))],
  [r(/\/\*[^\n]*?\*\//, 'c'), r(/\/\/[^\n]*/, 'c1'), r(/\.\.\./, 'c1')],
);
