import { C_KEYWORDS, C_RESERVED, C_TYPES, type CFamily, cFamily, ID, words } from './c.js';
import { mixin, r, type StatefulLanguage } from './machine.js';
import { u, WORD_END } from './ruby-regex.js';

// C++ as Rouge 3.30 lexes it: C's lexer (c.ts) with C++'s words, and before C's rules: `class`
// and `struct` with the class's name (`nc`), `template<…>` (a `typename`'s name `nc`), numbers
// with `'` between digits, a fraction without exponent (`mf`), binary, user suffixes of time and
// complex numbers (`mx`), raw strings whole, `nullptr` `nb`, `::` and `<=>` operators. Braces
// are punctuation before C's rules see them: inside a function's body, none closes it.

/** Digits with optional `'` between them. */
const DIGITS = "\\d(?:'?\\d)*";

/** Offload C++'s extensions, in C++'s and FreeFEM's top level. */
export const OFFLOAD = r(u(`(?:__offload|__blockingoffload|__outer)${WORD_END}`), 'kp');
/** `::` is no case's end. */
export const CASE = [r(/:(?!:)/, 'p', '#pop'), mixin('statements')];

/** C++'s words and rules on C's frame (Objective-C++ extends them: objective-c.ts). */
export const CPP: CFamily = {
  keywords: new Set([
    ...C_KEYWORDS,
    ...words(`asm auto catch char8_t concept consteval constexpr constinit const_cast co_await co_return co_yield
      delete dynamic_cast explicit export friend mutable namespace new operator private protected public
      reinterpret_cast requires restrict size_of static_cast this throw throws typeid typename using virtual final
      override alignas alignof decltype noexcept static_assert thread_local try`),
  ]),
  types: new Set([...C_TYPES, 'bool']),
  reserved: new Set([
    ...C_RESERVED,
    ...words(`__virtual_inheritance __uuidof __super __single_inheritance __multiple_inheritance __interface
      __event`),
  ]),
  before: {
    root: [OFFLOAD],
    statements: [
      r(u(`(?:class|struct)${WORD_END}`), 'k', 'classname'),
      r(u(`template${WORD_END}`), 'k', 'template'),
      r(u(`${DIGITS}(?:\\.${DIGITS})?(?:y|d|h|min|s|ms|us|ns|i|if|il)${WORD_END}`), 'mx'),
      r(new RegExp(`(?:${DIGITS}[.](?:${DIGITS})?|[.]${DIGITS})(?:e[+-]?${DIGITS}[lu]*)?`, 'i'), 'mf'),
      r(new RegExp(`${DIGITS}e[+-]?${DIGITS}[lu]*`, 'i'), 'mf'),
      r(/0x[0-9a-f](?:'?[0-9a-f])*[lu]*/i, 'mh'),
      r(/0b[01]+(?:'[01]+)*/, 'mb'),
      r(/0[0-7](?:'?[0-7])*[lu]*/i, 'mo'),
      r(new RegExp(`${DIGITS}[lu]*`, 'i'), 'mi'),
      r(u(`nullptr${WORD_END}`), 'nb'),
      // A raw string: up to 16 characters of delimiter, the same after its `)`.
      r(/(?:u8|u|U|L)?R"([a-zA-Z0-9_{}[\]#<>%:;.?*+\-/^&|~!=,"']{0,16})\([\s\S]*?\)\1"/, 's'),
      r(/::|<=>/, 'o'),
      r(/[{}]/, 'p'),
    ],
  },
  states: {
    classname: [
      r(new RegExp(ID), 'nc', '#pop'),
      mixin('whitespace'),
      r(/[.]{3}/, 'o'),
      r(/,/, 'p', '#pop'),
      r(/(?:)/, (m) => m.pop()),
    ],
    template: [r(/[>;]/, 'p', '#pop'), r(u(`typename${WORD_END}`), 'k', 'classname'), mixin('statements')],
    case: CASE,
  },
};

export const cppRouge: StatefulLanguage = cFamily(CPP);
