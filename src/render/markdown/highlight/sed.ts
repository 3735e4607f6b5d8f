import { lazyLanguage, type Machine, mixin, r, type StatefulLanguage, statefulLexer } from './machine.js';
import { NON_SPACE, SPACE } from './ruby-regex.js';

// sed as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/sed/, the sample and random
// code): addresses (`12`, `$`, `,`, `/re/`, `\%re%`) `kn`, then one command: `s` and `y` with
// their delimiter `p` and parts (over lines, the shortest that closes), `a`/`i`/`c` and the text
// after them `s` to the line's end, `q 5` and `w file`, `b label` `nl`, the one-letter commands
// `k`; after `s` its flags `gp` and a `w file`. A `;` or a `#…` comment ends a command (the last
// line's comment, with no line feed, does not). A pattern is lexed as Rouge's regex lexer does,
// one lexer for the block (a `[` left open runs on into the next pattern): escapes `se`,
// `$^.*` `o`, groups and brackets `p`, ranges in brackets `nv`, the rest `sr`; a replacement's
// escapes `se` and `&` `o`. A character no state expects is an error `err` (the command waits on).

/** Rouge's `sed` regex lexer, which a block keeps from one pattern to the next. */
const regex: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [r(/\\[^\n]/u, 'se'), r(/\[/, 'p', 'brackets'), r(/[$^.*]/, 'o'), r(/[()]/, 'p'), r(/[^\n]/u, 'sr')],
    brackets: [
      r(/\^/, (m) => {
        m.token('p');
        m.goto('brackets_int');
      }),
      r(/(?:)/, (m) => m.goto('brackets_int')),
    ],
    brackets_int: [r(/[^\n]-[^\n]/u, 'nv'), r(/\]/, 'p', '#pop'), r(/[^\n]/u, 'sr')],
  },
};
const replacement: StatefulLanguage = {
  start: ['root'],
  states: { root: [r(/\\[\s\S]/u, 'se'), r(/&/, 'o'), r(/[^\\&]+/, '')] },
};

type Sub = ReturnType<typeof statefulLexer>;
const delegate = (m: Machine, lexer: Sub, text: string | undefined) =>
  lexer.lex(text ?? '', (cls, t) => m.token(cls, t));
const regexOf = (m: Machine) => m.data.regex as Sub;
const replacementOf = (m: Machine) => m.data.replacement as Sub;
/** Back to the addresses (Rouge's `reset_stack`). */
const reset = (m: Machine) => {
  while (!m.on('root')) m.pop();
};
const ANY = '(?:\\\\[\\s\\S]|[\\s\\S])';

export const sedRouge: StatefulLanguage = lazyLanguage(() => ({
  start: ['root'],
  data: () => ({ regex: statefulLexer(regex), replacement: statefulLexer(replacement) }),
  states: {
    whitespace: [
      r(new RegExp(`${SPACE}+`), ''),
      r(/#[^\n]*?\n/, (m) => {
        m.token('c');
        reset(m);
      }),
      r(/;/, (m) => {
        m.token('p');
        reset(m);
      }),
    ],
    root: [mixin('addr_range')],
    addr_range: [
      mixin('whitespace'),
      r(/\d+/, 'kn'),
      r(/[$,~+!]/, 'kn'),
      r(/(\/)((?:\\[^\n]|[^\n])*?)(\/)/u, (m) => {
        m.token('kn', m.match[1]);
        delegate(m, regexOf(m), m.match[2]);
        m.token('kn', m.match[3]);
      }),
      r(/(\\)([^\n])((?:\\[^\n]|[^\n])*?)(\2)/u, (m) => {
        m.token('kn', m.match[1]! + m.match[2]!);
        delegate(m, regexOf(m), m.match[3]);
        m.token('kn', m.match[4]);
      }),
      r(/(?:)/, (m) => m.push('command')),
    ],
    command: [
      mixin('whitespace'),
      r(new RegExp(`(s)([\\s\\S])(${ANY}*?)(\\2)(${ANY}*?)(\\2)`, 'u'), (m) => {
        m.token('k', m.match[1]);
        m.token('p', m.match[2]);
        delegate(m, regexOf(m), m.match[3]);
        m.token('p', m.match[4]);
        delegate(m, replacementOf(m), m.match[5]);
        m.token('p', m.match[6]);
        m.goto('flags');
      }),
      r(new RegExp(`(y)([\\s\\S])(${ANY}*?)(\\2)(${ANY}*?)(\\2)`, 'u'), (m) => {
        m.token('k', m.match[1]);
        m.token('p', m.match[2]);
        delegate(m, replacementOf(m), m.match[3]);
        m.token('p', m.match[4]);
        delegate(m, replacementOf(m), m.match[5]);
        m.token('p', m.match[6]);
        m.pop();
      }),
      r(new RegExp(`([aic])(${SPACE}*)`), (m) => {
        m.groups('k', '');
        m.goto('text');
      }),
      r(/[pd]/, 'k'),
      r(new RegExp(`([qQlL])(${SPACE}+)(\\d+)`), (m) => {
        m.groups('k', '', 'm');
        m.pop();
      }),
      r(/[={}dDgGhHlnpPqx]/, 'k', '#pop'),
      r(new RegExp(`([rRwW])(${SPACE}+)(${NON_SPACE}+)`), (m) => {
        m.groups('k', '', 'n');
        m.pop();
      }),
      r(new RegExp(`([:btT])(${SPACE}+)(${NON_SPACE}+)`), (m) => {
        m.groups('k', '', 'nl');
        m.pop();
      }),
    ],
    text: [r(/[^\\\n]+/, 's'), r(/\\\n/, 'se'), r(/\\/, 's'), r(/\n/, '', '#pop')],
    flags: [
      r(/[gp]+/, 'k', '#pop'),
      r(new RegExp(`([wW])(${SPACE}+)(${NON_SPACE}+)`), (m) => m.groups('k', '', 'n')),
      r(/(?:)/, (m) => m.pop()),
    ],
  },
}));
