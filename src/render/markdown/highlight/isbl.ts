import { r, type StatefulLanguage } from './machine.js';
import { WORDS } from './small-words.js';

// ISBL (Directum) as Rouge 3.30 lexes it (checked on test/highlight-oracle/samples/isbl.isbl):
// `//` and `/* */` comments, Rouge's keywords (English and Russian) `k`, its global objects `vg`
// and interfaces `nc` in any case, `true`/`false`/`nil` `nb`, a name before `(` `nf`, after `.`
// `n`, other names variables `nv`; strings, numbers `m`, signs operators, brackets, `.`, `,` and
// `;` punctuation. (Rouge's 1,980 system constants, `nb`, are not listed.)
export const isbl = (): StatefulLanguage => {
  const set = (words: string) => new Set(words.toLowerCase().split(' '));
  const [keywords, globals, interfaces] = [
    set(WORDS.isbl.keywords),
    set(WORDS.isbl.globals),
    set(WORDS.isbl.interfaces),
  ];
  const wordClass = (word: string) => {
    const w = word.toLowerCase();
    if (keywords.has(w)) return 'k';
    if (w === 'true' || w === 'false' || w === 'nil') return 'nb';
    if (globals.has(w)) return 'vg';
    return interfaces.has(w) ? 'nc' : 'nv';
  };
  return {
    start: ['root'],
    states: {
      root: [
        r(/\s+/, ''),
        r(/\/\/.*/, 'c1'),
        r(/\/\*[\s\S]*?\*\//, 'cm'),
        r(/(\.)([a-zа-яё_]\w*)/i, (m) => m.groups('p', 'n')),
        r(/[a-zа-яё_][\wа-яё]*(?=\()/i, 'nf'),
        r(/[a-zа-яё_][\wа-яё]*/i, (m) => m.token(wordClass(m.match[0]))),
        r(/\d+(?:\.\d+)?/, 'm'),
        r(/"[^"\n]*"/, 's2'),
        r(/'[^'\n]*'/, 's1'),
        r(/[-+*/=<>&|^!]+/, 'o'),
        r(/[()[\].,;:]+/, 'p'),
      ],
    },
  };
};
