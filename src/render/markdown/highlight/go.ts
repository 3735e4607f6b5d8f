import { r, type StatefulLanguage } from './machine.js';
import { ALPHA, SPACE, u, WORD_END } from './ruby-regex.js';

// Go as Rouge 3.30 lexes it, in Rouge's markup (checked on test/highlight-oracle/exact/go/, the
// sample and random code): one list of rules tried in order at each position, so what a token is
// depends on nothing before it. Comments `c` (a `/*` never closed is two operators); the keywords
// `k`, the predeclared types `kt` wherever they stand (a conversion `string(b)` too), the builtin
// functions `nb` and `true false iota nil` `no`, each a whole word; numbers `m` as Go wrote them
// before 1.13 (decimal, hex, floats with exponents, imaginary `i`), so `0o17` is `0` and a name
// `o17`, `1_000` is `1` and `_000`, `0x1p-2` is `0x1` then a name; a rune `'…'` `sc` (one
// character, or an escape); operators `o` (the longest of Rouge's list in its order: `/=` is two),
// brackets, `,` and `;` `p`, names (a letter or `_`, then letters and digits of any script) `n`.
// Strings are `s`: `"…"` with its escapes `se` and any other `\` and character an error, `` `…` ``
// over lines. What no rule takes (a lone `'`, `\`, `²`, `$`) is an error `err`, a character at a
// time.
const word = (list: string) => u(`(?:${list.trim().split(/\s+/).join('|')})${WORD_END}`);
const DIGITS = '[0-9]+';
const EXPONENT = `[eE][+\\-]?${DIGITS}`;
const FLOAT = `${DIGITS}\\.[0-9]*(?:${EXPONENT})?|${DIGITS}${EXPONENT}|\\.${DIGITS}(?:${EXPONENT})?`;
const HEX = '[0-9A-Fa-f]';
const ESCAPE = `\\\\[abfnrtv\\\\'"]|\\\\u${HEX}{4}|\\\\U${HEX}{8}`;
const OPERATOR = [
  '\\+=',
  '\\+\\+',
  '\\+',
  '&\\^=',
  '&\\^',
  '&=',
  '&&',
  '&',
  '==',
  '=',
  '!=',
  '!',
  '-=',
  '--',
  '-',
  '\\|=',
  '\\|\\|',
  '\\|',
  '<=',
  '<-',
  '<<=',
  '<<',
  '<',
  '\\*=',
  '\\*',
  '\\^=',
  '\\^',
  '>>=',
  '>>',
  '>=',
  '>',
  '\\/',
  '\\/=',
  ':=',
  '%',
  '%=',
  '\\.\\.\\.',
  '\\.',
  ':',
].join('|');

export const goRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      r(u('\\/\\/[^\\n]*|\\/\\*[\\s\\S]*?\\*\\/'), 'c'),
      r(
        word(`break default func interface select case defer go map struct chan else goto package switch const
          fallthrough if range type continue for import return var`),
        'k',
      ),
      r(
        word(`bool byte complex64 complex128 error float32 float64 int8 int16 int32 int64 int rune string uint8
          uint16 uint32 uint64 uintptr uint`),
        'kt',
      ),
      r(word('append cap close complex copy delete imag len make new panic print println real recover'), 'nb'),
      r(word('true false iota nil'), 'no'),
      r(u(`(?:${DIGITS}|${FLOAT})i`), 'm'),
      r(u(FLOAT), 'm'),
      r(u(`0[xX]${HEX}+|[0-9][0-9]*|0[0-7]*`), 'm'),
      r(u(`'(?:[^\\n]|${ESCAPE}|\\\\[0-7]{3}|\\\\x${HEX}{2})'`), 'sc'),
      r(u(OPERATOR), 'o'),
      r(u('[()\\[\\]{},;]'), 'p'),
      r(u(`(?:${ALPHA}|_)(?:${ALPHA}|_|\\p{Nd})*`), 'n'),
      r(u(`${SPACE}+`), ''),
      r(u('`'), 's', 'raw'),
      r(u('"'), 's', 'interpreted'),
    ],
    interpreted: [
      r(u(`${ESCAPE}|\\\\x${HEX}{2}`), 'se'),
      r(u('\\\\[^\\n]'), 'err'),
      r(u('"'), 's', '#pop'),
      r(u('[^"\\\\]+'), 's'),
    ],
    raw: [r(u('`'), 's', '#pop'), r(u('[^`]+'), 's')],
  },
};
