import { r, type StatefulLanguage, statefulLexer } from './machine.js';
import { BLANK, RUBY_STRING, SPACE, u, WORD, WORD_END } from './ruby-regex.js';

// Java as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/java/, the Java sample and
// random code, test/highlight-oracle/random/java.gen.ts). Words are tried before names and need
// no boundary before them, only after. A run of words then a name and `(` is a method
// signature: the name `nf`, the words before it lexed again on their own (so `\n throw new
// Foo(` makes `Foo` a method, as in Rouge, where one line `throw new Foo(` makes it a class).
// `.name` is an attribute `na`, `name:` a label `nl`, an all-capitals name a constant `no`, a
// capitalised one a class `nc`; every sign is an operator `o`, one character at a time. A
// character nothing matches (`#`, a lone `"` or `$`) is an error `err`.
// Ruby's `\b` after a word that ends in a letter is only that no word character follows (WORD_END):
// the same, with less for the engine to compile.
const words = (list: string) => `(?:${list.trim().split(/\s+/).join('|')})${WORD_END}`;
const KEYWORDS = `assert break case catch continue default do else finally for if goto instanceof new return
  switch this throw try while`;
const DECLARATIONS = `abstract const enum extends final implements native private protected public static strictfp
  super synchronized throws transient volatile`;
const TYPES = 'boolean byte char double float int long short var void';
const ID = `[\\p{Alphabetic}_]${WORD}*`;
/** Digits with single `_` runs between them, never at an end. */
const digits = (digit: string) => `(?:${digit}_+${digit}|${digit})+`;
const DEC = digits('[0-9]');
export const javaRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      r(u(`${BLANK}+`), ''),
      r(/\/\/[^\n]*/, 'c1'),
      r(/\/\*[\s\S]*?\*\//, 'cm'),
      r(u(words(KEYWORDS)), 'k'),
      r(u(`(${SPACE}*(?:[a-zA-Z_][a-zA-Z0-9_.[\\]<>]*${SPACE}+)+?)([a-zA-Z_][a-zA-Z0-9_]*)(${SPACE}*)(\\()`), (m) => {
        // The words before a method's name are lexed as a block of their own.
        statefulLexer(javaRouge).lex(m.match[1]!, (cls, text) => m.token(cls, text));
        m.token('nf', m.match[2]);
        m.token('', m.match[3]);
        m.token('o', m.match[4]);
      }),
      r(u(`@${ID}`), 'nd'),
      r(u(words(DECLARATIONS)), 'kd'),
      r(u(words(TYPES)), 'kt'),
      r(u(words('true false null')), 'kc'),
      r(u(words('class interface')), 'kd', 'class'),
      r(u(words('import package')), 'kn', 'import'),
      r(u(RUBY_STRING), 's'),
      r(/'(?:\\[^\n]|[^\\]|\\u[0-9a-f]{4})'/u, 'sc'),
      r(u(`(\\.)(${ID})`), (m) => m.groups('o', 'na')),
      r(u(`${ID}:`), 'nl'),
      r(u(`\\p{Uppercase}[\\p{Uppercase}\\p{Nd}_]*${WORD_END}`), 'no'),
      r(u(`\\p{Uppercase}[\\p{Alphabetic}\\p{Nd}]*${WORD_END}`), 'nc'),
      r(u(`\\$?${ID}`), 'n'),
      r(/[~^*!%&[\](){}<>|+=:;,./?-]/, 'o'),
      // `1.5e3d` (no sign, lower-case suffix), `0b1`, `0x1F`, `017`, `1_000L`.
      r({ source: `${DEC}\\.${DEC}(?:[eE]${DEC})?[fd]?`, flags: '' }, 'mf'),
      r({ source: `0[bB]${digits('[01]')}`, flags: '' }, 'mb'),
      r({ source: `0[xX]${digits('[0-9a-fA-F]')}`, flags: '' }, 'mh'),
      r({ source: `0${digits('[0-7]')}`, flags: '' }, 'mo'),
      r({ source: `${DEC}L?`, flags: '' }, 'mi'),
      r(/\n/, ''),
    ],
    // The name after `class` or `interface`, past blanks and lines.
    class: [r(u(`${SPACE}+`), ''), r(u(ID), 'nc', '#pop')],
    // A dotted name after `import` or `package` (`static` too), a `*` at its end; in any case as
    // Ruby folds it (`ſ` is an `s`).
    import: [r(u(`${SPACE}+`), ''), r(/[a-z0-9_.]+\*?/iu, 'nn', '#pop')],
  },
};
