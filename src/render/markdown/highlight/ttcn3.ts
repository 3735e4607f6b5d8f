import { r, type StatefulLanguage } from './machine.js';
import { WORDS } from './small-words.js';

// TTCN-3 as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/ttcn3/): `//` and `/* */`
// comments, `module NAME` `kd` and `nc`, `import` `kn` and the word after it `nn`, Rouge's keyword
// `k`, type `kt` and reserved word `kr` lists (in that order), `true`/`false` `nb`, strings `s` (`""` inside),
// integers `mi`, floats `mf`, signs, `:=`, `->` and `:?` operators, brackets and separators
// punctuation.
const list = (words: string) => new RegExp(`(?:${words.split(' ').join('|')})\\b`);
export const ttcn3 = (): StatefulLanguage => ({
  start: ['root'],
  states: {
    root: [
      r(/\s+/, ''),
      r(/\/\/.*/, 'c1'),
      r(/\/\*[\s\S]*?\*\//, 'cm'),
      r(/(module)(\s+)(\w+)/, (m) => m.groups('kd', '', 'nc')),
      r(/(import)(\s+)(\w+)/, (m) => m.groups('kn', '', 'nn')),
      r(/(?:true|false)\b/, 'nb'),
      r(list(WORDS.ttcn3.keywords), 'k'),
      r(list(WORDS.ttcn3.types), 'kt'),
      r(list(WORDS.ttcn3.reserved), 'kr'),
      r(/[a-z_]\w*/i, 'n'),
      r(/\d+\.\d+(?:e[+-]?\d+)?/i, 'mf'),
      r(/\d+/, 'mi'),
      r(/"(?:[^"]|"")*"/, 's'),
      r(/:=|->|:\?|==|!=|<=|>=|[-+*/&<>]/, 'o'),
      r(/[{}()[\];,.:]+/, 'p'),
    ],
  },
});
