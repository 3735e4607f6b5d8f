import { lazyLanguage, type Machine, mixin, r, type StatefulLanguage } from './machine.js';
import { BOL, EOL, NON_SPACE, SPACE, WORD_END } from './ruby-regex.js';

// Haskell as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/haskell/, the sample and
// random code): `{- … -}` comments `cm` (nested), `{-# … -}` pragmas `cp`, `--` comments `c1`
// unless a symbol follows (`-->` is an operator), `-- |` at a line's start `cd`; a word `kr` when
// reserved (`_` too), a type `kt` when capitalised (after a `'`), else `n`; after `import` and
// `module` the module name `nn`, `as`/`hiding` and a list in brackets whose names are functions
// `nf` and types `kt`; `\` before no symbol is a lambda `nf`; symbols `o`, `[]` `kt`, `()` `nb`;
// `[name|…|]` a quasi-quote (text); `'x'` characters `sc` and strings' escapes `se` by Haskell's
// escapes (`\n`, `\^A`, `\SOH`, `\x41`, `\1234`, a gap `\  \`), a backslash before anything else
// an error `err` that waits for one; `1e3`, `1.5` `mf`, `0o17` `mo`, `0xFF` `mh`.
const RESERVED = new Set(
  '_ case class data default deriving do else if in infix infixl infixr instance let newtype of then type where'.split(
    ' ',
  ),
);
const SYMBOL = '[:!#$%&*+.\\\\/<=>?@^|~-]';
const ASCII =
  'NUL|SOH|[SE]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[OI]|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM|SUB|ESC|[FGRU]S|SP|DEL';
const MODULE = '[A-Z][a-zA-Z0-9_.]*';

/** The end of a comment of class `cls`, nested comments in it. */
const comment = (cls: string) => [r(/-\}/, cls, '#pop'), r(/\{-/, cls, 'comment'), r(/[^-{}]+/, cls), r(/[-{}]/, cls)];

export const haskellRouge: StatefulLanguage = lazyLanguage(() => ({
  start: ['root'],
  states: {
    basic: [
      r(new RegExp(`${SPACE}+`), ''),
      r(/\{-#/, 'cp', 'comment_preproc'),
      r(/\{-/, 'cm', 'comment'),
      r(new RegExp(`${BOL}--${SPACE}+\\|[^\\n]*?${EOL}`), 'cd'),
      r(new RegExp(`--(?![!#$%&*+./<=>?@^|_~])[^\\n]*?${EOL}`), 'c1'),
    ],
    comment: comment('cm'),
    comment_preproc: comment('cp'),
    root: [
      mixin('basic'),
      r(new RegExp(`'(?=(?:[^\\n]|\\\\${NON_SPACE}+)')`, 'u'), 'sc', 'character'),
      r(/"/, 's', 'string'),
      r(/\d+[eE][+-]?\d+/, 'mf'),
      r(/\d+\.\d+(?:[eE][+-]?\d+)?/, 'mf'),
      r(/0[oO][0-7]+/, 'mo'),
      r(/0[xX][\da-fA-F]+/, 'mh'),
      r(/\d+/, 'mi'),
      r(/[\w']+/, (m: Machine) => {
        const word = m.match[0];
        if (word === 'import' || word === 'module') {
          m.token('kr');
          m.push(word);
        } else m.token(RESERVED.has(word) ? 'kr' : /^'?[A-Z]/.test(word) ? 'kt' : 'n');
      }),
      r(new RegExp(`\\\\(?!${SYMBOL}+)`), 'nf'),
      r(new RegExp(`(?:<-|::|->|=>|=)(?!${SYMBOL}+)`), 'o'),
      r(new RegExp(`:${SYMBOL}*`), 'o'),
      r(new RegExp(`${SYMBOL}+`), 'o'),
      r(new RegExp(`\\[${SPACE}*\\]`), 'kt'),
      r(new RegExp(`\\(${SPACE}*\\)`), 'nb'),
      r(/(\[)([_a-z][\w']*)(\|)/, (m) => {
        m.groups('o', 'n', 'o');
        m.push('quasiquotation');
      }),
      r(/[[\](),;`{}]/, 'p'),
    ],
    import: [
      r(new RegExp(`${SPACE}+`), ''),
      r(/"/, 's', 'string'),
      r({ source: `qualified${WORD_END}`, flags: 'u' }, 'k'),
      r(new RegExp(`([A-Z][\\w.]*)(${SPACE}+)(as)(${SPACE}+)(${MODULE})`), (m) => {
        m.groups('nn', '', 'k', '', 'n');
        m.pop();
      }),
      r(new RegExp(`([A-Z][\\w.]*)(${SPACE}+)(hiding)(${SPACE}+)(\\()`), (m) => {
        m.groups('nn', '', 'k', '', 'p');
        m.goto('funclist');
      }),
      r(new RegExp(`([A-Z][\\w.]*)(${SPACE}+)(\\()`), (m) => {
        m.groups('nn', '', 'p');
        m.goto('funclist');
      }),
      r(/[\w.]+/, 'nn', '#pop'),
    ],
    module: [
      r(new RegExp(`${SPACE}+`), ''),
      r(new RegExp(`([A-Z][\\w.]*)(${SPACE}+)(\\()`), (m) => {
        m.groups('nn', '', 'p');
        m.push('funclist');
      }),
      r({ source: `where${WORD_END}`, flags: 'u' }, 'kr', '#pop'),
      r(new RegExp(MODULE), 'nn', '#pop'),
    ],
    funclist: [
      mixin('basic'),
      r(/[A-Z]\w*/, 'kt'),
      r(/_[\w']+|[a-z][\w']*/, 'nf'),
      r(/,/, 'p'),
      r(new RegExp(`${SYMBOL}+`), 'o'),
      r(/\(/, 'p', 'funclist'),
      r(/\)/, 'p', '#pop'),
    ],
    character: [
      r(/\\/, (m) => {
        m.token('se');
        m.goto('character_end');
        m.push('escape');
      }),
      r(/[^\n]/u, (m) => {
        m.token('sc');
        m.goto('character_end');
      }),
    ],
    character_end: [r(/'/, 'sc', '#pop'), r(/[^\n]/u, 'err', '#pop')],
    quasiquotation: [r(/\|\]/, 'o', '#pop'), r(/[^|]+/, ''), r(/\|/, '')],
    string: [r(/"/, 's', '#pop'), r(/\\/, 'se', 'escape'), r(/[^\\"]+/, 's')],
    escape: [
      r(/[abfnrtv"'&\\]/, 'se', '#pop'),
      r(/\^[\][A-Z@^_]/, 'se', '#pop'),
      r(new RegExp(ASCII), 'se', '#pop'),
      r(/[oO][0-7]+/, 'se', '#pop'),
      r(/[xX][\da-fA-F]+/, 'se', '#pop'),
      r(/\d+/, 'se', '#pop'),
      r(new RegExp(`${SPACE}+\\\\`), 'se', '#pop'),
    ],
  },
}));
