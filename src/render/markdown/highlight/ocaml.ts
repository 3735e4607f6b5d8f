import { lazyLanguage, type Machine, r, type StatefulLanguage } from './machine.js';
import { SPACE } from './ruby-regex.js';

// OCaml as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/ocaml/, the sample and random
// code): `true`, `false`, `()` and `[]` `bp` wherever they start (`trueish` is `true` `ish`); a
// capitalised name before a `.` a module `nn` and the path after it read name by name (the last
// one `nc` or `n`), another `nc`; `` `Tag `` `nt`; `(* … *)` comments `c`, nested; a name `k`,
// `ow` or `kt` by Rouge's lists, else `n`; runs of brackets and `;` `p`, of signs (`,` `.` `_`
// `~` `?` too) `o`, so `-1` is `-` `1`, `~x` `~` `x`. A float needs an exponent (`1.5` is `1` `.`
// `5`; `1e3` and `1.5e3` `mf`, and Rouge's any-character `.` makes `0x1e5` one too); `0x`, `0o`,
// `0b` `mh`/`mo`/`mb`; `'\n'` and `'.'` characters `sc`, another `'` a keyword `k` (`'a'` is `'`
// and the name `a'`). In strings `\n`, `\065`, `\x41` and a backslash before a line's end are
// kept, another backslash is an error `err`.
// Rouge's `[a-z_]` in a case-blind pattern also takes the two letters that fold to ASCII ones: ſ and K (Kelvin).
const ID = "[a-zA-Z_\\u017f\\u212a][a-zA-Z0-9_']*";
const UPPER = "[A-Z][a-zA-Z0-9_']*";
const KEYWORDS = `as assert begin class constraint do done downto else end exception external false for fun function
functor if in include inherit initializer lazy let module mutable new nonrec object of open rec sig struct then
to true try type val virtual when while with match raise`;
const set = (words: string) => new Set(words.split(/\s+/));

/** Numbers, characters, a lone quote and a string's start: OCaml's, and F#'s in Rouge. */
export const ocamlLiterals = () => [
  // Rouge's `.` there is any character but a line feed.
  r(/\d[\d_]*(?:[^\n][\d_]*)?[eE][+-]?\d[\d_]*/u, 'mf'),
  r(/0[xX][0-9a-fA-F][0-9a-fA-F_]*/, 'mh'),
  r(/0[oO][0-7][0-7_]*/, 'mo'),
  r(/0[bB][01][01_]*/, 'mb'),
  r(/\d[\d_]*/, 'mi'),
  r(/'(?:\\[\\"'ntbr ]|\\[0-9]{3}|\\x[0-9a-fA-F]{2})'/, 'sc'),
  r(/'\.'/, 'sc'),
  r(/'/, 'k'),
  r(/"/, 's2', 'string'),
];

/** A string's text after its `"`: OCaml's, and F#'s in Rouge. */
export const ocamlString = () => [
  r(/[^\\"]+/, 's2'),
  r(/\\[\\"'ntbr]/, 'se'),
  r(/\\\d{3}/, 'se'),
  r(/\\x[0-9a-fA-F]{2}/, 'se'),
  r(/\\\n/, 's2'),
  r(/"/, 's2', '#pop'),
];

/** A `(* … *)` comment's text, nested ones in it: OCaml's, and F#'s in Rouge. */
export const ocamlComment = () => [
  r(/[^(*)]+/, 'c'),
  r(/\(\*/, 'c', 'comment'),
  r(/\*\)/, 'c', '#pop'),
  r(/[(*)]/, 'c'),
];

export const ocamlRouge: StatefulLanguage = lazyLanguage(() => {
  const keywords = set(KEYWORDS);
  const wordOperators = set('and asr land lor lsl lxor mod or');
  const primitives = set('unit int float bool string char list array');
  return {
    start: ['root'],
    states: {
      root: [
        r(new RegExp(`${SPACE}+`), ''),
        r(/false|true|\(\)|\[\]/, 'bp'),
        r(new RegExp(`${UPPER}(?=${SPACE}*\\.)`), 'nn', 'dotted'),
        r(new RegExp(`\`${ID}`), 'nt'),
        r(new RegExp(UPPER), 'nc'),
        r(/\(\*(?!\))/, 'c', 'comment'),
        r(new RegExp(ID), (m: Machine) => {
          const word = m.match[0];
          m.token(keywords.has(word) ? 'k' : wordOperators.has(word) ? 'ow' : primitives.has(word) ? 'kt' : 'n');
        }),
        r(/[(){}[\];]+/, 'p'),
        r(/[;,_!$%&*+./:<=>?@^|~#-]+/, 'o'),
        ...ocamlLiterals(),
      ],
      string: ocamlString(),
      dotted: [
        r(new RegExp(`${SPACE}+`), ''),
        r(/\./, 'p'),
        r(new RegExp(`${UPPER}(?=${SPACE}*\\.)`), 'nn'),
        r(new RegExp(UPPER), 'nc', '#pop'),
        r(new RegExp(ID), 'n', '#pop'),
        r(/[({[]/, 'p', '#pop'),
      ],
      comment: ocamlComment(),
    },
  };
});
