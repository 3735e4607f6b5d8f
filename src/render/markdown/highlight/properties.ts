import { mixin, r, type StatefulLanguage } from './machine.js';
import { SPACE } from './ruby-regex.js';

// Java properties files as Rouge 3.30 lexes them, in Rouge's markup (checked on
// test/highlight-oracle/exact/properties/, the sample and random code): a key (ASCII letters,
// digits, `_`, `.` and `-`) before `=` or `:` is `py`, the sign `p`, and what follows a value `s`
// to the line's end, its escapes `se` (`\` and any character, a line included); a `"` in a value
// opens a string over lines, `'…'` on one line is one. A line from `#` or `!` is a comment `c`,
// its newline included, in a value too (so the value goes on to the next line, as it does after
// blanks that reach past the newline). A key written without `=` or `:` (`key value`) is no key:
// its characters are errors `err`, as Rouge shows them.
export const propertiesRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    basic: [r(/[!#][^\n]*\n/, 'c'), r(new RegExp(`${SPACE}+`), ''), r(/\\\n/, 'se')],
    root: [
      mixin('basic'),
      r(new RegExp(`([\\w.-]+)(${SPACE}*)([=:])`), (m) => {
        m.groups('py', '', 'p');
        m.push('value');
      }),
    ],
    value: [
      r(/\n/, '', '#pop'),
      mixin('basic'),
      r(/"/, 's', 'dq'),
      r(/'[^\n]*?'/, 's'),
      mixin('escape'),
      r(/[^\\\n]+/, 's'),
    ],
    dq: [r(/"/, 's', '#pop'), mixin('escape'), r(/[^\\"]+/, 's')],
    escape: [r(/\\u[0-9]{4}/, 'se'), r(/\\[\s\S]/u, 'se')],
  },
};
