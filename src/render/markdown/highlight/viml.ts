import { lazyLanguage, type Machine, r, type StatefulLanguage } from './machine.js';
import { BOL, EOL, SPACE, WORD_END } from './ruby-regex.js';
import { AUTO, COMMAND, FUNCTION, OPTION } from './viml-words.js';

// Vim script as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/viml/, the sample and
// random code): a line whose first non-blank is `"` is a comment `c` (a string there too); a `\`
// continuing a line `se`; `/…/` `sr`, `"…"` `s2`, `'…'` `s1` on one line (a backslash escapes the
// delimiter only when another follows on the line, as Rouge's pattern backtracks); a `"` that
// closes nothing is plain text, Rouge's rule for a trailing comment needing a look-behind that
// sees nothing; `-1` numbers `m`, `#rrggbb` `mh`; `:` at a line's start and brackets, signs `p`;
// `let`, `if`, `function`… `k`, highlight attributes `nb`, `g:name` `nv`; a word (ASCII, ending
// where a word does) a command `k` or a function, option or event `nb` by Rouge's lists, else
// text; anything else text (no errors).
/** A quoted text on one line, read as Rouge's `q(\\\\|\\q|[^\nq])*q` backtracks. */
const quoted = (q: string) => `${q}(?:\\\\\\\\|\\\\${q}(?=[^\\n${q}]*${q})|\\\\(?!\\\\)|[^\\n${q}\\\\])*${q}`;

export const vimlRouge: StatefulLanguage = lazyLanguage(() => {
  const commands = new Set(COMMAND.split(' '));
  const builtins = new Set([...FUNCTION.split(' '), ...OPTION.split(' '), ...AUTO.split(' ')]);
  return {
    start: ['root'],
    states: {
      root: [
        r(new RegExp(`${BOL}(${SPACE}*)("[^\\n]*?${EOL})`), (m) => m.groups('', 'c')),
        r(new RegExp(`${BOL}${SPACE}*\\\\`), 'se'),
        r(/[ \t]+/, ''),
        r(new RegExp(quoted('/')), 'sr'),
        r(new RegExp(quoted('"')), 's2'),
        r(new RegExp(quoted("'")), 's1'),
        r(/-?\d+/, 'm'),
        r(/#[0-9a-fA-F]{6}/, 'mh'),
        r(new RegExp(`${BOL}:`), 'p'),
        r(/[():<>+=![\]{}|,~.-]/, 'p'),
        r({ source: `(?:let|if|else|endif|elseif|fun|function|endfunction)${WORD_END}`, flags: 'u' }, 'k'),
        r({ source: `(?:NONE|bold|italic|underline|dark|light)${WORD_END}`, flags: 'u' }, 'nb'),
        r({ source: `[absg]:\\w+${WORD_END}`, flags: 'u' }, 'nv'),
        r({ source: `\\w+${WORD_END}`, flags: 'u' }, (m: Machine) => {
          const word = m.match[0];
          m.token(commands.has(word) ? 'k' : builtins.has(word) ? 'nb' : '');
        }),
        r(/[\s\S]/u, ''),
      ],
    },
  };
});
