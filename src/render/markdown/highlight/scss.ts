import { words } from './css.js';
import { type Machine, mixin, r, type StatefulLanguage } from './machine.js';

// SCSS as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/scss/ and the SCSS
// sample): a line that looks like `name: value` is an attribute (a property Rouge's CSS lexer
// knows `nl`, any other `na`), anything else a selector (`.class` `nc`, `#id` `nn`, `:hover`
// `nd`, `%placeholder` `nv`, a tag `nt`); `$var:` `nv`; at-rules `k` with a mixin or function
// name `nf` and an included one `nd`; in a value, numbers `m` (`.5em` `mi`), `#fff` `mh`,
// `url(…)` `sx`, functions `nf`, CSS's builtins `nb` and constants `no`; `#{…}` `si` anywhere.
// `;`, `{` and `}` end whatever was open: Rouge goes back to the top.
const ID = '[\\w-]+';
const id = new RegExp(ID);

/** Punctuation that ends a section: back to the top state. */
const reset = (m: Machine) => {
  m.token('p');
  while (!m.on('root')) m.pop();
};

export const scssRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      r(/\s+/, ''),
      r(/\/\/.*/, 'c1'),
      r(/\/[*][\s\S]*?[*]\//, 'cm'),
      r(/@import\b/, 'k', 'value'),
      mixin('content_common'),
      r(/(?=[^;{}][;}])/, (m) => m.push('attribute')),
      r(/(?=[^;{}:[]+:[^a-z])/, (m) => m.push('attribute')),
      r(/(?:)/, (m) => m.push('selector')),
    ],
    end_section: [r(/\n/, ''), r(/[;{}]/, reset)],
    content_common: [
      r(/@for\b/, 'k', 'for'),
      r(/@(?:debug|warn|if|each|while|else|return|media)/, 'k', 'value'),
      r(new RegExp(`(@mixin|@function)(\\s+)(${ID})`), (m) => {
        m.groups('k', '', 'nf');
        m.push('value');
      }),
      r(/@extend\b/, 'k', 'selector'),
      r(new RegExp(`(@include)(\\s+)(${ID})`), (m) => {
        m.groups('k', '', 'nd');
        m.push('value');
      }),
      r(new RegExp(`@${ID}`), 'k', 'selector'),
      r(/&/, 'k', 'selector'),
      r(new RegExp(`([$]${ID})([ \\t]*)(:)`), (m) => {
        m.groups('nv', '', 'p');
        m.push('value');
      }),
    ],
    value: [
      mixin('end_section'),
      r(/[ \t]+/, ''),
      r(new RegExp(`[$]${ID}`), 'nv'),
      r(/url[(]/, 'sx', 'string_url'),
      r(new RegExp(`${ID}(?=\\s*[(])`), 'nf'),
      r(new RegExp(`%${ID}`), 'nd'),
      r(/(?:true|false)\b/, 'bp'),
      r(/(?:and|or|not)\b/, 'ow'),
      r(/#[a-z0-9]{1,6}/i, 'mh'),
      r(/-?\d+(?:%|[a-z]+)?/, 'm'),
      r(/-?\d*\.\d+(?:%|[a-z]+)?/, 'mi'),
      mixin('has_strings'),
      mixin('has_interp'),
      r(/[~^*!&%<>|+=@:,./?-]+/, 'o'),
      r(/[[\]()]+/, 'p'),
      r(/\/[*]/, 'cm', 'inline_comment'),
      r(/\/\/[^\n]*/, 'c1'),
      r(id, (m) => {
        const { builtins, constants } = words();
        m.token(builtins.has(m.match[0]) ? 'nb' : constants.has(m.match[0]) ? 'no' : 'n');
      }),
    ],
    has_interp: [r(/[#][{]/, 'si', 'interpolation')],
    has_strings: [r(/"/, 's2', 'dq'), r(/'/, 's1', 'sq')],
    interpolation: [r(/\}/, 'si', '#pop'), mixin('value')],
    selector: [
      mixin('end_section'),
      mixin('has_strings'),
      mixin('has_interp'),
      r(/[ \t]+/, ''),
      r(/:/, 'nd', 'pseudo_class'),
      r(/[.]/, 'nc', 'class'),
      r(/#/, 'nn', 'id'),
      r(/%/, 'nv', 'placeholder'),
      r(id, 'nt'),
      r(/&/, 'k'),
      r(/[~^*!&[\]()<>|+=@:;,./?-]/, 'o'),
    ],
    dq: [r(/"/, 's2', '#pop'), mixin('has_interp'), r(/(?:\\.|#(?![{])|[^\n"#])+/, 's2')],
    sq: [r(/'/, 's1', '#pop'), mixin('has_interp'), r(/(?:\\.|#(?![{])|[^\n'#])+/, 's1')],
    string_url: [r(/[)]/, 'sx', '#pop'), r(/(?:\\.|#(?![{])|[^\n)#])+/, 'sx'), mixin('has_interp')],
    selector_piece: [mixin('has_interp'), r(/(?:)/, (m) => m.pop())],
    pseudo_class: [r(id, 'nd'), mixin('selector_piece')],
    class: [r(id, 'nc'), mixin('selector_piece')],
    id: [r(id, 'nn'), mixin('selector_piece')],
    placeholder: [r(id, 'nv'), mixin('selector_piece')],
    for: [r(/from|to|through/, 'ow'), mixin('value')],
    attribute: [
      mixin('has_interp'),
      r(id, (m) => m.token(words().properties.has(m.match[0]) ? 'nl' : 'na')),
      r(/([ \t]*)(:)/, (m) => {
        m.groups('', 'p');
        m.push('value');
      }),
    ],
    inline_comment: [
      r(/(?:\\#|#(?=[^\n{])|\*(?=[^\n/])|[^\n#*])+/, 'cm'),
      mixin('has_interp'),
      r(/[*]\//, 'cm', '#pop'),
    ],
  },
};
