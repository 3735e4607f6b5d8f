import { lazyLanguage, type Machine, r, type StatefulLanguage, statefulLexer } from './machine.js';
import { BUILTINS } from './matlab-words.js';
import { BOL, EOL, SPACE } from './ruby-regex.js';
import { shell } from './shell.js';

// MATLAB as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/matlab/, the sample and
// random code): `{% … %}` is a comment `cm` (Rouge's pattern has the brace first, so MATLAB's own
// `%{` blocks are `%` comments `c1` line by line), `%` comments `c1`, `...` a keyword `k` and the rest of its line a comment `c`; `!` at a line's start
// a keyword and the line up to a `%` shell, lexed anew; a name `k` or `nb` by Rouge's lists, else
// `n`; `/` and `\` punctuation; `.5` is `.` `5`; `1e3`, `1.5` `mf`, `10L` `il`; a `'` or `"`
// opens a string only when another stands later on its line (`x'` is a transpose `o` only when
// none does), `''`/`""` in them escapes `se`; a lone `"` an error `err`.
const KEYWORDS = new Set(
  'arguments break case catch classdef continue else elseif end for function global if import methods otherwise parfor persistent properties return spmd switch try while'.split(
    ' ',
  ),
);

export const matlabRouge: StatefulLanguage = lazyLanguage(() => {
  const builtins = new Set(BUILTINS.split(' '));
  return {
    start: ['root'],
    states: {
      root: [
        r(new RegExp(`${SPACE}+`), ''),
        r(/\{%[\s\S]*?%\}/, 'cm'),
        r(new RegExp(`%[^\\n]*${EOL}`), 'c1'),
        r(new RegExp(`(\\.\\.\\.)([^\\n]*?)${EOL}`), (m) => m.groups('k', 'c')),
        r(new RegExp(`${BOL}(!)([^\\n]*?)(?=%|${EOL})`), (m: Machine) => {
          m.token('k', m.match[1]);
          statefulLexer(shell).lex(m.match[2]!, (cls, text) => m.token(cls, text));
        }),
        r(/[a-zA-Z][_a-zA-Z0-9]*/, (m: Machine) => {
          const word = m.match[0];
          m.token(KEYWORDS.has(word) ? 'k' : builtins.has(word) ? 'nb' : 'n');
        }),
        r(/[(){};:,/\\\][]/, 'p'),
        r(/~=|==|<<|>>|[-~+/*%=<>&^|.@]/, 'o'),
        r(/(?:\d+\.\d*|\d*\.\d+)(?:[eE][+-]?[0-9]+)?/, 'mf'),
        r(/\d+[eE][+-]?[0-9]+/, 'mf'),
        r(/\d+L/, 'il'),
        r(/\d+/, 'mi'),
        r(/'(?=[^\n]*')/, 's1', 'chararray'),
        r(/"(?=[^\n]*")/, 's2', 'string'),
        r(/'/, 'o'),
      ],
      chararray: [r(/[^']+/, 's1'), r(/''/, 'se'), r(/'/, 's1', '#pop')],
      string: [r(/[^"]+/, 's2'), r(/""/, 'se'), r(/"/, 's2', '#pop')],
    },
  };
});
