import { lazyLanguage, type Machine, mixin, r, type StatefulLanguage } from './machine.js';
import { SPACE, WORD_END } from './ruby-regex.js';

// XPath as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/xpath/, the sample and random
// code), with its lexical states: blanks are `w` spans and `(: … :)` comments `c` (nested); numbers
// `mf` (`.5`, `1.`, `1e3`) or `m`; `"…"`/`'…'` strings `s` (a doubled quote inside); `$name` `nv`;
// `@name` `na`; a name before `(` a function `nf` (`map`, `array` and `empty-sequence` keywords
// wherever they start); node tests (`element(…)`, `processing-instruction(…)`) keywords with their
// own arguments; `cast as`, `treat as`, `instance of` and `as` keywords and the type after them `kt`
// (an occurrence indicator `?*+` after it an operator); axes before `::` keywords; other names
// tags `nt`. Names are case-blind in Rouge, so ſ and K (Kelvin) are letters of them. Word lists
// match where a word ends, not where one starts (`or-else` is `or` `-` `else`).
const NC = '[a-zA-Z_\\u017f\\u212a][-a-zA-Z_.0-9\\u017f\\u212a]*';
const QNAME = `${NC}(?::${NC})?`;
const EQNAME = `(?:Q\\{[^{}]*\\}${NC}|${QNAME})`;
const OPEN = '\\((?!:)';
const STRING = `"(?:""|[^"])*"|'(?:''|[^'])*'`;
const KIND_TEST = 'element|attribute|schema-element|schema-attribute|comment|text|node|document-node|namespace-node';
const AXES =
  'child|descendant|attribute|self|descendant-or-self|following-sibling|following|namespace|parent|ancestor|preceding-sibling|preceding|ancestor-or-self';
const OPERATORS = ',|=>|=|:=|:|>=|>>|>|<=|<<|<|-|\\*|!=|\\+|//|/|\\|\\||\\|';
const KEYWORDS = 'let|for|some|every|if|then|else|return|in|satisfies';
const WORD_OPERATORS = 'and|or|eq|ge|gt|le|lt|ne|is|div|mod|idiv|intersect|except|union|to';
const S = `${SPACE}*`;
const words = (list: string) => ({ source: `(?:${list})${WORD_END}`, flags: 'u' });

/** A rule whose groups take these classes, then moves as `then` says. */
const grouped = (source: string, classes: string[], then?: (m: Machine) => void) =>
  r(new RegExp(source), (m) => {
    m.groups(...classes);
    then?.(m);
  });

export const xpathRouge: StatefulLanguage = lazyLanguage(() => ({
  start: ['root'],
  states: {
    commentsAndWhitespace: [r(/\(:/, 'c', 'comment'), r(new RegExp(`${SPACE}+`), 'w')],
    root: [
      mixin('commentsAndWhitespace'),
      r(/\.[0-9]+|[0-9]+(?:\.[0-9]*)?[eE][+-]?[0-9]+/, 'mf'),
      r(/\.[0-9]+|[0-9]+\.[0-9]*/, 'mf'),
      r(/[0-9]+/, 'm'),
      r(new RegExp(STRING), 's'),
      r(/\$/, 'nv', 'varname'),
      r(new RegExp(OPERATORS), 'o'),
      r(words(WORD_OPERATORS), 'ow'),
      r(words(KEYWORDS), 'k'),
      r(/[?,{}()[\]]/, 'p'),
      grouped(`(function)(${S})(${OPEN})`, ['k', 'w', 'p']),
      r(/map|array|empty-sequence/, 'k'),
      grouped(`(${KIND_TEST})(${S})(${OPEN})`, ['k', 'w', 'p'], (m) => m.push('kindtest')),
      grouped(`(processing-instruction)(${S})(${OPEN})`, ['k', 'w', 'p'], (m) => m.push('kindtestforpi')),
      grouped(`(${EQNAME})(${S})(${OPEN})`, ['nf', 'w', 'p']),
      grouped(`(${EQNAME})(${S})(#)(${S})(\\d+)`, ['nf', 'w', 'nf', 'w', 'nf']),
      grouped(`(cast|castable)(${SPACE}+)(as)`, ['k', 'w', 'k'], (m) => m.push('singletype')),
      grouped(`(treat)(${SPACE}+)(as)`, ['k', 'w', 'k'], (m) => m.push('itemtype')),
      grouped(`(instance)(${SPACE}+)(of)`, ['k', 'w', 'k'], (m) => m.push('itemtype')),
      r(words('as'), 'k', 'itemtype'),
      grouped(`(${NC})(${S})(:)(${S})(\\*)`, ['nt', 'w', 'p', 'w', 'o']),
      grouped(`(\\*)(${S})(:)(${S})(${NC})`, ['o', 'w', 'p', 'w', 'nt']),
      grouped(`(${AXES})(${S})(::)`, ['k', 'w', 'o']),
      r(/\.\.|\.|\*/, 'o'),
      r(/@/, 'na', 'attrname'),
      r(new RegExp(EQNAME), 'nt'),
    ],
    singletype: [mixin('commentsAndWhitespace'), r(new RegExp(EQNAME), 'kt', '#pop')],
    itemtype: [
      mixin('commentsAndWhitespace'),
      grouped(`(${KIND_TEST})(${S})(${OPEN})`, ['kt', 'w', 'p'], (m) => {
        m.goto('occurrenceindicator');
        m.push('kindtest');
      }),
      grouped(`(processing-instruction)(${S})(${OPEN})`, ['kt', 'w', 'p'], (m) => {
        m.goto('occurrenceindicator');
        m.push('kindtestforpi');
      }),
      grouped(`(item)(${S})(${OPEN})(${S})(\\))`, ['kt', 'w', 'p', 'w', 'p'], (m) => m.goto('occurrenceindicator')),
      grouped(`(function|array|map|empty-sequence)(${S})(${OPEN})`, ['kt', 'w', 'p']),
      grouped(`(cast|castable)(${SPACE}+)(as)`, ['k', 'w', 'k'], (m) => m.goto('singletype')),
      grouped(`(treat)(${SPACE}+)(as)`, ['k', 'w', 'k'], (m) => m.goto('itemtype')),
      grouped(`(instance)(${SPACE}+)(of)`, ['k', 'w', 'k'], (m) => m.goto('itemtype')),
      r(words('as'), 'k'),
      r(new RegExp(OPERATORS), 'o', '#pop'),
      r(words(WORD_OPERATORS), 'ow', '#pop'),
      r(words(KEYWORDS), 'k', '#pop'),
      r(/[[),]/, 'p', '#pop'),
      r(new RegExp(EQNAME), (m) => {
        m.token('kt');
        m.goto('occurrenceindicator');
      }),
    ],
    kindtest: [
      mixin('commentsAndWhitespace'),
      r(/[?*]/, 'o'),
      r(/,/, 'p'),
      grouped(`(element|schema-element)(${S})(${OPEN})`, ['kt', 'w', 'p'], (m) => m.push('kindtest')),
      r(new RegExp(EQNAME), 'nt'),
      r(/\)/, 'p', '#pop'),
    ],
    kindtestforpi: [
      mixin('commentsAndWhitespace'),
      r(new RegExp(NC), 'n'),
      r(new RegExp(STRING), 's'),
      r(/\)/, 'p', '#pop'),
    ],
    occurrenceindicator: [mixin('commentsAndWhitespace'), r(/[?*+]/, 'o', '#pop'), r(/(?![?*+])/, (m) => m.pop())],
    varname: [
      mixin('commentsAndWhitespace'),
      grouped(`(${EQNAME})(${S})(${OPEN})`, ['nv', 'w', 'p'], (m) => m.pop()),
      r(new RegExp(EQNAME), 'nv', '#pop'),
    ],
    attrname: [mixin('commentsAndWhitespace'), r(new RegExp(EQNAME), 'na', '#pop'), r(/\*/, 'o', '#pop')],
    comment: [r(/:\)/, 'c', '#pop'), r(/\(:/, 'c', 'comment'), r(/[^:(]+/, 'c'), r(/[:(]/, 'c')],
  },
}));
