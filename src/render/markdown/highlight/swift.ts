import { mixin, type Pattern, r, type StatefulLanguage } from './machine.js';
import { SPACE, WORD_END, WORD_START } from './ruby-regex.js';

// Swift as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/swift/ and the Swift
// sample): its keyword (`k`), declaration (`kd`) and constant (`kc`) lists; a capitalised name is
// a type (`kt`), also before `(`, where any other name is a function (`nf`); the name after
// `let`/`var` and before `:` a variable (`nv`); `@attributes` `kd`; strings `s` with escapes and
// `\(…)` `se`; a `#` line a preprocessor line (`cp`); nested block comments.
const ID_HEAD = '(?:_|(?!\\p{Mc})\\p{Alphabetic}|[\\u{10000}-\\u{10FFFF}])';
const ID = `${ID_HEAD}(?:[\\p{Alphabetic}\\p{Nd}_]|[\\u{10000}-\\u{10FFFF}])*`;
const u = (source: string, flags = ''): Pattern => ({ source, flags: `u${flags}` });
const set = (list: string) => new Set(list.trim().split(/\s+/));
const KEYWORDS = set(`await break case continue default do else fallthrough if in for return switch where while try
  catch throw guard defer repeat as dynamicType is new super self Self Type __COLUMN__ __FILE__ __FUNCTION__ __LINE__
  associativity async didSet get infix inout isolated mutating none nonmutating operator override postfix
  precedence prefix set unowned weak willSet throws rethrows precedencegroup #available #colorLiteral #column #else
  #elseif #endif #error #file #fileLiteral #function #if #imageLiteral #line #selector #sourceLocation #warning`);
const DECLARATIONS = set(`actor class deinit enum convenience extension final func import init internal lazy let
  nonisolated optional private protocol public required static struct subscript typealias var dynamic indirect
  associatedtype open fileprivate some`);
const UPPER = /^\p{Uppercase}/u;

export const swiftRouge: StatefulLanguage = {
  start: ['root', 'bol'],
  states: {
    // Blanks are Ruby's `\s`, ASCII only: Rouge marks a no-break space (pasted code) `err`.
    bol: [r(/#.*/, 'cp'), r(/[ \t\n\v\f\r]+/, ''), r(/\/[*]/, 'cm', 'nested_comment'), r(/(?:)/, (m) => m.pop())],
    nested_comment: [r(/\/[*]/, 'cm', 'nested_comment'), r(/[*]\//, 'cm', '#pop'), r(/[^*/]+/, 'cm'), r(/./, 'cm')],
    root: [
      r(/\n+/, '', 'bol'),
      r(/\/\/.*?$/m, 'c1', 'bol'),
      r(/[ \t\n\v\f\r]+/, ''),
      r(/\/[*]/, 'cm', 'nested_comment'),
      r(/\$(?:(?:[1-9]\d*)?\d)/, 'nv'),
      r(/[()[\]{}:;,?\\]/, 'p'),
      r(/[-/=+*%<>!&|^.~]+/, 'o'),
      r(/@?"/, 's', 'dq'),
      r(/'(?:\\.|.)'/, 'sc'),
      r(/(?:\d+(?:_\d+)*\*|(?:\d+(?:_\d+)*)*\.\d+(?:_\d)*)(?:e[+-]?\d+(?:_\d)*)?/i, 'mf'),
      r(/\d+e[+-]?[0-9]+/i, 'mf'),
      r(/0o?[0-7]+(?:_[0-7]+)*/, 'mo'),
      r(/0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*(?:(?:\.[0-9A-F]+(?:_[0-9A-F]+)*)?p[+-]?\d+)?/, 'mh'),
      r(/0b[01]+(?:_[01]+)*/, 'mb'),
      r(/\d+(?:_\d+)*/, 'mi'),
      r(u(`@${ID}`), 'kd'),
      r(/(private|internal)(\([ ]*)(\w+)([ ]*\))/, (m) =>
        m.match[3] === 'set' ? m.token('kd') : m.groups('kd', 'kd', 'err', 'kd'),
      ),
      r(/(unowned\([ ]*)(\w+)([ ]*\))/, (m) =>
        m.match[2] === 'safe' || m.match[2] === 'unsafe' ? m.token('kd') : m.groups('kd', 'err', 'kd'),
      ),
      r(/#available\([^)]+\)/, 'kd'),
      r(/(#(?:selector|keyPath)\()([^)]+?(?:[(].*?[)])?)(\))/, (m) => m.groups('kd', 'nf', 'kd')),
      r(/#(?:line|file|column|function|dsohandle)/, 'kd'),
      r(u(`(let|var)${WORD_END}(${SPACE}*)(${ID})`), (m) => m.groups('k', '', 'nv')),
      r(u(`(let|var)${WORD_END}(${SPACE}*)([(])`), (m) => {
        m.groups('k', '', 'p');
        m.push('tuple');
      }),
      r(
        u(
          `(?!(?:if|while|for|private|internal|unowned|switch|case)${WORD_END})${WORD_START}${ID}(?=[?!]?${SPACE}*[(])`,
        ),
        (m) => m.token(UPPER.test(m.match[0]) ? 'kt' : 'nf'),
      ),
      r(/as[?!]?(?=\s)/, 'k'),
      r(/try!?(?=\s)/, 'k'),
      r(u(`(#?(?!default)(?!\\p{Uppercase})${ID})(${SPACE}*)(:)`), (m) => m.groups('nv', '', 'p')),
      r(u(ID), (m) => {
        const w = m.match[0];
        m.token(
          KEYWORDS.has(w)
            ? 'k'
            : DECLARATIONS.has(w)
              ? 'kd'
              : w === 'true' || w === 'false' || w === 'nil'
                ? 'kc'
                : UPPER.test(w)
                  ? 'kt'
                  : 'n',
        );
      }),
      r(u(`(\`)(${ID})(\`)`), (m) => m.groups('p', 'nv', 'p')),
    ],
    tuple: [
      r(u(ID), 'nv'),
      r(u(`(\`)(${ID})(\`)`), (m) => m.groups('p', 'nv', 'p')),
      r(/,/, 'p'),
      r(/[(]/, 'p', 'tuple'),
      r(/[)]/, 'p', '#pop'),
      r(/[ \t\n\v\f\r]+/, ''),
      r(/\/[*]/, 'cm', 'nested_comment'),
    ],
    dq: [
      r(/\\[\\0tnr'"]/, 'se'),
      r(/\\[(]/, 'se', 'interp'),
      r(/\\u\{[0-9a-fA-F]{1,8}\}/, 'se'),
      r(/[^\\"]+/, 's'),
      r(/"""/, 's', '#pop'),
      r(/"/, 's', '#pop'),
    ],
    interp: [r(/[(]/, 'p', 'interp_inner'), r(/[)]/, 'se', '#pop'), mixin('root')],
    interp_inner: [r(/[(]/, 'p', 'interp_inner'), r(/[)]/, 'p', '#pop'), mixin('root')],
  },
};
