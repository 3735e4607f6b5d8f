import { mixin, r, type StatefulLanguage, type StateRule } from './machine.js';

// TeX and LaTeX as Rouge 3.30 and Pygments 2.14 lex them (checked on test/highlight-oracle/exact/tex/):
// a control sequence is a keyword, with `[…]` options after it attributes and `*` a keyword;
// `$…$`, `\(…\)`, `$$…$$` and `\[…\]` are math, where a control sequence is a variable, digits
// numbers, `- = ! + * / ( ) [ ]` operators and other text a builtin. Rouge: `\begin{…}` and
// `\end{…}` are tags, `\verb|…|` a builtin with its text between keyword delimiters, math
// delimiters and `{ } & _ ^` punctuation, a comment ends before its newline. Pygments: `{ } & _ ^`
// are builtins, math delimiters strings (display ones opening backticked), a comment takes its
// newline, a backslash before a newline is a keyword.

/** After a control sequence outside math: its options and star. */
const command = (options: string): StateRule[] => [r(/\[.*?\]/, options), r(/\*/, 'k'), r(/(?:)/, (m) => m.pop())];

/** Inside math; `general` is the language's rules for comments and special characters. */
const math: StateRule[] = [
  mixin('general'),
  r(/[0-9]+/, 'm'),
  r(/[-=!+*/()[\]]/, 'o'),
  r(/[^=!+*/()[\]\\$%&_^{}0-9-]+/, 'nb'),
];

export const texRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    general: [r(/%.*/, 'c'), r(/[{}&_^]/, 'p')],
    root: [
      r(/\\\[/, 'p', 'displaymath'),
      r(/\\\(/, 'p', 'inlinemath'),
      r(/\$\$/, 'p', 'displaymath'),
      r(/\$/, 'p', 'inlinemath'),
      r(/\\(?:begin|end)\{.*?\}/, 'nt'),
      r(/(\\verb)\b(\S)(.*?)(\2)/, (m) => m.groups('nb', 'kp', 'sx', 'kp')),
      r(/\\(?:[a-z]+|\s+|.)/i, 'k', 'command'),
      mixin('general'),
      r(/[^\\$%&_^{}]+/, ''),
    ],
    command: command('na'),
    math: [r(/\\(?:[a-z]+|\s+|.)/i, 'nv'), ...math],
    inlinemath: [r(/\\\)/, 'p', '#pop'), r(/\$/, 'p', '#pop'), mixin('math')],
    displaymath: [r(/\\\]/, 'p', '#pop'), r(/\$\$/, 'p', '#pop'), r(/\$/, 'nb'), mixin('math')],
  },
};

export const texPygments: StatefulLanguage = {
  start: ['root'],
  states: {
    general: [r(/%.*?\n/, 'c'), r(/[{}&_^]/, 'nb')],
    root: [
      r(/\\\[/, 'sb', 'displaymath'),
      r(/\\\(/, 's', 'inlinemath'),
      r(/\$\$/, 'sb', 'displaymath'),
      r(/\$/, 's', 'inlinemath'),
      r(/\\(?:[a-zA-Z]+|.)/, 'k', 'command'),
      // A backslash before a newline (Pygments' `$` is a line's end).
      r(/\\(?=\n|$)/, 'k'),
      mixin('general'),
      r(/[^\\$%&_^{}]+/, ''),
    ],
    command: command('na'),
    math: [r(/\\(?:[a-zA-Z]+|.)/, 'nv'), ...math],
    inlinemath: [r(/\\\)/, 's', '#pop'), r(/\$/, 's', '#pop'), mixin('math')],
    displaymath: [r(/\\\]/, 's', '#pop'), r(/\$\$/, 's', '#pop'), r(/\$/, 'nb'), mixin('math')],
  },
};
