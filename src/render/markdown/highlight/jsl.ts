import { r, type StatefulLanguage } from './machine.js';

// The JMP Scripting Language as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/jsl/):
// blanks `w`, `//` and `/* */` comments, a name before `(` (names may hold blanks: `N Rows(`) a
// keyword, a message sent with `<<` a function `nf`, any other name `nv` with the blanks after it,
// strings `s2` with `\!N` escapes `se`, numbers and the missing value `.` `m`, signs operators,
// brackets and separators punctuation.
export const jsl = (): StatefulLanguage => ({
  start: ['root'],
  states: {
    root: [
      r(/\s+/, 'w'),
      r(/\/\/.*/, 'c1'),
      r(/\/\*[\s\S]*?\*\//, 'cm'),
      r(/(<<)(\s*)([a-z_]\w*)/i, (m) => m.groups('o', 'w', 'nf')),
      r(/[a-z_][\w ]*?(?=\s*\()/i, 'k'),
      r(/[a-z_][\w ]*/i, 'nv'),
      r(/"/, 's2', 'string'),
      r(/\d+(?:\.\d*)?(?:e[+-]?\d+)?|\.(?!\d)/i, 'm'),
      r(/[-+*/=<>!&|^]+/, 'o'),
      r(/[()[\]{},;:]+/, 'p'),
    ],
    string: [r(/\\!./, 'se'), r(/"/, 's2', '#pop'), r(/[^"\\]+|\\/, 's2')],
  },
});
