import { type Machine, r, type StatefulLanguage } from './machine.js';
import { PYGMENTS_BUILTINS, ROUGE_BUILTINS, ROUGE_KEYWORDS } from './sql-words.js';

// SQL as Rouge 3.30 and as the Pygments of Jekyll 2 and 3 sites lex it (checked against Rouge and
// Pygments 2.14 on test/highlight-oracle/exact/sql/): a word is a keyword or a built-in name (a
// type) by the lexer's own word list, in any case, else a name; numbers are integers only (`0.5`
// is `0`, `.`, `5`). The two differ in what a quoted text is (Pygments: `"…"` a symbol, `` ` `` an
// operator; Rouge: both names of variables, with escapes) and in their word lists (`INTERVAL` is a
// type to Pygments, a name to Rouge).
//
// Pygments' keywords then (1.6 to 2.0, in pygments.rb 0.6) were Rouge's, less the five Rouge added
// (window frames) and with the five Rouge made types; Pygments later added `TIME`, `IF`, `ELSIF`
// and other words and fixed the spelling of some (`COALSECE`): a post's `time` is a name there.

const set = (words: string) => new Set(words.split(' '));
let rougeWords: readonly [keywords: Set<string>, builtins: Set<string>] | undefined;

// A comment between slash-star and star-slash, which nest.
export const sqlComment = () => [
  r(/\/\*/, 'cm', 'comment'),
  r(/\*\//, 'cm', '#pop'),
  r(/[^/*]+/, 'cm'),
  r(/[/*]/, 'cm'),
];

/** A quoted text in Rouge: `\x` and a doubled quote are escapes inside it. */
const rougeQuoted = (quote: string, cls: string) => [
  r(/\\[\s\S]/, 'se'),
  r(new RegExp(`${quote}${quote}`), 'se'),
  r(new RegExp(quote), cls, '#pop'),
  r(new RegExp(`[^\\\\${quote}]+`), cls),
];

export const sqlRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      r(/\s+/, ''),
      r(/--[^\n]*/, 'c1'),
      r(/\/\*/, 'cm', 'comment'),
      r(/\d+/, 'mi'),
      r(/'/, 's1', 'single'),
      r(/"/, 'nv', 'double'),
      r(/`/, 'nv', 'backtick'),
      // Ruby's `\w` is ASCII.
      r(/[A-Za-z0-9_]+/, (m: Machine) => {
        const word = m.match[0].toUpperCase();
        rougeWords ??= [set(ROUGE_KEYWORDS), set(ROUGE_BUILTINS)];
        const [keywords, builtins] = rougeWords;
        m.token(builtins.has(word) ? 'nb' : keywords.has(word) ? 'k' : 'n');
      }),
      r(/[+*/<>=~!@#%&|?^-]/, 'o'),
      r(/[;:()[\]{},.]/, 'p'),
    ],
    comment: sqlComment(),
    single: rougeQuoted("'", 's1'),
    double: rougeQuoted('"', 'nv'),
    backtick: rougeQuoted('`', 'nv'),
  },
};

/**
 * Pygments' rule for a word list: the first of the words, in any case, that ends where a word
 * does (ASCII then): `END-EXEC` is `END`, `-`, `EXEC`.
 */
const listed = (list: string) => new RegExp(`(?:${list.split(' ').join('|')})\\b`, 'i');

// Its list had ` TEMP`, with a blank, which never matched.
const ROUGE_ONLY = new Set(['FOLLOWING', 'PARTITION', 'PRECEDING', 'RANGE', 'WINDOW', 'TEMP']);
const PYGMENTS_KEYWORDS = [
  ...ROUGE_KEYWORDS.split(' ').filter((w) => !ROUGE_ONLY.has(w)),
  ...['NATIONAL', 'NCHAR', 'PRECISION', 'TIMESTAMP', 'YEAR'],
].join(' ');

export const sqlPygments: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      r(/\s+/, ''),
      r(/--[^\n]*\n/, 'c1'),
      r(/\/\*/, 'cm', 'comment'),
      r(listed(PYGMENTS_KEYWORDS), 'k'),
      r(listed(PYGMENTS_BUILTINS), 'nb'),
      r(/[+*/<>=~!@#%^&|`?-]/, 'o'),
      r(/[0-9]+/, 'mi'),
      r(/'(?:''|[^'])*'/, 's1'),
      r(/"(?:""|[^"])*"/, 'ss'),
      r(/[a-z_]\w*/i, 'n'),
      r(/[;:()[\],.]/, 'p'),
    ],
    comment: sqlComment(),
  },
};
