import { mixin, r, type StatefulLanguage } from './machine.js';
import { SPACE, WORD_END } from './ruby-regex.js';

// HOCON (Typesafe Config, as Akka and Play sites show it) as Rouge 3.30 lexes it (checked on
// test/highlight-oracle/exact/hocon/): Rouge's JSON with `//` and `#` comments `c1`, keys
// (quoted, or bare with dots and dashes) `nl` before `:`, `=` or `{`, `include` and its kind
// `k` in an object, `${path}` and `${?path}` `si` around `nv`, `"""` strings, any other unquoted
// value a literal (`l`, as are dotted numbers with four parts or more), JSON's numbers and
// constants. A `"` in a `"""` string ends it, as Rouge's rules meet it first.
const comments = [r(/\/\/[^\n]*/, 'c1'), r(/#[^\n]*/, 'c1')];
const interpolation = r(/\$\{\??/, 'si', 'interpolation');

export const hoconRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    whitespace: [r(new RegExp(`${SPACE}+`), 'w')],
    root: [
      ...comments,
      mixin('whitespace'),
      r(/\{/, 'p', 'object'),
      r(/\[/, 'p', 'array'),
      mixin('name'),
      mixin('value'),
      r(/[\]}]/, 'p'),
    ],
    object: [
      // Rouge's leading `\b` holds wherever a word character follows, as the word does here.
      r({ source: `(?:include|url|file|classpath)${WORD_END}`, flags: 'u' }, 'k'),
      mixin('whitespace'),
      mixin('name'),
      mixin('value'),
      r(/\}/, 'p', '#pop'),
      r(/,/, 'p'),
    ],
    name: [
      r(new RegExp(`("(?:"|[^"\\n])*?")(${SPACE}*)([:=]|(?=\\{))`), (m) => m.groups('nl', 'w', 'p')),
      r(new RegExp(`([-\\w.]+)(${SPACE}*)([:=]|(?=\\{))`), (m) => m.groups('nl', 'w', 'p')),
    ],
    value: [
      ...comments,
      r(new RegExp(`${SPACE}+`), 'w'),
      mixin('constants'),
      interpolation,
      r(/"""/, 's2', 'multiline_string'),
      r(/"/, 's2', 'string'),
      r(/\[/, 'p', 'array'),
      r(/\{/, 'p', 'object'),
      r(/[()=]/, 'p'),
      // Rouge takes a character at a time (a lazy `+?`); the tokens join.
      r(/[^$"{}[\]:=,+#`^?!@*&]/, 'l'),
    ],
    constants: [
      r(/\d+\.(?:\d+\.?){3,}/, 'l'),
      r(/true|false|null/, 'kc'),
      r(/-?(?:0|[1-9][0-9]*)\.[0-9]+(?:[eE][+-]?[0-9]+)?/, 'mf'),
      r(/-?(?:0|[1-9][0-9]*)(?:[eE][+-]?[0-9]+)?/, 'mi'),
    ],
    interpolation: [r(/[\w\-.]/, 'nv'), r(/\}/, 'si', '#pop')],
    string: [
      interpolation,
      r(/[^\\"${]+/, 's2'),
      r(/[^\\"]+/, 's2'),
      r({ source: '\\\\[^\\n]', flags: 'u' }, 'se'),
      r(/"/, 's2', '#pop'),
    ],
    multiline_string: [r(/"[^"]{1,2}/u, 's2'), mixin('string'), r(/"""/, 's2', '#pop')],
    array: [mixin('value'), r(/\]/, 'p', '#pop'), r(/,/, 'p')],
  },
};
