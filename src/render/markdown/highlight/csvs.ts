import { r, type StatefulLanguage } from './machine.js';

// CSV Schema (`csvs`) as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/csvs/): the
// `version` line (its blank `w`), `//` and `/* */` comments, `@directives` `kp`, a column name
// with its colon (`title:`, `"a name"`, `$col/`) `nv`, every other word a keyword, numbers `mf`,
// date-times `ld`, strings `s2` and `'x'` characters `sc`, brackets, `,` and `*` punctuation.
export const csvs = (): StatefulLanguage => ({
  start: ['root'],
  states: {
    root: [
      r(/\s+/, ''),
      r(/(version)(\s+)(\d+\.\d+)/, (m) => m.groups('k', 'w', 'mf')),
      r(/\/\/.*/, 'c1'),
      r(/\/\*[\s\S]*?\*\//, 'cm'),
      r(/@\w+/, 'kp'),
      r(/\$\w+\/|\w+:|"[^"\n]*"(?=\s*:)/, 'nv'),
      r(/\d{4}-\d\d-\d\dT[\d:]+/, 'ld'),
      r(/\d+(?:\.\d+)?/, 'mf'),
      r(/\w+/, 'k'),
      r(/"[^"\n]*"/, 's2'),
      r(/'[^'\n]*'/, 'sc'),
      r(/[(),*]/, 'p'),
    ],
  },
});
