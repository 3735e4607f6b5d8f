import { r, type StatefulLanguage } from './machine.js';
import { WORDS } from './small-words.js';

// Smallworld Magik as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/magik/): blanks
// `w`, `#` comments `c1` and `##` documentation `cd`, Rouge's `_keyword` list, `_method
// exemplar.name` `nc` and `nf`, `@label`s `nl`, `:symbol`s (`:|a b|` too) `ss`, `%c` characters
// `sc`, strings `s`, numbers (`16r1` in a radix) `m`, names (`force?`, `!global!`) `n`, `<<` and
// the other signs operators, brackets, `.`, `,`, `;` and `$` punctuation.
export const magik = (): StatefulLanguage => ({
  start: ['root'],
  states: {
    root: [
      r(/\s+/, 'w'),
      r(/##.*/, 'cd'),
      r(/#.*/, 'c1'),
      r(/(_method)(\s+)([\w?!]+)(\.)([\w?!]+)/, (m) => m.groups('k', 'w', 'nc', 'p', 'nf')),
      r(new RegExp(`(?:${WORDS.magik.keywords.split(' ').join('|')})\\b`), 'k'),
      r(/@[\w?!]+/, 'nl'),
      r(/:(?:\|[^|\n]*\||[\w?!]+)+/, 'ss'),
      r(/%./, 'sc'),
      r(/"[^"\n]*"|'[^'\n]*'/, 's'),
      r(/\d+(?:r[\da-z]+|(?:\.\d+)?(?:e[+-]?\d+)?)/, 'm'),
      r(/[\w?!]+/, 'n'),
      r(/[-+*/=<>~^&|]+/, 'o'),
      r(/[()[\]{}.,;$]+/, 'p'),
    ],
  },
});
