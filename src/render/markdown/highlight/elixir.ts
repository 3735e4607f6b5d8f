import { lazyLanguage, type Machine, mixin, r, type State, type StatefulLanguage } from './machine.js';
import { EOL, SPACE, WORD_END } from './ruby-regex.js';

// Elixir as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/elixir/, the sample and
// random code). Rouge's look-behinds see nothing before the scan position, so its `(?<!\.)` always
// holds and `(?<=\s)!` never does, and a `\b` starting a rule needs only a word character after:
// `x.do` has the keyword `do`, `!x` is a name, `->` is an operator. Numbers must end where a word
// does (`1abc` is an error `err` and the name `abc`); `?a` and `?\e` are characters `sx`, `?\n`
// is not (`?` an error); `:name`, `:<>`, `name:` symbols `ss`, `:"…"` one with interpolation;
// capitalised names and `nil`/`true`/`false` `no`; `@attr` and `&1` `nv`; `"""…"""` docs `sd`;
// `#{…}` interpolation `si` in strings; sigils `~r/…/` as Rouge reads them: to the first closing
// delimiter (a backslash escapes nothing), `~R`, `~S`, `~C` and `~W` (capitals) with
// interpolation, a backslash there an error, `~r`/`~R` regexes `sr` with their flags, others `sx`.
// A sigil with no letter (`~(…)`) stops Rouge with an error; kiln reads it as `~s`.
const KEYWORDS =
  'case cond end bc lc if unless try loop receive fn defmodule defp? defprotocol defimpl defrecord defmacrop? defdelegate defexception defguardp? defstruct exit raise throw after rescue catch else';
const alternatives = (list: string) => list.split(' ').join('|');
const OPERATORS =
  '%=|\\*=|\\*\\*=|\\+=|-=|\\^=|\\|\\|=|<=>|<(?!<|=)|>(?!<|=|>)|<=|>=|===|==|=~|!=|!~|&(?:&&?|(?!\\d))|\\|\\||\\^|\\*|\\+|-|/|\\||\\+\\+|--|\\*\\*|//|<-|<>|<<|>>|=|\\.|~~~';
// Rouge's symbol pattern is not written free-spaced: the line break and indent before its `<=>`
// and `**` are part of those alternatives (`:*` is `:` and `*`).
const BREAK = '\\n {13}';
const SYMBOL = `:(?:[a-zA-Z_]\\w*(?:[?!]|=(?![>=]))?|<>|===?|>=?|<=?|${BREAK}<=>|&&?|%\\(\\)|%\\[\\]|%\\{\\}|\\+\\+?|--?|\\|\\|?|!|//|[%&\`/|]|${BREAK}\\*\\*?|=?~|<-)|[a-zA-Z_]\\w*[?!]?:(?!:)`;
const CHARACTER =
  '\\?(?:\\\\(?:x\\d{1,2}|[0-9a-fA-F]{1,2}(?![0-9a-fA-F])' +
  WORD_END +
  '|0[0-7]{0,2}(?![0-7])' +
  WORD_END +
  '[^x0MC])|(?:\\\\[MC]-)+\\w|[^ \\t\\n\\v\\f\\r\\\\])';
const CLOSE: Readonly<Record<string, string>> = { '{': '}', '[': ']', '(': ')', '<': '>' };
const literal = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
const u = (source: string) => ({ source, flags: 'u' });

/** A sigil's text after its opening delimiter, by its class, delimiter and whether it interpolates. */
const sigils = new Map<string, State>();
function sigil(cls: string, open: string, interpolates: boolean): State {
  const key = `${cls} ${open} ${interpolates}`;
  let state = sigils.get(key);
  if (!state) {
    const close = CLOSE[open] ?? open;
    const text = `[^#${literal(open)}${literal(close)}\\\\]+`;
    state = {
      name: `sigil ${key}`,
      rules: [
        r(new RegExp(literal(close)), cls, '#pop'),
        ...(interpolates ? [mixin('interpoling'), r(/#/, cls)] : [r(/[\\#]/, cls)]),
        r(new RegExp(text), cls),
      ],
    };
    sigils.set(key, state);
  }
  return state;
}

export const elixirRouge: StatefulLanguage = lazyLanguage(() => ({
  start: ['root'],
  states: {
    root: [
      r(new RegExp(`${SPACE}+`), ''),
      r(new RegExp(`#[^\\n]*${EOL}`), 'c1'),
      r(u(`(?:${alternatives(KEYWORDS)})${WORD_END}(?![?!])|do${WORD_END}`), 'k'),
      r(u(`(?:import|require|use|recur|quote|unquote|super|refer)${WORD_END}(?![?!])`), 'kn'),
      r(u(`(?:and|not|or|when|xor|in)${WORD_END}`), 'ow'),
      r(new RegExp(OPERATORS), 'o'),
      r(new RegExp(SYMBOL), 'ss'),
      r(/:"/, 'ss', 'interpoling_symbol'),
      r(u(`(?:nil|true|false)${WORD_END}(?![?!])|[A-Z]\\w*${WORD_END}`), 'no'),
      r(u(`__(?:FILE|LINE|MODULE|MAIN|FUNCTION)__${WORD_END}(?![?!])`), 'bp'),
      r(/[a-zA-Z_!]\w*[!?]?/, 'n'),
      r(/::|[%(){};,/|:\\[\]]/, 'p'),
      r(/@[a-zA-Z_]\w*|&\d/, 'nv'),
      r(u(`\\d(?:_?\\d)*\\.\\d(?:_?\\d)*(?:[eE][-+]?\\d(?:_?\\d)*)?${WORD_END}`), 'mf'),
      r(u(`0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*${WORD_END}`), 'mh'),
      r(u(`0o[0-7](?:_?[0-7])*${WORD_END}`), 'mo'),
      r(u(`0b[01](?:_?[01])*${WORD_END}`), 'mb'),
      r(u(`\\d(?:_?\\d)*${WORD_END}`), 'mi'),
      mixin('strings'),
      mixin('sigil_strings'),
    ],
    strings: [
      r(/"""[\s\S]*?"""/, 'sd'),
      r(/'''[\s\S]*?'''/, 'sd'),
      r(/"/, 's2', 'dqs'),
      r(/'/, 's1', 'sqs'),
      r(u(CHARACTER), 'sx'),
    ],
    dqs: [mixin('escapes'), mixin('interpoling'), r(/[^#"\\]+/, 's2'), r(/"/, 's2', '#pop'), r(/[#\\]/, 's2')],
    sqs: [mixin('escapes'), mixin('interpoling'), r(/[^#'\\]+/, 's1'), r(/'/, 's1', '#pop'), r(/[#\\]/, 's1')],
    interpoling: [r(/#\{/, 'si', 'interpoling_string')],
    interpoling_string: [r(/\}/, 'si', '#pop'), mixin('root')],
    escapes: [r(/\\x[0-9a-fA-F]{2}/, 'se'), r(/\\u\{?\d+\}?/, 'se'), r(/\\[\\abdefnrstv0"']/, 'se')],
    interpoling_symbol: [r(/"/, 'ss', '#pop'), mixin('interpoling'), r(/[^#"]+/, 'ss')],
    sigil_strings: [
      r(/~([A-Za-z])?([{[(<|/'"])/, (m: Machine) => {
        const letter = m.match[1] ?? 's';
        const regex = letter === 'R' || letter === 'r';
        const cls = regex ? 'sr' : 'sx';
        if (regex) m.push('regex_flags');
        if (letter === 'W' || letter === 'w') m.push('list_flags');
        m.token(cls);
        m.push(sigil(cls, m.match[2]!, /[SRCW]/.test(letter)));
      }),
    ],
    regex_flags: [r(/[fgimrsux]*/, 'sr', '#pop')],
    list_flags: [r(/[csa]?/, 'sx', '#pop')],
  },
}));
