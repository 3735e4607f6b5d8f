import { mixin, r, type StatefulLanguage } from './machine.js';
import { BOL, SPACE, u, WORD_END } from './ruby-regex.js';

// C# as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/csharp/, the C# sample and
// random code, test/highlight-oracle/random/csharp.gen.ts): keywords (contextual and LINQ ones
// too) `k`, built-in types `kt`, a name before `(` a function `nf`, after `class`, `struct` or
// `interface` a class `nc`, after `namespace` or `using` a dotted namespace `nn`, any other name
// `n`; every sign is punctuation `p`, every number `m` (one digit at a time), strings `s` and
// characters `sc`, an interpolated string's `{…}` lexed as code; a preprocessor line `cp`. After
// `class` (also in `where T : class,`) anything but blanks and a name is an error `err`, as is a
// character nothing matches (`#`, `\`, a name's letter outside ASCII).

/**
 * Rouge's C# name, `@?[_a-z]\w*` read case-insensitively by Ruby: ASCII letters (and `ſ` and the
 * Kelvin sign, which fold to ASCII ones) first, then ASCII word characters and the Kelvin sign.
 */
const ID = '@?[_a-zA-Z\\u017f\\u212a][\\w\\u212a]*';
const words = (list: string) => `(?:${list.trim().split(/\s+/).join('|')})${WORD_END}`;
const KEYWORDS = `abstract as base break case catch checked const continue default delegate do else enum event
  explicit extern false finally fixed for foreach goto if implicit in interface internal is lock new null operator
  out override params private protected public readonly ref return sealed sizeof stackalloc static switch this
  throw true try typeof unchecked unsafe virtual void volatile while add alias async await get global partial
  remove set value where yield nameof ascending by descending equals from group in into join let on orderby select`;
const TYPES = `bool byte char decimal double dynamic float int long object sbyte short string uint ulong ushort var`;
const PREPROCESSOR = 'if endif else elif define undef line error warning region endregion pragma';

export const csharpRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    whitespace: [r(new RegExp(`${SPACE}+`), ''), r(/\/\/[^\n]*/, 'c1'), r(/\/\*[\s\S]*?\*\//, 'cm')],
    nest: [r(/\{/, 'p', 'nest'), r(/\}/, 'p', '#pop'), mixin('root')],
    // `$"…{code}…"`: to a quote or the line's end.
    splice_string: [r(/\\[^\n]/, 's'), r(/\{/, 'p', 'nest'), r(/["\n]/, 's', '#pop'), r(/[^\n]/, 's')],
    // `$@"…"`: over lines, `""` a quote (a line feed in it matches nothing: an error).
    splice_literal: [r(/""/, 's'), r(/\{/, 'p', 'nest'), r(/"/, 's', '#pop'), r(/[^\n]/, 's')],
    root: [
      mixin('whitespace'),
      r(new RegExp(`[$]${SPACE}*"`), 's', 'splice_string'),
      r(new RegExp(`[$]@${SPACE}*"`), 's', 'splice_literal'),
      r(new RegExp(`<\\[${SPACE}*(?:${ID}:)?`), 'k'),
      r(/\]>/, 'k'),
      r(/[~!%^&*()+=|[\]{}:;,.<>/?-]/, 'p'),
      r(/@"(?:""|[^"])*"/, 's'),
      // Rouge's `"(\\.|.)*?["\n]`, to the first quote or line feed not escaped, except that with
      // neither after it a `\"` ends the string at its quote (Rouge's pattern finds that end on
      // backtracking, in time exponential in the backslashes; here no backslash reads two ways).
      r(/"(?:[^"\\\n]|\\[^"\n]|\\"(?=[^"\n]*["\n])|\\(?=["\n]|(?![\s\S])))*["\n]/, 's'),
      r(/'(?:\\[^\n]|[^\n])'/, 'sc'),
      r(/0x[0-9a-f]+[lu]?/i, 'm'),
      r(/[0-9](?:[.][0-9]*)?(?:e[+-][0-9]+)?[fldu]?/i, 'm'),
      r(u(words('class struct interface')), 'k', 'class'),
      r(u(words('namespace using')), 'k', 'namespace'),
      r(u(`${BOL}#[ \\t]*(?:${PREPROCESSOR.split(' ').join('|')})${WORD_END}[^\\n]*\\n`), 'cp'),
      r(u(words(KEYWORDS)), 'k'),
      r(u(words(TYPES)), 'kt'),
      r(new RegExp(`${ID}(?=${SPACE}*[(])`), 'nf'),
      r(new RegExp(ID), 'n'),
    ],
    class: [mixin('whitespace'), r(new RegExp(ID), 'nc', '#pop')],
    namespace: [mixin('whitespace'), r(/(?=[(])/, '', '#pop'), r(new RegExp(`(?:${ID}|[.])+`), 'nn', '#pop')],
  },
};
