import { mixin, r, type StatefulLanguage } from './machine.js';
import { SPACE } from './ruby-regex.js';

// INI files (and `.gitconfig`) as Rouge 3.30 lexes them, in Rouge's markup (checked on
// test/highlight-oracle/exact/ini/, the sample and random code): a line from `;` or `#` is a
// comment `c` with its newline, so comment lines in a row are one span; `[…]` on one line is a
// section `nn`; a key (ASCII letters, digits, `_`, `-` and `.`) before `=` is `py`, the `=` `p`,
// and what follows a value `s` to the line's end, its escapes `se` (`\` and any character, a line
// included). A `"` in a value opens a string over lines, `'…'` on one line is one; a `;` or `#`
// where the value's text starts is a comment that takes the newline, so the next line is value
// too. Anything else (a key with `:`, a key with no `=`, a stray `]`) is an error `err`, a
// character at a time, as Rouge shows it.
export const iniRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    basic: [r(/[;#][^\n]*\n/, 'c'), r(new RegExp(`${SPACE}+`), ''), r(/\\\n/, 'se')],
    root: [
      mixin('basic'),
      r(new RegExp(`([\\w.-]+)(${SPACE}*)(=)`), (m) => {
        m.groups('py', '', 'p');
        m.push('value');
      }),
      r(/\[[^\n]*?\]/, 'nn'),
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
    escape: [r(/\\[\s\S]/u, 'se')],
  },
};
