import { lazyLanguage, mixin, r, type StatefulLanguage } from './machine.js';
import { BLANK, EOL, SPACE, WORD_CHARS, WORD_END } from './ruby-regex.js';
import { WORDS } from './small-words.js';

// Julia as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/julia/, the sample and
// random code). Operators come first, one sign at a time (`\`, `.`, `:`, `?`, `≤`, `÷` among
// them), so `.5` is `.` `5` and `:sym` `:` `sym`; brackets, `,` and `;` are `x` (Rouge's "other").
// After `function`/`macro` and blanks (those `nf` too) the next name is a function `nf` (dots and
// symbols in it: `Base.show`), or a sign or two an operator; after `struct`, `mutable struct`,
// `abstract type` a class `nc`. Rouge's word lists: types `kt`, `local`/`global`/`const` `kd`,
// keywords `k` (its `mutable struct` and `for outer`, written in a pattern that drops blanks,
// match only `mutablestruct` and `forouter`), builtins `nb`. A name may hold any character of the
// Basic Multilingual Plane from U+00A1 and end in `!`s (a character beyond that plane, a no-break
// space, are errors `err`); `@name` `nd`; `'c'` characters `sc`, and every other `'`, a transpose
// included, an error (Rouge's look-behind for it sees nothing). In strings (`"…"`, `I"…"`,
// `L"…"`, `E"…"`) a `$`, with a `(name)` and format flags after it, is `si`, escapes `se`; `#=`
// comments nest, `#` comments `c`; `` `…` `` commands `sb`.
const KEYWORDS =
  'function return module import export if else elseif end for in isa while try catch const local global using struct mutablestruct abstracttype finally begin do quote macro forouter where';
const BUILTINS =
  'true false missing nothing Inf Inf16 Inf32 Inf64 NaN NaN16 NaN32 NaN64 stdout stderr stdin devnull pi π ℯ im ARGS C_NULL ENV ENDIAN_BOM VERSION undef LOAD_PATH DEPOT_PATH';
const words = (list: string) => ({ source: `(?:${list.split(' ').join('|')})${WORD_END}`, flags: 'u' });
/** A function's or a type's name: Rouge's `[\p{L}\p{Nl}\p{S}_][\p{Word}\p{S}\p{Po}!]*`. */
const DEFINED = `[\\p{L}\\p{Nl}\\p{S}_][${WORD_CHARS}\\p{S}\\p{Po}!]*`;
/** Not Ruby's `[\s\w{]`: ASCII blanks, ASCII word characters, `{`. */
const NOT_WORD = '[^ \\t\\n\\v\\f\\rA-Za-z0-9_{]';

export const juliaRouge: StatefulLanguage = lazyLanguage(() => ({
  start: ['root'],
  states: {
    root: [
      r(/\n/, ''),
      r(new RegExp(`${BLANK}+`), ''),
      r(/#=/, 'cm', 'blockcomment'),
      r(new RegExp(`#[^\\n]*${EOL}`), 'c'),
      r(/[-+=*/\\&|$~^%!<>≠≤≥.:?÷]/, 'o'),
      r(new RegExp(`(function|macro)((?:${SPACE}|\\\\${SPACE})+)`), (m) => {
        m.groups('k', 'nf');
        m.push('funcname');
      }),
      r(new RegExp(`((?:mutable )?struct|(?:abstract|primitive) type)((?:${SPACE}|\\\\${SPACE})+)`), (m) => {
        m.groups('k', 'nc');
        m.push('typename');
      }),
      r(words(WORDS.julia.types), 'kt'),
      r(words('local global const'), 'kd'),
      r(words(KEYWORDS), 'k'),
      r(words(BUILTINS), 'nb'),
      r(/`[^\n]*?`/, 'sb'),
      r(/'(?:\\[^\n]|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,3}|\\u[a-fA-F0-9]{1,4}|\\U[a-fA-F0-9]{1,6}|[^\\'\n])'/u, 'sc'),
      r(/[IL]"/, 's', 'string'),
      r(/E?"/, 's', 'string'),
      r(/@[\w.]+/, 'nd'),
      r(/[a-zA-Z_\u00a1-\uffff][a-zA-Z_0-9\u00a1-\uffff]*!*/u, 'n'),
      r(/[[\]{}(),;]/, 'x'),
      r(/(?:\d+(?:_\d+)+\.\d*|\d*\.\d+(?:_\d+)+)(?:[eEf][+-]?[0-9]+)?/, 'mf'),
      r(/(?:\d+\.\d*|\d*\.\d+)(?:[eEf][+-]?[0-9]+)?/, 'mf'),
      r(/\d+(?:_\d+)*[eEf][+-]?[0-9]+/, 'mf'),
      r(/0b[01]+(?:_[01]+)*/, 'mb'),
      r(/0o[0-7]+(?:_[0-7]+)*/, 'mo'),
      r(/0x[a-fA-F0-9]+(?:_[a-fA-F0-9]+)*/, 'mh'),
      r(/\d+(?:_\d+)*/, 'mi'),
    ],
    funcname: [
      r({ source: DEFINED, flags: 'u' }, 'nf', '#pop'),
      r({ source: `\\(${NOT_WORD}{1,2}\\)`, flags: 'u' }, 'o', '#pop'),
      r({ source: `${NOT_WORD}{1,2}`, flags: 'u' }, 'o', '#pop'),
    ],
    typename: [r({ source: DEFINED, flags: 'u' }, 'nc', '#pop')],
    blockcomment: [r(/[^=#]/u, 'cm'), r(/#=/, 'cm', 'blockcomment'), r(/=#/, 'cm', '#pop'), r(/[=#]/, 'cm')],
    string: [
      mixin('stringescape'),
      r(/"/, 's', '#pop'),
      r(/\\\\|\\"|\\\n/, 'se'),
      r(/\$(?:\(\w+\))?[-#0 +]*(?:[0-9]+|\*)?(?:\.(?:[0-9]+|\*))?/, 'si'),
      r(/[^\\"$]+/, 's'),
      r(/["\\]/, 's'),
    ],
    stringescape: [
      r(/\\(?:[\\abfnrtv"']|\n|N\{[^\n]*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})/, 'se'),
    ],
  },
}));
