import { BUILTINS, CONSTANTS, PROPERTIES, VENDOR_PREFIXES } from './css-words.js';
import { mixin, r, type StatefulLanguage } from './machine.js';

// CSS as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/css/): in a selector, a tag
// is `nt`, `.class` `nc`, `#id` `nf`, `:hover` `nd`; in a rule, a property Rouge knows (or with
// a vendor prefix) is `nl`, any other (`--custom`) `py`; in a value, a number with its unit and a
// `#colour` are `m`, `url(…)` `sx`, `!important` `cp`, a word Rouge lists `nb` or `no`, any
// other `n`; Rouge calls a "double-quoted" string `s1` and a 'single-quoted' one `s2`.

const ID = '[\\p{L}_-][\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\p{Cf}-]*';
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

export const cssRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    basics: [r(/\s+/, ''), r(/\/\*[\s\S]*?\*\//, 'c')],
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
      r(/url\(.*?\)/, 'sx'),
      r(/#[0-9a-f]{1,6}/i, 'm'),
      r(
        /-?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)(?:%|(?:em|px|pt|pc|in|mm|cm|ex|rem|ch|vw|vh|vmin|vmax|dpi|dpcm|dppx|deg|grad|rad|turn|s|ms|Hz|kHz)\b)?/,
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
      r(new RegExp(`\\{(?=\\s*${ID}\\s*:)`, 'u'), 'p', 'at_stanza'),
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
      r(new RegExp(`(${ID})(\\s*)(:)`, 'u'), (m) => {
        const { properties, vendors } = words();
        const name = m.match[1]!;
        m.groups(properties.has(name) || vendors.some((v) => name.startsWith(v)) ? 'nl' : 'py', '', 'p');
        m.push('stanza_value');
      }),
    ],
    stanza_value: [
      r(/;/, 'p', '#pop'),
      r(/(?=\})/, (m) => m.pop()),
      r(/!\s*important\b/, 'cp'),
      r(/^@.*?$/m, 'cp'),
      mixin('value'),
    ],
  },
};
