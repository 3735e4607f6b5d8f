import { mixin, r, type StatefulLanguage } from './machine.js';
import { SPACE } from './ruby-regex.js';

/**
 * Rouge 3.30's two `key = value` lexers, which differ only in which characters start a comment,
 * which signs follow a key, whether `[…]` is a section and which escapes a value has. A line from a
 * comment character is a comment `c` with its newline, so comment lines in a row are one span,
 * and so is one where a value's text starts (the value goes on to the next line, as it does after
 * blanks that reach past the newline); a key (ASCII letters, digits, `_`, `.` and `-`) before a
 * sign is `py`, the sign `p`, and what follows a value `s` to the line's end, its escapes `se`; a
 * `"` in a value opens a string over lines, `'…'` on one line is one. Anything else (a key with no
 * sign) is an error `err`, a character at a time, as Rouge shows it.
 */
function keyValueRouge(o: {
  comment: string;
  sign: string;
  section: boolean;
  escapes: readonly RegExp[];
}): StatefulLanguage {
  return {
    start: ['root'],
    states: {
      basic: [r(new RegExp(`[${o.comment}][^\\n]*\\n`), 'c'), r(new RegExp(`${SPACE}+`), ''), r(/\\\n/, 'se')],
      root: [
        mixin('basic'),
        r(new RegExp(`([\\w.-]+)(${SPACE}*)([${o.sign}])`), (m) => {
          m.groups('py', '', 'p');
          m.push('value');
        }),
        ...(o.section ? [r(/\[[^\n]*?\]/, 'nn')] : []),
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
      escape: o.escapes.map((re) => r(re, 'se')),
    },
  };
}

// Java properties files (checked on test/highlight-oracle/exact/properties/, the sample and random
// code): comments from `#` or `!`, a key before `=` or `:`, `\uXXXX` and `\` with any character.
export const propertiesRouge = keyValueRouge({
  comment: '!#',
  sign: '=:',
  section: false,
  escapes: [/\\u[0-9]{4}/, /\\[\s\S]/u],
});

// INI files and `.gitconfig` (checked on test/highlight-oracle/exact/ini/, the sample and random
// code): comments from `;` or `#`, a key before `=`, `[…]` on one line a section `nn`, `\` with
// any character.
export const iniRouge = keyValueRouge({ comment: ';#', sign: '=', section: true, escapes: [/\\[\s\S]/u] });
