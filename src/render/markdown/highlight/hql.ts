import { lazyLanguage, type Machine, r, type StatefulLanguage } from './machine.js';
import { SPACE } from './ruby-regex.js';
import { WORDS } from './small-words.js';
import { sqlComment } from './sql.js';

// HQL (Hive's SQL) as Rouge 3.30 lexes it, its SQL lexer with Hive's word lists and three rules
// of its own put first (checked on test/highlight-oracle/exact/hql/, the sample and random code):
// a word is a type `nb` or a keyword `k` by Hive's lists, in any case (`CONCAT`, `STRING` and
// `YEAR` are words there, `BEGIN` is not), else `n`; `"…"` is a string `s2`, not a name; `${…}`
// a variable `nv` in code and in both strings. Rouge's SQL rules after its own still run in a
// string: a `$` not opening `${` takes the rest of a `'…'` string as `s1` up to a backslash,
// and of a `"…"` one as `nv`; `\x` is an escape `se` (not before a line's end: `\` is then an
// error `err`), `''` too. A `$` in code is an error, and so is a blank Ruby does not count as one (a
// no-break space).
const set = (words: string) => new Set(words.split(' '));

export const hqlRouge: StatefulLanguage = lazyLanguage(() => {
  const keywords = set(WORDS.hql.keywords);
  const types = set(WORDS.hql.keywords_type);
  return {
    start: ['root'],
    states: {
      root: [
        r(/"/, 's2', 'double'),
        r(/\$\{/, 'nv', 'variable'),
        r(new RegExp(`${SPACE}+`), ''),
        r(/--[^\n]*/, 'c1'),
        r(/\/\*/, 'cm', 'comment'),
        r(/\d+/, 'mi'),
        r(/'/, 's1', 'single'),
        r(/`/, 'nv', 'backtick'),
        // Ruby's `\w` is ASCII.
        r(/[A-Za-z0-9_]+/, (m: Machine) => {
          const word = m.match[0].toUpperCase();
          m.token(types.has(word) ? 'nb' : keywords.has(word) ? 'k' : 'n');
        }),
        r(/[+*/<>=~!@#%&|?^-]/, 'o'),
        r(/[;:()[\]{},.]/, 'p'),
      ],
      comment: sqlComment(),
      single: [
        r(/\$\{/, 'nv', 'variable'),
        r(/[^\\'$]+/, 's1'),
        r(/\\[^\n]/u, 'se'),
        r(/''/, 'se'),
        r(/'/, 's1', '#pop'),
        r(/[^\\']+/, 's1'),
      ],
      double: [
        r(/\$\{/, 'nv', 'variable'),
        r(/"/, 's2', '#pop'),
        r(/[^\\"$]+/, 's2'),
        r(/\\[^\n]/u, 'se'),
        r(/[^\\"]+/, 'nv'),
      ],
      backtick: [r(/\\[^\n]/u, 'se'), r(/``/, 'se'), r(/`/, 'nv', '#pop'), r(/[^\\`]+/, 'nv')],
      variable: [r(/\}/, 'nv', '#pop'), r(/[^}]+/, 'nv')],
    },
  };
});
