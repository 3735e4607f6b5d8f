import { r, type StatefulLanguage } from './machine.js';
import { BLANK, BOUNDARY, EOL, RUBY_STRING, SPACE, u, WORD_END } from './ruby-regex.js';

// Scala as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/scala/, the Scala sample
// and random code, test/highlight-oracle/random/scala.gen.ts). A name is letters (`$` and `_`
// too) and ASCII digits, and after a `_` may end in operator signs (`unary_!`); an operator sign
// is any ASCII or mathematical/other symbol that is not a blank, letter, digit, bracket or
// delimiter. The name after `def` is `nf`, after `val` `nv` (`var` has no rule of its own), a
// name before `.` `nv` and after it `py`; `Ab` or `_x` a class `nc` (a capital and one more
// letter), a name before `(` `nf`. After `:` and `type` a type runs (`kt`) to `=`, `,`, `)`, `;`,
// `}` or `=>`, or a line's end; type arguments in `[…]` are `kt` too, nested by bracket. The name
// after `class`, `trait` or `object` is `nc`, a dotted name after `import`/`package` `nn`.
const LETTER = '[\\p{L}$_]';
// An ASCII or mathematical/other symbol that is no blank, letter, digit, bracket or delimiter:
// written as the one class it comes to (the same set, compared over every code point when this was
// written), which costs the engine far less to compile than a lookahead of Unicode classes.
const OP = "[!#%&'*+\\-/:<=>?@\\\\^`|~\\u007F\\p{Sm}\\p{So}]";
const ID = `${LETTER}(?:${LETTER}|[0-9])*(?:(?<=_)${OP}+)?`;
/** What may follow `def`, `val` or `class`: a name, an operator, or a name in backquotes. */
const DECLARED = `${ID}|${OP}+|\`[^\`]+\``;
const KEYWORDS = `abstract case catch def do else extends final finally for forSome if implicit lazy match new
  override private protected requires return sealed super this throw try val var while with yield`;
/** Signs that are keywords where a word, blank or line end follows (`=>`, `<-`, `_`, `=`, `#`, `@`). */
const SIGN_KEYWORD = `(?:<[%:-]|=>|>:|[#=@_\\u21D2\\u2190])(?:${BOUNDARY}|(?=${SPACE})|${EOL})`;
/** Signs that are keywords inside a type (`<:`, `>:`, `#`, `_`, `⇒`, `forSome`, `type`), no boundary needed. */
const TYPE_KEYWORD = r(/<[%:]|>:|[#_\u21D2]|forSome|type/u, 'k');
const TYPE_WORD = r(u(`\\.|${ID}|${OP}+|\`[^\`]+\``), 'kt');
/** A type's dotted name (its operator alternative as Rouge writes it: signs then a backquoted name). */
const CHUNK = `(?:${ID}|${OP}+\`[^\`]+\`)`;
const TYPE_NAME = `${CHUNK}(?:\\.${CHUNK})*`;

export const scalaRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      r(u(`(class|trait|object)(${SPACE}+)`), (m) => {
        m.groups('k', '');
        m.push('class');
      }),
      r(u(`'${ID}(?!')`), 'ss'),
      r(u(`${BLANK}+`), ''),
      r(/\/\/[^\n]*/, 'c1'),
      r(/\/\*/, 'cm', 'comment'),
      r(u(`@${ID}`), 'nd'),
      r(u(`(def)(${SPACE}+)(${DECLARED})(${SPACE}*)`), (m) => m.groups('k', '', 'nf', '')),
      r(u(`(val)(${SPACE}+)(${DECLARED})(${SPACE}*)`), (m) => m.groups('k', '', 'nv', '')),
      r(u(`(this)(\\n*)(\\.)(${ID})`), (m) => m.groups('k', '', 'o', 'py')),
      r(u(`(${ID}|_)(\\n*)(\\.)(${ID})`), (m) => m.groups('nv', '', 'o', 'py')),
      r(u(`[\\p{Lu}$_]${ID}${BOUNDARY}`), 'nc'),
      r(u(`(${ID})(\\p{White_Space}*)(\\()`), (m) => m.groups('nf', '', 'o')),
      r(u(`(\\.)(${ID})`), (m) => m.groups('o', 'py')),
      r(u(`(?:${KEYWORDS.trim().split(/\s+/).join('|')})${WORD_END}|${SIGN_KEYWORD}`), 'k'),
      r(u(`:(?!${OP})`), 'k', 'type'),
      r(u(`(?:true|false|null)${WORD_END}`), 'kc'),
      r(u(`(import|package)(${SPACE}+)`), (m) => {
        m.groups('k', '');
        m.push('import');
      }),
      r(u(`(type)(${SPACE}+)`), (m) => {
        m.groups('k', '');
        m.push('type');
      }),
      // A triple-quoted string ends at the first `"""` not followed by a fourth quote.
      r(/"""[\s\S]*?"""(?!")/, 's'),
      r(u(RUBY_STRING), 's'),
      r(/'\\[^\n]'|'[^\\]'|'\\u[0-9a-fA-F]{4}'/u, 'sc'),
      r(u(ID), 'n'),
      r(/`[^`]+`/, 'n'),
      r(/\[/, 'o', 'typeparam'),
      r(/[(){};,.#]/, 'o'),
      r(u(`${OP}+`), 'o'),
      // `1.`, `1.5e-3f` and `.5` (never reached: `.` is an operator first), `2d`, `0xFF`, `10L`.
      r(/(?:[0-9][0-9]*\.[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[fFdD]?/, 'mf'),
      r(/[0-9][0-9]*[fFdD]/, 'mf'),
      r(/0x[0-9a-fA-F]+/, 'mh'),
      r(/[0-9]+L?/, 'mi'),
      r(/\n/, ''),
    ],
    // The name declared after `class`, `trait` or `object`; its type parameters, if any, first.
    class: [
      r(u(`(${DECLARED})(${SPACE}*)(\\[)`), (m) => {
        m.groups('nc', '', 'o');
        m.push('typeparam');
      }),
      r(u(`${SPACE}+`), ''),
      r(/\{/, 'o', '#pop'),
      r(/\(/, 'o', '#pop'),
      r(/\/\/[^\n]*/, 'c1', '#pop'),
      r(u(DECLARED), 'nc', '#pop'),
    ],
    type: [
      r(u(`${SPACE}+`), ''),
      TYPE_KEYWORD,
      r(u(`([,);}]|=>|=)(${SPACE}*)`), (m) => {
        m.groups('o', '');
        m.pop();
      }),
      r(/[({]/, 'o', 'type'),
      r(u(`(${TYPE_NAME})(${SPACE}*)(\\[)`), (m) => {
        m.groups('kt', '', 'o');
        m.goto('typeparam');
      }),
      r(u(`(${TYPE_NAME})(${SPACE}*)${EOL}`), (m) => {
        m.groups('kt', '');
        m.pop();
      }),
      r(/\/\/[^\n]*/, 'c1', '#pop'),
      TYPE_WORD,
    ],
    typeparam: [
      r(/[ \t\n\v\f\r,]+/, ''),
      // `=>` too: a function type inside brackets.
      r(/<[%:]|=>|>:|[#_\u21D2]|forSome|type/u, 'k'),
      r(/[\])}]/, 'o', '#pop'),
      r(/[([{]/, 'o', 'typeparam'),
      TYPE_WORD,
    ],
    comment: [r(/[^/*]+/, 'cm'), r(/\/\*/, 'cm', 'comment'), r(/\*\//, 'cm', '#pop'), r(/[*/]/, 'cm')],
    import: [r(u(`(?:${ID}|\\.)+`), 'nn', '#pop')],
  },
};
