import { lazyLanguage, type Machine, mixin, r, type StatefulLanguage, statefulLexer } from './machine.js';
import { BOL, EOL, SPACE, WORD_END } from './ruby-regex.js';

// Dart as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/dart/, the sample and random
// code). At a line's start, words and blanks (over lines, dots and square brackets allowed in a
// word) then a name and `(` make that name a function `nf`, the words before it lexed anew as Dart
// (so `void main(` and `Future foo(` mark the name, `Future<int> foo(` does not). Keyword lists
// match without a word's start before them (`is`, `dynamic`, `List` end where a word does); `.name`
// is `o` `na`, `name:` a label `nl`; `class`, `mixin` and `interface` make the next name a class
// `nc` (anything else before it an error `err`); `import`, `export`, `part of` and the like are
// `kn` up to a `;` (`o`), with `show`/`hide` `kd`. `.` is punctuation before a number can start
// with it (`.5` is `.` `5`); `1.5` `mf`, `0x1F` `mh`, `1e5` `1` and a name. In strings `$name` and
// `${…}` (to the first `}`) are `si`, `\n`-like escapes `se`, another backslash or a lone `$` an
// error; `r"…"` is `sx`; `#sym` `ss`; `@meta` `nd`.
const ID = '[a-zA-Z_][a-zA-Z0-9_]*';
const KEYWORDS =
  'as assert await break case catch continue default do else finally for if in is new rethrow return super switch this throw try while with yield';
const DECLARATIONS =
  'abstract async dynamic const covariant external extends factory final get implements late native on operator required set static sync typedef var';
const TYPES =
  'bool Comparable double Dynamic enum Function int List Map Never Null num Object Pattern Set String Symbol Type Uri void';
const IMPORTS = ['import', 'deferred', 'export', 'library', `part${SPACE}*of`, 'part', 'source'];
/** Rouge's `(?:a|b)\b`: the first word that ends where a word does. */
const words = (list: string | readonly string[]) => ({
  source: `(?:${(typeof list === 'string' ? list.split(' ') : list).join('|')})${WORD_END}`,
  flags: 'u',
});

export const dartRouge: StatefulLanguage = lazyLanguage(() => ({
  start: ['root'],
  states: {
    root: [
      r(
        new RegExp(`${BOL}(${SPACE}*(?:[a-zA-Z_][a-zA-Z0-9_.[\\]]*${SPACE}+)+?)(${ID})(${SPACE}*)(\\()`),
        (m: Machine) => {
          // Rouge hands the words to a new Dart lexer, whose states end with them.
          statefulLexer(dartRouge).lex(m.match[1]!, (cls, text) => m.token(cls, text));
          m.token('nf', m.match[2]);
          m.token('', m.match[3]);
          m.token('p', m.match[4]);
        },
      ),
      r(new RegExp(`${SPACE}+`), ''),
      r(new RegExp(`//[^\\n]*?${EOL}`), 'c1'),
      r(/\/\*[\s\S]*?\*\//, 'cm'),
      r(/"/, 's', 'dqs'),
      r(/'/, 's', 'sqs'),
      r(/r"[^"]*"/, 'sx'),
      r(/r'[^']*'/, 'sx'),
      // Rouge's `/i` there does not reach the name's own pattern (ſ and K, Kelvin, stay errors).
      r(new RegExp(`#(?:${ID})*`), 'ss'),
      r(new RegExp(`@${ID}`), 'nd'),
      r(words(KEYWORDS), 'k'),
      r(words(DECLARATIONS), 'kd'),
      r(words(TYPES), 'kt'),
      r(words('true false null'), 'kc'),
      r(words('class interface mixin'), 'kd', 'class'),
      r(words(IMPORTS), 'kn', 'import'),
      r(new RegExp(`(\\.)(${ID})`), (m) => m.groups('o', 'na')),
      r(new RegExp(`${ID}:`), 'nl'),
      r(new RegExp(`\\$?${ID}`), 'n'),
      r(/[~^*!%&|+=:/?-]/, 'o'),
      r(/[[\](){}<>.,;]/, 'p'),
      r(/\d*\.\d+(?:[eE]-?\d+)?/, 'mf'),
      r(/0x[\da-fA-F]+/, 'mh'),
      r(/\d+L?/, 'mi'),
    ],
    class: [r(new RegExp(`${SPACE}+`), ''), r(new RegExp(ID), 'nc', '#pop')],
    dqs: [r(/"/, 's', '#pop'), r(/[^\\$"]+/, 's'), mixin('string')],
    sqs: [r(/'/, 's', '#pop'), r(/[^\\$']+/, 's'), mixin('string')],
    import: [r(/;/, 'o', '#pop'), r(words('show hide'), 'kd'), mixin('root')],
    string: [r(new RegExp(`\\$${ID}`), 'si'), r(/\$\{[^}]+\}/, 'si'), r(/\\[nrt"'\\]/, 'se')],
  },
}));
