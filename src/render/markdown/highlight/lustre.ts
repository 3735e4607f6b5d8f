import { r, type StatefulLanguage } from './machine.js';
import { WORDS } from './small-words.js';

// Lustre and Lutin, Verimag's two languages, as Rouge 3.30 lexes them (checked on
// test/highlight-oracle/exact/lustre/ and lutin/): `--` comments `c1`, `(* *)` and `/* */` `cm`,
// each language's keyword `k`, word operator `ow` and primitive type `kt` lists, `true`/`false`
// `kc`, strings `s2`, integers `mi` (`1.5` is `1`, `.`, `5`; only an exponent makes `mf`), signs
// and `,` operators, brackets and `;` punctuation.
const list = (words: string) => new RegExp(`(?:${words.split(' ').join('|')})\\b`);
const verimag = (words: { word_operators: string; keywords: string; primitives: string }): StatefulLanguage => ({
  start: ['root'],
  states: {
    root: [
      r(/\s+/, ''),
      r(/--.*/, 'c1'),
      r(/\(\*[\s\S]*?\*\)|\/\*[\s\S]*?\*\//, 'cm'),
      r(/(?:true|false)\b/, 'kc'),
      r(list(words.word_operators), 'ow'),
      r(list(words.keywords), 'k'),
      r(list(words.primitives), 'kt'),
      r(/"(?:\\.|[^"\\\n])*"/, 's2'),
      r(/\d+(?:\.\d*)?[eE][+-]?\d+/, 'mf'),
      r(/\d+/, 'mi'),
      r(/[a-z_]\w*/i, 'n'),
      r(/[-+*/%^=<>:,.&|#@!~]+/, 'o'),
      r(/[()[\]{};]+/, 'p'),
    ],
  },
});

export const lustre = () => verimag(WORDS.lustre);
export const lutin = () => verimag(WORDS.lutin);
