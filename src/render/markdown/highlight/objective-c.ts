import { C, type CFamily, cFamily, words } from './c.js';
import { CPP } from './cpp.js';
import {
  lazyLanguage,
  type Machine,
  mixin,
  r,
  type StatefulLanguage,
  type StateRule,
  statefulLexer,
} from './machine.js';
import { SPACE, u, WORD_END } from './ruby-regex.js';

// Objective-C and Objective-C++ as Rouge 3.30 lexes them: C's lexer (c.ts) or C++'s (cpp.ts) with,
// before their rules, Objective-C's literals (`@"…"` `s`, `@'c'` `sc`, `@1.5` and the other
// numbers), `@keyword`s `k` (`@true` `@YES` `nb`, any other `@word` an error), `in` `k`, and
// `YES` `NO` `nil` `nb`. `@interface Name : Super` and `@implementation Name (Category)` name
// classes `nc` (the category `nl`), `@class A, B;` each class `nc`, and Rouge's stack keeps one
// such state per comma, so a list of n classes leaves the n − 1 first names' states open: what
// follows is read as class names until as many `;` or names close them. `[` opens a message: its
// first `name:` or `name]` is the method `nf`, after a `name:` the next `name:` closes the message
// (the rest is read where the `[` stood), a `{` in it opens a block or closes it; `;` in it is an
// error. `?` opens a ternary that its `:` closes. At the top level a `-` or `+` before a name, with
// a parenthesised type between, opens a method's declaration: `k`, its parts `name:` `nf`, each
// parameter's type lexed anew and its name `nv`, up to `;` or a `{` that opens its body. Names
// there may hold `$` (and, as Ruby's `[a-z]` ignoring case, the Kelvin sign and the long s).
// Objective-C++ adds `.class` and `@selector(class)` (`class` `bp`).

/** Rouge's Objective-C name: `[a-z$_][a-z0-9$_]*` ignoring case. */
const ID = '[a-zA-Z$_\\u017F\\u212A][a-zA-Z0-9$_\\u017F\\u212A]*';
/** Ruby's `\s*`. */
const S = `${SPACE}*`;
/**
 * Ruby 3.1's `[[:alnum:]]`: alphabetic or a decimal digit, less the marks Unicode made alphabetic
 * after Ruby's tables (letters added to Unicode since are left: Ruby knows none of them).
 */
const ALNUM = '(?![\\u0363-\\u036f\\u0c04\\u0f82\\u0f83\\u1dd3-\\u1de6\\u{11080}\\u{11081}])[\\p{Alphabetic}\\p{Nd}]';
const AT_KEYWORDS = words(`selector private protected public encode synchronized try throw catch finally end property
  synthesize dynamic optional interface implementation import autoreleasepool`);
const AT_BUILTINS = words('true false YES NO');

function objectiveC(base: CFamily, own: readonly StateRule[] = []): StatefulLanguage {
  return lazyLanguage(() => {
    /** Text lexed anew by a fresh lexer of the language (Rouge's `recurse`). */
    const recurse = (m: Machine, text: string | undefined) => {
      if (text) statefulLexer(language).lex(text, (cls, t) => m.token(cls, t));
    };
    const statements: StateRule[] = [
      ...own,
      r(/@"/, 's', 'string'),
      // The closing quote belongs to the last alternative only: `@'\n` is a character.
      r(/@'(?:\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|\\[^\n]|[^\\'\n]')/u, 'sc'),
      r(/@(?:\d+[.]\d*|[.]\d+|\d+)e[+-]?\d+l?/i, 'mf'),
      r(/@(?:\d+[.]\d*|[.]\d+|\d+f)f?/i, 'mf'),
      r(/@0x[0-9a-fA-F]+[lL]?/, 'mh'),
      r(/@0[0-7]+l?/i, 'mo'),
      r(/@\d+l?/, 'mi'),
      // Rouge's `\bin\b`: a rule's leading `\b` sees nothing before the scan position.
      r(u(`in${WORD_END}`), 'k'),
      r(u(`@(?:interface|implementation)${WORD_END}`), 'k', 'objc_classname'),
      r(u(`@(?:class|protocol)${WORD_END}`), 'k', 'forward_classname'),
      r(u(`@((?:${ALNUM})+)`), (m) => {
        const word = m.match[1]!;
        m.token(AT_KEYWORDS.has(word) ? 'k' : AT_BUILTINS.has(word) ? 'nb' : 'err');
      }),
      r(/[?]/, 'p', 'ternary'),
      r(/\[/, 'p', 'message'),
      r(/@\[/, 'p', 'array_literal'),
      r(/@\{/, 'p', 'dictionary_literal'),
      ...(base.before?.statements ?? []),
    ];
    const method = (then: (m: Machine) => void) =>
      r(new RegExp(`(${ID})(${S})(:)`), (m) => {
        m.groups('nf', '', 'p');
        then(m);
      });
    const language: StatefulLanguage = cFamily({
      ...base,
      builtins: words('YES NO nil'),
      before: {
        ...base.before,
        statements,
        root: [
          r(new RegExp(`([-+])(${S})(\\([^\\n]*?\\))?(${S})(?=${ID})`), (m) => {
            m.token('k', m.match[1]);
            m.token('', m.match[2]);
            recurse(m, m.match[3]);
            m.token('', m.match[4]);
            m.push('method_definition');
          }),
          ...(base.before?.root ?? []),
        ],
      },
      states: {
        ...base.states,
        ternary: [r(/:/, 'p', '#pop'), mixin('statements')],
        message_shared: [r(/\]/, 'p', '#pop'), r(/\{/, 'p', '#pop'), r(/;/, 'err'), mixin('statements')],
        message: [
          method((m) => m.goto('message_with_args')),
          r(new RegExp(`(${ID})(${S})(\\])`), (m) => {
            m.groups('nf', '', 'p');
            m.pop();
          }),
          mixin('message_shared'),
        ],
        message_with_args: [r(/\{/, 'p', 'function'), method((m) => m.pop()), mixin('message_shared')],
        array_literal: [r(/]/, 'p', '#pop'), r(/,/, 'p'), mixin('statements')],
        dictionary_literal: [r(/\}/, 'p', '#pop'), r(/,/, 'p'), mixin('statements')],
        objc_classname: [
          mixin('whitespace'),
          r(new RegExp(`(${ID})(${S})(:)(${S})(${ID})`), (m) => {
            m.groups('nc', '', 'p', '', 'nc');
            m.pop();
          }),
          r(new RegExp(`(${ID})(${S})(\\()(${S})(${ID})(${S})(\\))`), (m) => {
            m.groups('nc', '', 'p', '', 'nl', '', 'p');
            m.pop();
          }),
          r(new RegExp(ID), 'nc', '#pop'),
        ],
        forward_classname: [
          mixin('whitespace'),
          // Each comma leaves this state open once more (Rouge's `push` of the state itself).
          r(new RegExp(`(${ID})(${S})(,)(${S})`), (m) => {
            m.groups('nc', '', 'p', '');
            m.push('forward_classname');
          }),
          r(new RegExp(`(${ID})(${S})(;?)`), (m) => {
            m.groups('nc', '', 'p');
            m.pop();
          }),
        ],
        method_definition: [
          r(/,/, 'p'),
          r(/[.]{3}/, 'p'),
          r(new RegExp(`(\\([^\\n]*?\\))(${ID})`), (m) => {
            recurse(m, m.match[1]);
            m.token('nv', m.match[2]);
          }),
          method(() => {}),
          r(/;/, 'p', '#pop'),
          r(/\{/, (m) => {
            m.token('p');
            m.goto('function');
          }),
          mixin('inline_whitespace'),
          r(/\/\/[^\n]*\n/, 'c1'),
          r(new RegExp(`${SPACE}+`), ''),
          r(/(?:)/, (m) => m.pop()),
        ],
      },
    });
    return language;
  });
}

export const objectiveCRouge = objectiveC(C);

export const objectiveCppRouge = objectiveC(CPP, [
  r(/(\.)(class)/, (m) => m.groups('o', 'bp')),
  r(/(@selector)(\()(class)(\))/, (m) => m.groups('k', 'p', 'bp', 'p')),
]);
