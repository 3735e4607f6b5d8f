import { r, type StatefulLanguage } from './machine.js';

// A generic configuration file (`conf`, `config`), as Rouge 3.30 lexes it (checked on
// test/highlight-oracle/exact/conf/): a `#` comment to its newline, quoted strings on one line,
// words as names, digits as numbers, anything else text. Pygments has no such lexer, so Pygments'
// markup colours it the same way. A `#` line with no newline after it is an error, as in Rouge.
export const conf: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      r(/#.*?\n/, 'c'),
      r(/".*?"/, 's2'),
      r(/'.*?'/, 's1'),
      r(/[a-z]\w*/i, 'n'),
      r(/\d+/, 'm'),
      r(/[^\w#"']+/, ''),
    ],
  },
};
