import { r, type StatefulLanguage } from './machine.js';

// Tulip as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/tulip/): `#` comments,
// `@name` keywords, `%name` functions, `.tag` tags `nt`, `'name` strings and `` `name `` word
// operators, double-quoted strings with `\` escapes `se`, names (`count-words`) `n`, decimal
// numbers `m`, and brackets, `=`, `>` and the like punctuation. Other signs (`+`, `*`, `&`) are errors.
export const tulip = (): StatefulLanguage => ({
  start: ['root'],
  states: {
    root: [
      r(/\s+/, ''),
      r(/#.*/, 'c'),
      r(/@\w[\w-]*/, 'k'),
      r(/%\w[\w-]*/, 'nf'),
      r(/\.\w[\w-]*/, 'nt'),
      r(/'[\w-]+/, 's'),
      r(/`[\w-]+/, 'ow'),
      r(/"/, 's', 'string'),
      r(/\d+(?:\.\d+)?/, 'm'),
      r(/[a-z]\w*(?:-\w+)*/i, 'n'),
      r(/[-=/;,:!~?[\](){}>_]/, 'p'),
    ],
    string: [r(/\\./, 'se'), r(/"/, 's', '#pop'), r(/[^"\\]+/, 's')],
  },
});
