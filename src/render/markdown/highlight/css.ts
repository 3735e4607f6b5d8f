import {
  BUILTINS,
  CONSTANTS,
  PROPERTIES,
  PYGMENTS_COLORS,
  PYGMENTS_FUNCTIONS,
  PYGMENTS_KEYWORD_VALUES,
  PYGMENTS_OTHER_KEYWORD_VALUES,
  PYGMENTS_PROPERTIES,
  PYGMENTS_UNITS,
  PYGMENTS_VENDOR_PREFIXES,
  VENDOR_PREFIXES,
} from './css-words.js';
import { lazyLanguage, mixin, r, type StatefulLanguage } from './machine.js';
import { BOL, SPACE, u, WORD_CHARS, WORD_END } from './ruby-regex.js';

// CSS as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/css/): in a selector, a tag
// is `nt`, `.class` `nc`, `#id` `nf`, `:hover` `nd`; in a rule, a property Rouge knows (or with
// a vendor prefix) is `nl`, any other (`--custom`) `py`; in a value, a number with its unit and a
// `#colour` are `m`, `url(…)` `sx`, `!important` `cp`, a word Rouge lists `nb` or `no`, any
// other `n`; Rouge calls a "double-quoted" string `s1` and a 'single-quoted' one `s2`.

const ID = `[\\p{L}_-][${WORD_CHARS}\\p{Cf}-]*`;
const id = (before = '', after = '') => new RegExp(`${before}${ID}${after}`, 'u');

let lists: { properties: Set<string>; builtins: Set<string>; constants: Set<string>; vendors: string[] } | undefined;
/** Rouge's CSS word lists as sets (also SCSS's), made on first use. */
export const words = () =>
  (lists ??= {
    properties: new Set(PROPERTIES.split(' ')),
    builtins: new Set(BUILTINS.split(' ')),
    constants: new Set(CONSTANTS.split(' ')),
    vendors: VENDOR_PREFIXES.split(' '),
  });

export const cssRouge: StatefulLanguage = lazyLanguage(() => ({
  start: ['root'],
  states: {
    basics: [r(new RegExp(`${SPACE}+`), ''), r(/\/\*[\s\S]*?\*\//, 'c')],
    strings: [r(/"(?:\\\\|\\"|[^"])*"/, 's1'), r(/'(?:\\\\|\\'|[^'])*'/, 's2')],
    root: [
      mixin('basics'),
      r(/\{/, 'p', 'stanza'),
      r(id('::?'), 'nd'),
      r(id('\\.'), 'nc'),
      r(id('#'), 'nf'),
      r(id('@'), 'k', 'at_rule'),
      r(id(), 'nt'),
      r(/[~^*!%&[\]()<>|+=@:;,./?-]/, 'o'),
      mixin('strings'),
    ],
    value: [
      mixin('basics'),
      r(/url\([^\n]*?\)/, 'sx'),
      r(/#[0-9a-f]{1,6}/i, 'm'),
      r(
        u(
          `-?(?:[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)(?:%|(?:em|px|pt|pc|in|mm|cm|ex|rem|ch|vw|vh|vmin|vmax|dpi|dpcm|dppx|deg|grad|rad|turn|s|ms|Hz|kHz)${WORD_END})?`,
        ),
        'm',
      ),
      r(/[[\]():/.,]/, 'p'),
      mixin('strings'),
      r(id(), (m) => {
        const { constants, builtins } = words();
        m.token(constants.has(m.match[0]) ? 'no' : builtins.has(m.match[0]) ? 'nb' : 'n');
      }),
    ],
    at_rule: [
      r(new RegExp(`\\{(?=${SPACE}*${ID}${SPACE}*:)`, 'u'), 'p', 'at_stanza'),
      r(/\{/, 'p', 'at_body'),
      r(/;/, 'p', '#pop'),
      mixin('value'),
    ],
    at_content: [
      r(/\}/, (m) => {
        m.token('p');
        m.pop();
        m.pop();
      }),
    ],
    at_body: [mixin('at_content'), mixin('root')],
    at_stanza: [mixin('at_content'), mixin('stanza')],
    stanza: [
      mixin('basics'),
      r(/\}/, 'p', '#pop'),
      r(new RegExp(`(${ID})(${SPACE}*)(:)`, 'u'), (m) => {
        const { properties, vendors } = words();
        const name = m.match[1]!;
        m.groups(properties.has(name) || vendors.some((v) => name.startsWith(v)) ? 'nl' : 'py', '', 'p');
        m.push('stanza_value');
      }),
    ],
    stanza_value: [
      r(/;/, 'p', '#pop'),
      r(/(?=\})/, (m) => m.pop()),
      r(u(`!${SPACE}*important${WORD_END}`), 'cp'),
      r(new RegExp(`${BOL}@[^\\n]*`), 'cp'),
      mixin('value'),
    ],
  },
}));

// CSS as Pygments 2.14 lexes it (checked on test/highlight-oracle/exact/css/): in a selector, a
// tag is `nt`, `.class` `nc`, `#id` `nn`, `:hover` `nd`, their signs `p`, `@media` `k`; in a rule,
// a property it knows is `k`, `--custom` `nv`, any other `n`, a vendor prefix `kp`; in a value,
// listed words `kc` (properties `k`), `rgb(` `nb`, other `name(` `nf`, numbers by kind with their
// unit `kt`, `#fff` `mh`, `!important` `cp`, strings by quote.

/** Pygments' `words()`: any of the words, the longest first (as its optimised pattern matches). */
const anyOf = (list: string, suffix = '') =>
  `(?:${list
    .split(' ')
    .sort((a, b) => b.length - a.length)
    .join('|')})${suffix}`;
/** A pattern whose `\w`, always inside a character class, means Python's (any letter, digit or `_`). */
const re = (source: string) => new RegExp(source.replaceAll('\\w', '\\p{L}\\p{N}_'), 'u');

export const cssPygments: StatefulLanguage = lazyLanguage(() => {
  const PROPERTY = re(`(${anyOf(PYGMENTS_PROPERTIES)})(\\s*)(:)`);
  const VALUE_WORD = re(
    `${anyOf(`${PYGMENTS_KEYWORD_VALUES} ${PYGMENTS_OTHER_KEYWORD_VALUES} ${PYGMENTS_COLORS}`, '\\b')}`,
  );
  const PROPERTY_WORD = re(anyOf(PYGMENTS_PROPERTIES, '\\b'));
  const FUNCTION = re(`(${anyOf(PYGMENTS_FUNCTIONS)})(\\()`);
  const VENDOR = re(anyOf(PYGMENTS_VENDOR_PREFIXES));
  const STRINGS = [r(/"(?:\\\\|\\[^\\]|[^"\\])*"/, 's2'), r(/'(?:\\\\|\\[^\\]|[^'\\])*'/, 's1')];
  const COMMENT = r(/\/\*[\s\S]*?\*\//, 'c');
  return {
    start: ['root'],
    states: {
      root: [mixin('basics')],
      basics: [
        r(/\s+/, ''),
        COMMENT,
        r(/\{/, 'p', 'content'),
        r(re('(:{1,2})([\\w-]+)'), (m) => m.groups('p', 'nd')),
        r(re('(\\.)([\\w-]+)'), (m) => m.groups('p', 'nc')),
        r(re('(#)([\\w-]+)'), (m) => m.groups('p', 'nn')),
        r(re('(@)([\\w-]+)'), (m) => {
          m.groups('p', 'k');
          m.push('atrule');
        }),
        r(re('[\\w-]+'), 'nt'),
        r(/[~^*!%&$[\]()<>|+=@:;,./?-]/, 'o'),
        ...STRINGS,
      ],
      atrule: [r(/\{/, 'p', 'atcontent'), r(/;/, 'p', '#pop'), mixin('basics')],
      atcontent: [
        mixin('basics'),
        r(/\}/, (m) => {
          m.token('p');
          m.pop();
          m.pop();
        }),
      ],
      content: [
        r(/\s+/, ''),
        r(/\}/, 'p', '#pop'),
        r(/;/, 'p'),
        r(/^@.*?$/m, 'cp'),
        r(VENDOR, 'kp'),
        r(PROPERTY, (m) => {
          m.groups('k', '', 'p');
          m.push('value-start');
        }),
        r(re('(-+[a-zA-Z_][\\w-]*)(\\s*)(:)'), (m) => {
          m.groups('nv', '', 'p');
          m.push('value-start');
        }),
        r(re('([a-zA-Z_][\\w-]*)(\\s*)(:)'), (m) => {
          m.groups('n', '', 'p');
          m.push('value-start');
        }),
        COMMENT,
      ],
      'value-start': [
        r(/\s+/, ''),
        r(VENDOR, 'bp'),
        mixin('urls'),
        r(FUNCTION, (m) => {
          m.groups('nb', 'p');
          m.push('function-start');
        }),
        r(re('([a-zA-Z_][\\w-]+)(\\()'), (m) => {
          m.groups('nf', 'p');
          m.push('function-start');
        }),
        r(VALUE_WORD, 'kc'),
        r(PROPERTY_WORD, 'k'),
        r(/!important/, 'cp'),
        COMMENT,
        mixin('numeric-values'),
        r(/[~^*!%&<>|+=@:./?-]+/, 'o'),
        r(/[[\](),]+/, 'p'),
        ...STRINGS,
        r(re('[a-zA-Z_][\\w-]*'), 'n'),
        r(/;/, 'p', '#pop'),
        r(/\}/, (m) => {
          m.token('p');
          m.pop();
          m.pop();
        }),
      ],
      'function-start': [
        r(/\s+/, ''),
        r(re('-+(?:[\\w+]+-*)+'), 'nv'),
        mixin('urls'),
        r(VENDOR, 'kp'),
        r(VALUE_WORD, 'kc'),
        r(FUNCTION, (m) => {
          m.groups('nb', 'p');
          m.push('function-start');
        }),
        r(re('([a-zA-Z_][\\w-]+)(\\()'), (m) => {
          m.groups('nf', 'p');
          m.push('function-start');
        }),
        COMMENT,
        mixin('numeric-values'),
        r(/[*+/-]/, 'o'),
        r(/,/, 'p'),
        ...STRINGS,
        r(re('[a-zA-Z_-][\\w]*'), 'n'),
        r(/\)/, 'p', '#pop'),
      ],
      urls: [
        r(/(url)(\()(".*?")(\))/, (m) => m.groups('nb', 'p', 's2', 'p')),
        r(/(url)(\()('.*?')(\))/, (m) => m.groups('nb', 'p', 's1', 'p')),
        r(/(url)(\()(.*?)(\))/, (m) => m.groups('nb', 'p', 'sx', 'p')),
      ],
      'numeric-values': [
        r(/#[a-zA-Z0-9]{1,6}/, 'mh'),
        r(/[+-]?[0-9]*[.][0-9]+/, 'mf', 'numeric-end'),
        r(/[+-]?[0-9]+/, 'mi', 'numeric-end'),
      ],
      'numeric-end': [r(re(`${anyOf(PYGMENTS_UNITS, '\\b')}|%`), 'kt'), r(/(?:)/, (m) => m.pop())],
    },
  };
});
