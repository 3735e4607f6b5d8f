import { r, type StatefulLanguage } from './machine.js';
import { WORDS } from './small-words.js';

// Nial as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/nial/): a `%` comment runs
// to its `;`; words in any case by Rouge's lists, keywords `k`, operations `kp`, transformers
// `nb`, constants `kc`, a word of `o`s and `l`s a boolean `mb`, any other name `nv`; `'…'` strings
// `s1`, `` `c `` characters `sc`, `"phrase`s `ss`, `?fault`s `gr`, numbers (`0.` `mf`), signs
// operators, `:=`, brackets and separators punctuation.
export const nial = (): StatefulLanguage => {
  const set = (words: string) => new Set(words.toLowerCase().split(' '));
  const [keywords, funcs, transformers, consts] = [
    set(WORDS.nial.keywords),
    set(WORDS.nial.funcs),
    set(WORDS.nial.transformers),
    set(WORDS.nial.consts),
  ];
  const wordClass = (word: string) => {
    const w = word.toLowerCase();
    if (/^[ol]+$/.test(w)) return 'mb';
    if (consts.has(w)) return 'kc';
    if (keywords.has(w)) return 'k';
    if (funcs.has(w)) return 'kp';
    return transformers.has(w) ? 'nb' : 'nv';
  };
  return {
    start: ['root'],
    states: {
      root: [
        r(/\s+/, ''),
        r(/%[^;]*;?/, 'cm'),
        r(/'(?:[^']|'')*'/, 's1'),
        r(/`[\s\S]/, 'sc'),
        r(/"\w*/, 'ss'),
        r(/\?+\w*/, 'gr'),
        r(/-?\d+(?:\.\d*(?:e-?\d+)?|e-?\d+)/i, 'mf'),
        r(/-?\d+/, 'mi'),
        r(/[a-z_]\w*/i, (m) => m.token(wordClass(m.match[0]))),
        r(/:=|[{}[\],();:]/, 'p'),
        r(/<<|>>|<=|>=|~=|[-+*/<>=@|!.#~]/, 'o'),
      ],
    },
  };
};
