import { lazyLanguage, r, type StatefulLanguage } from './machine.js';
import { SPACE, u } from './ruby-regex.js';

// R as Rouge 3.30 lexes it, in Rouge's markup (checked on test/highlight-oracle/exact/r/, the
// sample and random code): `#'` comments `cd`, other `#` comments `c1`, blanks `w`; a name in
// backquotes `n`; strings `s1`/`s2` over lines with no escapes marked (a `\'` or `\"` whose quote
// is the last in the text closes the string, as Rouge's pattern finds on backtracking); an
// operator between `%` signs (`%>%`, `%in%`, over lines too) one `o`; numbers `mh` and `m`, a sign
// before one taken in (`x-1` is a name and the number `-1`); one of base R's primitive functions
// followed at once by `(` `nf`, wherever the scan stands (`1abs(`); names (letters, digits, `.`
// and `_`, by Unicode's letters) by list: keywords `k`, `NULL TRUE NA…` `kc`, `pi T F letters…`
// `nb`, others `n`; brackets and `;,` `p`, other operator characters `o`, and what no rule takes
// (`_` or `\` alone, a quote never closed) `err`, a character at a time.
const words = (text: string) => new Set(text.trim().split(/\s+/));
const KEYWORDS = words('if else for while repeat in next break function');
const KEYWORD_CONSTANTS = words('NULL Inf TRUE FALSE NaN NA NA_integer_ NA_real_ NA_complex_ NA_character_');
const BUILTIN_CONSTANTS = words('LETTERS letters month.abb month.name pi T F');
/** Base R's `.Primitive` functions that are not keywords, in Rouge's order (its alternation's). */
const PRIMITIVE_FUNCTIONS = `abs acos acosh all any anyNA Arg as.call as.character
  as.complex as.double as.environment as.integer as.logical
  as.null.default as.numeric as.raw asin asinh atan atanh attr
  attributes baseenv browser c call ceiling class Conj cos cosh
  cospi cummax cummin cumprod cumsum digamma dim dimnames
  emptyenv exp expression floor forceAndCall gamma gc.time
  globalenv Im interactive invisible is.array is.atomic is.call
  is.character is.complex is.double is.environment is.expression
  is.finite is.function is.infinite is.integer is.language
  is.list is.logical is.matrix is.na is.name is.nan is.null
  is.numeric is.object is.pairlist is.raw is.recursive is.single
  is.symbol lazyLoadDBfetch length lgamma list log max min
  missing Mod names nargs nzchar oldClass on.exit pos.to.env
  proc.time prod quote range Re rep retracemem return round
  seq_along seq_len seq.int sign signif sin sinh sinpi sqrt
  standardGeneric substitute sum switch tan tanh tanpi tracemem
  trigamma trunc unclass untracemem UseMethod xtfrm`;

/** Ruby's `[[:alpha:]]` and `[[:alnum:]]` by Node's Unicode tables, as in python.ts. */
const ALPHA = '\\p{Alphabetic}';
const NAME = `(?:[${ALPHA}]|\\.[._${ALPHA}])[._${ALPHA}\\p{Nd}]*|\\.`;

/** A quoted string as Rouge's `'(\\.|.)*?'` (`.` taking newlines) finds it, in linear time. */
const quoted = (q: string) => `${q}(?:\\\\\\\\|\\\\${q}(?=[^${q}]*${q})|[^${q}\\\\]|\\\\(?!\\\\))*${q}`;

export const rRouge: StatefulLanguage = lazyLanguage(() => ({
  start: ['root'],
  states: {
    root: [
      r(/#'[^\n]*/, 'cd'),
      r(/#[^\n]*/, 'c1'),
      r(new RegExp(`${SPACE}+`), 'w'),
      r(/`[^`]+`/, 'n'),
      r(new RegExp(quoted("'")), 's1'),
      r(new RegExp(quoted('"')), 's2'),
      r(/%[^%]*%/, 'o'),
      r(/0[xX][a-fA-F0-9]+(?:[pP][0-9]+)?[Li]?/, 'mh'),
      r(/[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?[Li]?/, 'm'),
      r(new RegExp(`(?:${PRIMITIVE_FUNCTIONS.trim().split(/\s+/).join('|').replaceAll('.', '\\.')})(?=\\()`), 'nf'),
      r(u(NAME), (m) => {
        const name = m.match[0];
        if (KEYWORDS.has(name)) m.token('k');
        else if (KEYWORD_CONSTANTS.has(name)) m.token('kc');
        else if (BUILTIN_CONSTANTS.has(name)) m.token('nb');
        else m.token('n');
      }),
      r(/[[\]{}();,]/, 'p'),
      r(/[-<>?*+^/!=~$@:%&|]/, 'o'),
    ],
  },
}));
