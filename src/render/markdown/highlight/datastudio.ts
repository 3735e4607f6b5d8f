import { r, type StatefulLanguage } from './machine.js';
import { WORDS } from './small-words.js';

// Datastudio's scripting language as Rouge 3.30 lexes it (checked on
// test/highlight-oracle/exact/datastudio/): `//` and `/* */` comments (`--` is punctuation),
// Rouge's SQL keyword list in any case `k`, `@variables` `ni`, a name before `(` `nf`, other names
// `n`, strings `s1` (`''` inside, `%name%` patterns `se`) and `s2`, numbers `m`, every sign and
// bracket punctuation.
export const datastudio = (): StatefulLanguage => {
  const keywords = new Set(WORDS.datastudio.sql_keywords.split(' '));
  return {
    start: ['root'],
    states: {
      root: [
        r(/\s+/, ''),
        r(/\/\/.*/, 'c1'),
        r(/\/\*[\s\S]*?\*\//, 'cm'),
        r(/@\w+/, 'ni'),
        r(/[a-z_]\w*(?=\()/i, 'nf'),
        r(/[a-z_]\w*/i, (m) => m.token(keywords.has(m.match[0].toUpperCase()) ? 'k' : 'n')),
        r(/\d+(?:\.\d+)?/, 'm'),
        r(/'/, 's1', 'single'),
        r(/"[^"]*"/, 's2'),
        r(/[-+*/%=<>!;:,.()[\]{}|&^~]+/, 'p'),
      ],
      single: [r(/''/, 's1'), r(/'/, 's1', '#pop'), r(/%\w+%/, 'se'), r(/[^'%]+|%/, 's1')],
    },
  };
};
