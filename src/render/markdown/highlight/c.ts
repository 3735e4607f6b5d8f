import { type Machine, mixin, r, type StatefulLanguage, type StateRule, statefulLexer } from './machine.js';
import { BLANKS, BOL, SPACE, u, WORD_END } from './ruby-regex.js';

// C as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/c/, the C sample and random
// code), and the frame C++ extends (cpp.ts). Rouge reads C statement by statement: at a line's
// start a `#` opens a preprocessor line (`cp`, up to a newline no backslash escapes; an include's
// file `cpf`), `#if 0` a comment up to its `#else`/`#endif` (nested `#if`s counted), and a
// `name:` is a label (`nl`, `default:` too, but only where a statement may start: never at the
// top level after the first line). At the top level a run of words and `*` before a name and a
// parenthesised list ending in `{` or `;` declares a function: the name is `nf` (`return f(x);`
// and `else if (x) {` too) and the rest is lexed anew on its own. Its keywords `k`, types `kt`,
// compiler words `kr`, `true`/`false`/`NULL` `nb`, any other name `n`; numbers by kind (a
// fraction only with an exponent: `1.5` is `1` `.` `5`); strings `s` with escapes `se`, a
// newline inside one an error; `*/` outside a comment an error. A `}` that closes no `{` at the
// top level is an error.

export const ID = '[a-zA-Z_][a-zA-Z0-9_]*';

/** A language of C's family: its word lists and the rules it puts before C's (C++: cpp.ts). */
export interface CFamily {
  readonly keywords: ReadonlySet<string>;
  readonly types: ReadonlySet<string>;
  readonly reserved: ReadonlySet<string>;
  /** Functions (`nb`) and named parameters (`na`): FreeFEM's. */
  readonly builtins?: ReadonlySet<string>;
  readonly attributes?: ReadonlySet<string>;
  /** The names of constants (`nb`), as a pattern. */
  readonly constants?: string;
  /** A name's pattern where C's statements read one. */
  readonly id?: RegExp;
  /** Operators (`o`). */
  readonly operators?: RegExp;
  /** Rules before a state's own, by state. */
  readonly before?: Readonly<Record<string, readonly StateRule[]>>;
  /** States of the language's own, and C's states it replaces. */
  readonly states?: Readonly<Record<string, readonly StateRule[]>>;
}

export const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

export const C_KEYWORDS = words(`auto break case const continue default do else enum extern for goto if register
  restricted return sizeof static struct switch typedef union volatile virtual while _Alignas _Alignof _Atomic
  _Generic _Imaginary _Noreturn _Static_assert _Thread_local`);
export const C_TYPES = words(`int long float short double char unsigned signed void jmp_buf FILE DIR div_t ldiv_t
  mbstate_t sig_atomic_t fpos_t clock_t time_t va_list size_t ssize_t off_t wchar_t ptrdiff_t wctrans_t wint_t
  wctype_t _Bool _Complex int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t int_least8_t
  int_least16_t int_least32_t int_least64_t uint_least8_t uint_least16_t uint_least32_t uint_least64_t
  int_fast8_t int_fast16_t int_fast32_t int_fast64_t uint_fast8_t uint_fast16_t uint_fast32_t uint_fast64_t
  intptr_t uintptr_t intmax_t uintmax_t char16_t char32_t`);
export const C_RESERVED = words(`__asm __int8 __based __except __int16 __stdcall __cdecl __fastcall __int32
  __declspec __finally __int61 __try __leave inline _inline __inline naked _naked __naked restrict _restrict
  __restrict thread _thread __thread typename _typename __typename`);

/** Comments and blanks between a function's parameters and its `{` (a comment's `.` no newline). */
const GAP = `(?:${SPACE}|//[^\\n]*?\\n|/[*][^\\n]*?[*]/)*`;
/**
 * Return type, name, parameters, blanks and `{` or `;`: a function's declaration at the top level.
 * Words, `*` and blanks up to a `(` come first: a look-ahead for them fails at once where the run
 * is followed by anything else (a line of prose at the top level), instead of trying each split.
 */
const FUNCTION = new RegExp(
  `(?=[\\w*${BLANKS}]*\\()([\\w*${BLANKS}]+?[${BLANKS}*])(${ID})(${SPACE}*\\([^;]*?\\))(${GAP})([{;])`,
);

/** A language of C's family as Rouge lexes it. */
/** Inside a C string: escapes `se`, the rest `s` (Rouge's M68k lexer has the same state). */
export const C_STRING = [
  r(/"/, 's', '#pop'),
  r(/\\(?:[\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})/, 'se'),
  r(/[^\\"\n]+/, 's'),
  r(/\\\n/, 's'),
  r(/\\/, 's'),
];

export function cFamily(family: CFamily): StatefulLanguage {
  const before = (state: string) => family.before?.[state] ?? [];
  /** Text lexed anew, as by a lexer of its own (Rouge's `recurse`: a fresh lexer of the language). */
  const recurse = (m: Machine, text: string | undefined) => {
    if (text) statefulLexer(language).lex(text, (cls, t) => m.token(cls, t));
  };
  const name = (m: Machine) => {
    const word = m.match[0];
    m.token(
      family.keywords.has(word)
        ? 'k'
        : family.types.has(word)
          ? 'kt'
          : family.reserved.has(word)
            ? 'kr'
            : family.builtins?.has(word)
              ? 'nb'
              : family.attributes?.has(word)
                ? 'na'
                : 'n',
    );
  };
  const states: Record<string, readonly StateRule[]> = {
    bol: [r(new RegExp(`${ID}:(?!:)`), 'nl'), mixin('expr_bol')],
    expr_bol: [
      mixin('inline_whitespace'),
      r(new RegExp(`#if${SPACE}0`), 'c', 'if_0'),
      r(/#/, 'cp', 'macro'),
      r(/(?:)/, (m) => m.pop()),
    ],
    inline_whitespace: [r(/[ \t\r]+/, ''), r(/\\\n/, ''), r(/\/(?:\\\n)?[*][\s\S]*?[*](?:\\\n)?\//, 'cm')],
    whitespace: [r(/\n+/, '', 'bol'), r(/\/\/[^\n]*/, 'c1', 'bol'), mixin('inline_whitespace')],
    expr_whitespace: [r(/\n+/, '', 'expr_bol'), mixin('whitespace')],
    statements: [
      ...before('statements'),
      mixin('whitespace'),
      r(/(?:u8|u|U|L)?"/, 's', 'string'),
      // One character (a code point) or an escape between quotes.
      r(/(?:u8|u|U|L)?'(?:\\[^\n]|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'/iu, 'sc'),
      r(/(?:\d+[.]\d*|[.]?\d+)e[+-]?\d+[lu]*/i, 'mf'),
      r(/\d+e[+-]?\d+[lu]*/i, 'mf'),
      r(/0x[0-9a-f]+[lu]*/i, 'mh'),
      r(/0[0-7]+[lu]*/i, 'mo'),
      r(/\d+[lu]*/i, 'mi'),
      r(/\*\//, 'err'),
      r(family.operators ?? /[~!%^&*+=|?:<>/-]/, 'o'),
      r(/[()[\],.;]/, 'p'),
      r(u(`case${WORD_END}`), 'k', 'case'),
      r(u(`(?:${family.constants ?? 'true|false|NULL'})${WORD_END}`), 'nb'),
      r(family.id ?? new RegExp(ID), name),
    ],
    case: [r(/:/, 'p', '#pop'), mixin('statements')],
    root: [
      ...before('root'),
      mixin('expr_whitespace'),
      r(FUNCTION, (m) => {
        recurse(m, m.match[1]);
        m.token('nf', m.match[2]);
        recurse(m, m.match[3]);
        recurse(m, m.match[4]);
        m.token('p', m.match[5]);
        if (m.match[5] === '{') m.push('function');
      }),
      r(/\{/, 'p', 'function'),
      mixin('statements'),
    ],
    function: [mixin('whitespace'), mixin('statements'), r(/;/, 'p'), r(/\{/, 'p', 'function'), r(/\}/, 'p', '#pop')],
    string: C_STRING,
    macro: [
      mixin('include'),
      r(/[^/\n\\]+/, 'cp'),
      r(/\\[\s\S]/, 'cp'),
      mixin('inline_whitespace'),
      r(/\//, 'cp'),
      // Back to the line start the `#` stood at.
      r(/\n/, 'cp', '#pop'),
    ],
    include: [
      r(new RegExp(`(include)(${SPACE}*)(<[^>]+>)([^\\n]*)`), (m) => m.groups('cp', '', 'cpf', 'c1')),
      r(new RegExp(`(include)(${SPACE}*)("[^"]+")([^\\n]*)`), (m) => m.groups('cp', '', 'cpf', 'c1')),
    ],
    // No `\b` after `#if`: `#ifdef` and `#ifndef` nest too.
    if_0: [
      r(new RegExp(`${BOL}${SPACE}*#if`), 'c', 'if_0'),
      r(new RegExp(`${BOL}${SPACE}*#${SPACE}*el(?:se|if)`), 'c', '#pop'),
      r(u(`${BOL}${SPACE}*#${SPACE}*endif${WORD_END}[\\s\\S]*?(?<!\\\\)\\n`), 'c', '#pop'),
      r(/[^\n]*\n/, 'c'),
    ],
    ...family.states,
  };
  const language: StatefulLanguage = { start: ['root', 'bol'], states };
  return language;
}

/** C's words (Objective-C extends them: objective-c.ts). */
export const C: CFamily = { keywords: C_KEYWORDS, types: C_TYPES, reserved: C_RESERVED };

export const cRouge: StatefulLanguage = cFamily(C);
