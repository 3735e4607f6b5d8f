import { lazyLanguage, type Machine, r, type StatefulLanguage } from './machine.js';
import { EOL, RUBY_STRING, SPACE } from './ruby-regex.js';
import { WORDS } from './small-words.js';

// Clojure as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/clojure/, the sample and
// random code): blanks are `w` spans; `;` comments `c1`; `-1.5` `mf`, `-1` `mi` (so `0x1F` is `0`
// and the name `x1F`); `"…"` strings `s` over lines (a string never closed leaves its `"` an error
// `err`; a `\"` whose quote is the text's last closes it, as Rouge's pattern backtracks); `'sym`
// `ss`, `:key` and `::key` constants `no`; `\a` a character `sc` (one character: `\newline` is
// `\n` and the name `ewline`); `~@` and `` `'#^~&@ `` operators; a name
// is a run of ASCII word characters and `!$%*+,<=>?/.-` (a comma and a dot too), `k` or `nb` by
// Rouge's lists, else `n`, and after `(` (blanks between) a name not in them `nf`.
const NAME = '[A-Za-z0-9_!$%*+,<=>?/.-]+';
const KEY = '[A-Za-z0-9_!#$%*+,<=>?/.-]+';

export const clojureRouge: StatefulLanguage = lazyLanguage(() => {
  const keywords = new Set(WORDS.clojure.keywords.split(' '));
  const builtins = new Set(WORDS.clojure.builtins.split(' '));
  const known = (name: string) => (keywords.has(name) ? 'k' : builtins.has(name) ? 'nb' : undefined);
  return {
    start: ['root'],
    states: {
      root: [
        r(new RegExp(`;[^\\n]*?${EOL}`), 'c1'),
        r(new RegExp(`${SPACE}+`), 'w'),
        r(/-?\d+\.\d+/, 'mf'),
        r(/-?\d+/, 'mi'),
        r(new RegExp(RUBY_STRING), 's'),
        r(new RegExp(`'${KEY}`), 'ss'),
        r(new RegExp(`::?${KEY}`), 'no'),
        // Rouge's `[a-z]+` after `.` never gets a turn: one character.
        r(/\\[^\n]/u, 'sc'),
        r(/~@|[`'#^~&@]/, 'o'),
        r(new RegExp(`(\\()(${SPACE}*)(${NAME})`), (m: Machine) => {
          m.token('p', m.match[1]);
          m.token('w', m.match[2]);
          m.token(known(m.match[3]!) ?? 'nf', m.match[3]);
        }),
        r(new RegExp(NAME), (m: Machine) => m.token(known(m.match[0]) ?? 'n')),
        r(/[[\]{}()]/, 'p'),
      ],
    },
  };
});
