import { type Machine, mixin, r, type StatefulLanguage } from './machine.js';

// GraphQL as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/graphql/ and the GraphQL
// sample): blanks `w` (Rouge's Text::Whitespace); operation and definition keywords and directives `k`, every name `n` but variables
// (`nv`) and the built-in scalar types (`nb`), values by kind, `#` comments `c`. A Markdown
// description (`"""` on lines of its own at the top) is Rouge's Markdown lexer's in Rouge;
// here its text stays plain.
const NAME = '[_A-Za-z][_0-9A-Za-z]*';
const name = new RegExp(`\\b${NAME}\\b`);
const BUILTIN = /\b(?:Int|Float|String|Boolean|ID)\b/;

const pop = (times: number) => (m: Machine) => {
  for (let i = 0; i < times; i++) m.pop();
};
/** A value token, which ends the value unless it is in a list. */
const value = (cls: string) => (m: Machine) => {
  m.token(cls);
  if (!m.on('list')) m.pop();
};

export const graphqlRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      r(/\b(?:query|mutation|subscription)\b/, 'k', 'query_definition'),
      r(/\{/, (m) => {
        m.token('p');
        m.push('query_definition');
        m.push('selection_set');
      }),
      r(/\bfragment\b/, 'k', 'fragment_definition'),
      r(/\bscalar\b/, 'k', 'value'),
      r(/\b(?:type|interface|enum|input|schema)\b/, 'k', 'type_definition'),
      r(/\bunion\b/, 'k', 'union_definition'),
      r(/\bextend\b/, 'k'),
      mixin('basic'),
      r(/(""")(\n)([\s\S]*?)(\n)(""")/, (m) => m.groups('s2', 'w', '', 'w', 's2')),
    ],
    basic: [r(/\s+/, 'w'), r(/#.*$/m, 'c'), r(/[!,]/, 'p')],
    has_directives: [
      r(new RegExp(`(@${NAME})(\\s*)(\\()`), (m) => {
        m.groups('k', 'w', 'p');
        m.push('arguments');
      }),
      r(new RegExp(`@${NAME}\\b`), 'k'),
    ],
    fragment_definition: [r(/\bon\b/, 'k'), mixin('query_definition')],
    query_definition: [
      mixin('has_directives'),
      r(name, 'n'),
      r(/\(/, 'p', 'variable_definitions'),
      r(/\{/, 'p', 'selection_set'),
      mixin('basic'),
    ],
    type_definition: [
      r(/\bimplements\b/, 'k'),
      r(name, 'n'),
      r(/\(/, 'p', 'variable_definitions'),
      r(/\{/, 'p', 'type_definition_set'),
      mixin('basic'),
    ],
    union_definition: [r(name, 'n'), r(/=/, 'p', 'union_definition_variant'), mixin('basic')],
    union_definition_variant: [
      r(name, (m) => {
        m.token('n');
        m.goto('union_definition_pipe');
      }),
      mixin('basic'),
    ],
    union_definition_pipe: [
      r(/\|/, (m) => {
        m.token('p');
        m.goto('union_definition_variant');
      }),
      r(/(?!\||\s+|#[^\n]*)/, pop(2)),
      mixin('basic'),
    ],
    type_definition_set: [
      r(/\}/, (m) => {
        m.token('p');
        pop(2)(m);
      }),
      r(new RegExp(`\\b(${NAME})(\\s*)(\\()`), (m) => {
        m.groups('n', 'w', 'p');
        m.push('variable_definitions');
      }),
      r(name, 'n'),
      r(/:/, 'p', 'type_names'),
      mixin('basic'),
    ],
    arguments: [r(/\)/, 'p', '#pop'), r(name, 'n'), r(/:/, 'p', 'value'), mixin('basic')],
    variable_definitions: [
      r(/\)/, 'p', '#pop'),
      r(new RegExp(`\\$${NAME}\\b`), 'nv'),
      r(name, 'n'),
      r(/:/, 'p', 'type_names'),
      r(/=/, 'p', 'value'),
      mixin('basic'),
    ],
    type_names: [r(BUILTIN, 'nb', '#pop'), r(name, 'n', '#pop'), r(/\[/, 'p', 'type_name_list'), mixin('basic')],
    type_name_list: [
      r(BUILTIN, 'nb'),
      r(name, 'n'),
      r(/\]/, (m) => {
        m.token('p');
        pop(2)(m);
      }),
      mixin('basic'),
    ],
    selection_set: [
      mixin('has_directives'),
      r(/\}/, (m) => {
        m.token('p');
        m.pop();
        if (m.on('query_definition') || m.on('fragment_definition')) m.pop();
      }),
      r(new RegExp(`\\b(${NAME})(\\s*)(\\()`), (m) => {
        m.groups('n', 'w', 'p');
        m.push('arguments');
      }),
      r(new RegExp(`\\b(${NAME})(\\s*)(:)`), (m) => m.groups('n', 'w', 'p')),
      r(name, 'n'),
      r(/(\.\.\.)(\s+)(on)\b/, (m) => m.groups('p', 'w', 'k')),
      r(/\.\.\./, 'p'),
      r(/\{/, 'p', 'selection_set'),
      mixin('basic'),
    ],
    list: [
      r(/\]/, (m) => {
        m.token('p');
        m.pop();
        if (m.on('value')) m.pop();
      }),
      mixin('value'),
    ],
    object: [
      r(/\}/, (m) => {
        m.token('p');
        m.pop();
        if (m.on('value')) m.pop();
      }),
      r(new RegExp(`\\b(${NAME})(\\s*)(:)`), (m) => {
        m.groups('n', 'w', 'p');
        m.push('value');
      }),
      mixin('basic'),
    ],
    value: [
      r(/"""[\s\S]*?"""/, 's2'),
      r(new RegExp(`\\$${NAME}\\b`), value('nv')),
      r(/\b(?:true|false|null)\b/, value('kc')),
      r(/[+-]?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?/, value('mf')),
      r(/[+-]?[1-9][0-9]*(?:[eE][+-]?[0-9]+)?/, value('mi')),
      r(/"(?:\\[\\"]|[^"])*"/, value('s2')),
      r(name, value('n')),
      r(/\{/, 'p', 'object'),
      r(/\[/, 'p', 'list'),
      mixin('basic'),
    ],
  },
};
