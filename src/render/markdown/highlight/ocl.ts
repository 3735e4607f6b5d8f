import { r, type StatefulLanguage } from './machine.js';
import { WORDS } from './small-words.js';

// OCL as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/ocl/): `--` comments, Rouge's
// keyword `k`, word operator `o`, type `kd`, builtin `nb` and library function `nf` lists (a
// function's name is `nf` anywhere), `'…'` strings `s1`, integers `mi` (`3.5` is `3`, `.`, `5`),
// signs and `->` operators, `.`, `:`, `,`, `;` and round and square brackets punctuation.
const list = (words: string) => new RegExp(`(?:${words.split(' ').join('|')})\\b`);
export const ocl = (): StatefulLanguage => {
  const words = WORDS.ocl;
  return {
    start: ['root'],
    states: {
      root: [
        r(/\s+/, ''),
        r(/--.*/, 'c1'),
        r(list(words.keywords), 'k'),
        r(list(words.operators), 'o'),
        r(list(words.keywords_type), 'kd'),
        r(list(words.builtins.replace('@pre ', '')), 'nb'),
        r(list(words.functions), 'nf'),
        r(/'(?:[^'\\\n]|\\.)*'/, 's1'),
        r(/\d+/, 'mi'),
        r(/[a-z_]\w*/i, 'n'),
        r(/->|<>|<=|>=|[-+*/<>=|@#^]/, 'o'),
        r(/[.:,;()[\]]+/, 'p'),
      ],
    },
  };
};
