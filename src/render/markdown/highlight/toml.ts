import { mixin, r, type StatefulLanguage } from './machine.js';
import { NON_SPACE, SPACE } from './ruby-regex.js';

// TOML as Rouge 3.30 lexes it, in Rouge's markup (checked on test/highlight-oracle/exact/toml/, the
// TOML sample and random code): a key before `=` `py` (a key is any run of non-blanks, or a quoted
// run), `=` punctuation, and the rest of the line a value; `[table]` headers `nn` (and so a value
// written `[1,2]` without blanks), an inline table's key `nn` with `=` `o`; strings `s` with
// escapes `se`, a line end in a one-line string an error; `true` `false` `kc` even inside a word,
// numbers, and only a full UTC date-time `ld` (a date alone is numbers: `1979-05-27` is `mi`).
const KEY = `(?:${NON_SPACE}+|"[^"]+"|'[^']+')`;
const INT = '[0-9]+(?:_[0-9]+)*';

export const tomlRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    basic: [
      r(new RegExp(`${SPACE}+`), ''),
      r(/#[^\n]*/, 'c'),
      r(/true|false/, 'kc'),
      r(new RegExp(`(${KEY})(${SPACE}*)(=)(${SPACE}*)(\\{)`), (m) => {
        m.groups('nn', '', 'o', '', 'p');
        m.push('inline');
      }),
      r(new RegExp(`${SPACE}*\\[${NON_SPACE}+\\]`), 'nn'),
      r(/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z/, 'ld'),
      r(new RegExp(`[+-]?${INT}\\.${INT}(?:[eE][+-]?${INT})?`), 'mf'),
      r(new RegExp(`[+-]?${INT}[eE][+-]?${INT}`), 'mf'),
      r(/[+-]?(?:nan|inf)/, 'mf'),
      r(/0x[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*/, 'mh'),
      r(/0o[0-7]+(?:_[0-7]+)*/, 'mo'),
      r(/0b[01]+(?:_[01]+)*/, 'mb'),
      r(new RegExp(`[+-]?${INT}`), 'mi'),
    ],
    root: [
      mixin('basic'),
      r(new RegExp(`(${KEY})(${SPACE}*)(=)`), (m) => {
        m.groups('py', '', 'p');
        m.push('value');
      }),
    ],
    // A value runs to the line's end, unless blanks before that end took it.
    value: [r(/\n/, '', '#pop'), mixin('content')],
    content: [
      mixin('basic'),
      r(new RegExp(`(${KEY})(${SPACE}*)(=)`), (m) => m.groups('py', '', 'p')),
      r(/"""/, 's', 'mdq'),
      r(/"/, 's', 'dq'),
      r(/'''/, 's', 'msq'),
      r(/'/, 's', 'sq'),
      mixin('escape'),
      r(/,/, 'p'),
      r(/\[/, 'p', 'array'),
    ],
    dq: [r(/"/, 's', '#pop'), r(/\n/, 'err', '#pop'), mixin('escape'), r(/[^\\"\n]+/, 's')],
    mdq: [r(/"""/, 's', '#pop'), mixin('escape'), r(/[^\\"]+/, 's'), r(/"+/, 's')],
    sq: [r(/'/, 's', '#pop'), r(/\n/, 'err', '#pop'), r(/[^'\n]+/, 's')],
    msq: [r(/'''/, 's', '#pop'), r(/[^']+/, 's'), r(/'+/, 's')],
    // The escapes Rouge knows (`\u` is none: its backslash is an error).
    escape: [r(/\\[0t\tn\n "\\r]/, 'se')],
    array: [mixin('content'), r(/\]/, 'p', '#pop')],
    inline: [mixin('content'), r(/\}/, 'p', '#pop')],
  },
};
