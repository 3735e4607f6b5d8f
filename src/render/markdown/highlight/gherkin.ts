import { ELEMENT, EXAMPLES, FEATURE, STEP } from './gherkin-words.js';
import { lazyLanguage, type Machine, mixin, r } from './machine.js';
import { BLANKS, BOUNDARY } from './ruby-regex.js';

// Gherkin (Cucumber) as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/gherkin/), with
// its keywords in every language (gherkin-words.ts): the text before a line's first `:` is a
// feature (`kd`), scenario (`kn`) or examples (`nn`) keyword, or an error when it is none, even on
// a step's line; a step keyword `nf` with `<placeholders>` `nv` and `"…"` `s` after it; tables
// with a header row of `nv` cells; `@tags` `nt`; `"""` doc strings `s`; `#` comments. A
// description's last line with no line break after it is an error, as in Rouge.

/** Rouge's reset_stack: back to the top state (never pushed again, so the first on the stack). */
const reset = (m: Machine) => {
  while (!m.on('root')) m.pop();
};

export const gherkinRouge = lazyLanguage(() => {
  const element = new Set(ELEMENT);
  const feature = new Set(FEATURE);
  const examples = new Set(EXAMPLES);
  // Step keywords in Rouge's order (the first that matches wins): one ending in a blank as it is,
  // any other followed by a word boundary.
  const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const steps = STEP.map((w) => (w.endsWith(' ') ? literal(w) : `${literal(w)}${BOUNDARY}`)).join('|');
  const restOfLine = /[^\n]*?(?=[#\n])/;
  return {
    start: ['root'],
    states: {
      basic: [r(/#[^\n]*/, 'c'), r(/[ \r\t]+/, '')],
      root: [
        mixin('basic'),
        r(/\n/, ''),
        r(/"""[\s\S]*?"""/, 's'),
        r(new RegExp(`@[^${BLANKS}@]+`), 'nt'),
        mixin('has_table'),
        mixin('has_examples'),
      ],
      has_scenarios: [
        r(/([^\n]*?)(:)/, (m) => {
          reset(m);
          const keyword = m.match[1]!;
          let cls = 'err';
          if (element.has(keyword)) {
            m.push('description');
            cls = 'kn';
          } else if (feature.has(keyword)) {
            m.push('feature_description');
            cls = 'kd';
          } else if (examples.has(keyword)) {
            m.push('example_description');
            cls = 'nn';
          }
          m.groups(cls, 'p');
        }),
      ],
      has_examples: [
        mixin('has_scenarios'),
        r({ source: steps, flags: 'u' }, (m) => {
          m.token('nf');
          reset(m);
          m.push('step');
        }),
      ],
      has_table: [r(/(?=[|])/, (m) => m.push('table_header'))],
      table_header: [
        r(new RegExp(`[^|${BLANKS}]+`), 'nv'),
        r(/\n/, (m) => {
          m.token('');
          m.goto('table');
        }),
        mixin('table'),
      ],
      table: [mixin('basic'), r(/\n/, '', 'table_bol'), r(/[|]/, 'p'), r(new RegExp(`[^|${BLANKS}]+`), 'n')],
      table_bol: [r(new RegExp(`(?=[${BLANKS}]*[^|${BLANKS}])`), reset), r(/(?:)/, (m) => m.pop())],
      description: [mixin('basic'), mixin('has_examples'), r(/\n/, ''), r(restOfLine, '')],
      feature_description: [mixin('basic'), mixin('has_scenarios'), r(/\n/, ''), r(restOfLine, '')],
      example_description: [mixin('basic'), mixin('has_table'), r(/\n/, ''), r(restOfLine, '')],
      step: [
        mixin('basic'),
        r(/<[^\n]*?>/, 'nv'),
        r(/"[^\n]*?"/, 's'),
        r(new RegExp(`[^${BLANKS}][^${BLANKS}<]*`), ''),
        r(restOfLine, '', '#pop'),
      ],
    },
  };
});
