import { r, type StatefulLanguage } from './machine.js';
import { WORDS } from './small-words.js';

// Augeas as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/augeas/): `(* *)`
// comments, Rouge's reserved words and `module` `kr`, the name after `module` `nn`, a capitalised
// name (a module) `kn`, other words, digits too, `n`; strings `s` with `\` escapes `se`, a regex
// `/…/` `s` for its opening slash and `sr` for the rest; `=`, `.`, `|`, `-` and the repetition
// signs operators, brackets, `;` and `:` punctuation.
export const augeas = (): StatefulLanguage => ({
  start: ['root'],
  states: {
    root: [
      r(/\s+/, ''),
      r(/\(\*[\s\S]*?\*\)/, 'cm'),
      r(/(module)(\s+)(\w+)/, (m) => m.groups('kr', '', 'nn')),
      r(new RegExp(`(?:${WORDS.augeas.reserved.split(' ').join('|')})\\b`), 'kr'),
      r(/[A-Z]\w*/, 'kn'),
      r(/\w+/, 'n'),
      r(/"/, 's', 'string'),
      r(/(\/)((?:\\.|[^/\\\n])*\/)/, (m) => m.groups('s', 'sr')),
      r(/[=.|*+?-]/, 'o'),
      r(/[[\](){};:]/, 'p'),
    ],
    string: [r(/\\./, 'se'), r(/"/, 's', '#pop'), r(/[^"\\]+/, 's')],
  },
});
