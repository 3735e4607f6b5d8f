import { type Machine, mixin, r, type StatefulLanguage } from './machine.js';
import { BOUNDARY, NON_SPACE, SPACE, u, WORD_END } from './ruby-regex.js';

// Liquid as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/liquid/, the Liquid
// sample and random code): `{%`, `{{` and their ends `p` with the blanks inside `w`, the tag's
// name `nt` (`if`, `elsif`, `unless`, `case`, `when`, `else` and their ends `kr`), filters `nf`
// after `|`, variables `nv`, `empty`, `blank` and `forloop.…` `nb`, `first`/`last`/`size` `nf`,
// `true`/`false`/`nil` `kc`, strings `s1`/`s2`, numbers `mi`/`mf`, comparisons `o` and
// `and`/`or`/`contains` `ow`, a parameter's name `na`; a `{% comment %}`'s text `c`, a
// `{% raw %}`'s text plain. Between tags the template is text; a line break inside a tag, which
// no rule of Rouge's takes, is an error.

/** Back to the template's text (Rouge's `reset_stack`). */
const reset = (m: Machine) => {
  while (!m.on('root')) m.pop();
};
const re = (source: string) => u(source);
const S = SPACE;
const NS = NON_SPACE;

/** Ruby's `$1 =~ /'[^']*'/`: a quoted string somewhere in a parameter's text gives its class. */
const quotedClass = (text: string | undefined, other: string) =>
  text === undefined ? other : /'[^']*'/.test(text) ? 's1' : /"[^"]*"/.test(text) ? 's2' : other;

export const liquidRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      r(re('[^{]+'), ''),
      r(re(`(\\{%-?)(${S}*)`), (m) => {
        m.groups('p', 'w');
        m.push('tag_or_block');
      }),
      r(re(`(\\{\\{-?)(${S}*)`), (m) => {
        m.groups('p', 'w');
        m.push('output');
      }),
      r(re('\\{'), ''),
    ],
    tag_or_block: [
      r(re(`(?:if|elsif|unless|case)${WORD_END}`), 'kr', 'condition'),
      r(re(`when${WORD_END}`), 'kr', 'when'),
      r(re(`(else)(${S}*)(-?%\\})`), (m) => {
        m.groups('kr', 'w', 'p');
        m.pop();
      }),
      r(re(`(capture|(?:in|de)crement)(${S}+)([^\\t\\n\\v\\f\\r %]+)(${S}*)(-?%\\})`), (m) => {
        m.groups('nt', 'w', 'nv', 'w', 'p');
        m.pop();
      }),
      r(re(`(comment)(${S}*)(-?%\\})`), (m) => {
        m.groups('nt', 'w', 'p');
        m.push('comment');
      }),
      r(re(`(raw)(${S}*)(-?%\\})`), (m) => {
        m.groups('nt', 'w', 'p');
        m.push('raw');
      }),
      r(re(`(end(?:if|unless|case))(${S}*)(-?%\\})`), (m) => {
        m.groups('kr', 'w', 'p');
        m.pop();
      }),
      r(re(`(end[^\\t\\n\\v\\f\\r %]+)(${S}*)(-?%\\})`), (m) => {
        m.groups('nt', 'w', 'p');
        m.pop();
      }),
      r(re(`(?:assign|echo)${WORD_END}`), 'nt', 'assign'),
      r(re(`(?:include|render)${WORD_END}`), 'nt', 'include'),
      r(re(`(cycle)(${S}+)(?:([^\\t\\n\\v\\f\\r :]*)(${S}*)(:))?(${S}*)`), (m) => {
        m.groups('nt', 'w', quotedClass(m.match[3], 'na'), 'w', 'p', 'w');
        m.push('variable_tag_markup');
      }),
      r(
        re(`(for|tablerow)(${S}+)([\\w-]+)(${S}+)(in)(${S}+)((?:[^\\t\\n\\v\\f\\r %,|'"]|"[^"]*"|'[^']*')+)(${S}*)`),
        (m) => {
          m.groups('nt', 'w', 'nv', 'w', 'nt', 'w', quotedClass(m.match[7], 'nv'), 'w');
          m.push('tag_markup');
        },
      ),
      r(re(`([^\\t\\n\\v\\f\\r %]+)(${S}*)`), (m) => {
        m.groups('nt', 'w');
        m.push('tag_markup');
      }),
    ],
    output: [
      r(re(`(\\|)(${S}*)([a-zA-Z_][^\\t\\n\\v\\f\\r }|:]*)`), (m) => {
        m.groups('p', 'w', 'nf');
        m.push('filters');
      }),
      mixin('end_of_tag'),
      mixin('generic'),
    ],
    filters: [
      r(re(`(\\|)(${S}*)([a-zA-Z_][^\\t\\n\\v\\f\\r %}|:]*)`), (m) => m.groups('p', 'w', 'nf')),
      mixin('end_of_tag'),
      mixin('end_of_block'),
      mixin('variable_param_markup'),
    ],
    condition: [
      r(re('[=!]=|[<>]=?'), 'o'),
      r(re(`(?:and|or|contains)${WORD_END}`), 'ow'),
      mixin('end_of_block'),
      mixin('generic'),
    ],
    when: [mixin('end_of_block'), mixin('generic')],
    end_of_tag: [
      r(re('-?\\}\\}'), (m) => {
        m.token('p');
        reset(m);
      }),
    ],
    end_of_block: [
      r(re('-?%\\}'), (m) => {
        m.token('p');
        reset(m);
      }),
    ],
    param_markup: [
      mixin('whitespace'),
      mixin('keyword'),
      mixin('string'),
      mixin('number'),
      r(re(`([^\\t\\n\\v\\f\\r =:]+)(${S}*)(=|:)`), (m) => m.groups('na', 'w', 'o')),
      r(re('[,:]'), 'p'),
    ],
    default_param_markup: [mixin('param_markup'), r(re(`${NS}+`), '')],
    variable_param_markup: [mixin('param_markup'), mixin('variable'), r(re(`${NS}+`), '')],
    tag_markup: [r(re(`reversed${WORD_END}`), 'na'), mixin('end_of_block'), mixin('default_param_markup')],
    variable_tag_markup: [mixin('end_of_block'), mixin('variable_param_markup')],
    keyword: [r(re(`(?:false|true|nil)${WORD_END}`), 'kc')],
    variable: [
      r(re(`(?:empty|blank|forloop\\.[^\\t\\n\\v\\f\\r %}|:]+)${BOUNDARY}`), 'nb'),
      r(re('\\.(?=\\w)|\\[|\\]'), 'p'),
      r(re(`(?:first|last|size)${WORD_END}`), 'nf'),
      r(re('[a-zA-Z_][\\w-]*\\??'), 'nv'),
    ],
    string: [r(re("'[^']*'"), 's1'), r(re('"[^"]*"'), 's2')],
    number: [r(re('-'), 'o'), r(re('\\d+\\.\\d+'), 'mf'), r(re('\\d+'), 'mi')],
    generic: [mixin('whitespace'), mixin('keyword'), mixin('string'), mixin('number'), mixin('variable')],
    whitespace: [r(re('[ \\t]+'), 'w')],
    comment: [
      r(re('[^{]+'), 'c'),
      r(re(`(\\{%-?)(${S}*)(endcomment)(${S}*)(-?%\\})`), (m) => {
        m.groups('p', 'w', 'nt', 'w', 'p');
        reset(m);
      }),
      r(re('\\{'), 'c'),
    ],
    raw: [
      r(re('[^{]+'), ''),
      r(re(`(\\{%-?)(${S}*)(endraw)(${S}*)(-?%\\})`), (m) => {
        m.groups('p', 'w', 'nt', 'w', 'p');
        reset(m);
      }),
      r(re('\\{'), ''),
    ],
    assign: [
      r(re('='), 'o'),
      r(re(`(\\|)(${S}*)([a-zA-Z_][^\\t\\n\\v\\f\\r %|:]*)`), (m) => {
        m.groups('p', 'w', 'nf');
        m.push('filters');
      }),
      mixin('end_of_block'),
      mixin('generic'),
    ],
    include: [
      r(re(`(\\{\\{-?)(${S}*)`), (m) => {
        m.groups('p', 'w');
        m.push('output_embed');
      }),
      r(re(`(?:with|for)${WORD_END}`), 'nt'),
      r(re(`[/\\w-]+(?:\\.[\\w-]+)+${BOUNDARY}`), ''),
      mixin('variable_tag_markup'),
    ],
    output_embed: [
      r(re(`(\\|)(${S}*)([a-zA-Z_][^\\t\\n\\v\\f\\r }|:]*)`), (m) => m.groups('p', 'w', 'nf')),
      r(re('-?\\}\\}'), 'p', '#pop'),
      mixin('variable_param_markup'),
    ],
  },
};
