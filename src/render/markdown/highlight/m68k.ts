import { C_STRING } from './c.js';
import { BUILTINS, KEYWORDS, RESERVED, TYPES } from './m68k-words.js';
import { mixin, r, type StatefulLanguage } from './machine.js';

// Motorola 68k assembler as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/m68k/): a
// word at a line's start (with a leading `.` or a trailing `:`) is a label (`nl`), a size suffix
// `.b`/`.w`/`.l`/`.s` with its blank a decorator (`nd`), as is `#`; `*` lines and `;` to the line's
// end comments; `$FF` hex, `@7` octal, `%1` binary; an instruction `k`, a data directive `kt`,
// another directive `kr`, a register `nb`, any other name `nv` (by Rouge's lists, in any case).
// Pygments has no such lexer, so Pygments' markup colours it the same way.

let lists: { cls: string; words: Set<string> }[] | undefined;
const nameClass = (name: string) => {
  lists ??= (
    [
      ['k', KEYWORDS],
      ['kt', TYPES],
      ['kr', RESERVED],
      ['nb', BUILTINS],
    ] as const
  ).map(([cls, words]) => ({ cls, words: new Set(words.split(' ')) }));
  const lower = name.toLowerCase();
  return lists.find((l) => l.words.has(lower))?.cls ?? (/[a-zA-Z0-9]/.test(name) ? 'nv' : 'n');
};

export const m68kRouge: StatefulLanguage = {
  start: ['root', 'expr_bol'],
  states: {
    expr_bol: [mixin('inline_whitespace'), r(/(?:)/, (m) => m.pop())],
    inline_whitespace: [r(/\s+/, '')],
    whitespace: [
      r(/\n+/, '', 'expr_bol'),
      r(/^\*(?:\\.|.)*?$/m, 'c1', 'expr_bol'),
      r(/;(?:\\.|.)*?$/m, 'c1', 'expr_bol'),
      mixin('inline_whitespace'),
    ],
    root: [r(/(?:)/, (m) => m.push('statements'))],
    statements: [
      mixin('whitespace'),
      r(/"/, 's', 'string'),
      r(/#/, 'nd'),
      r(/^\.?[a-zA-Z0-9_]+:?/m, 'nl'),
      r(/\.[bswl]\s/i, 'nd'),
      r(/'(?:\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'/i, 'sc'),
      r(/\$[0-9a-f]+/i, 'mh'),
      r(/@[0-8]+/, 'mo'),
      r(/%[01]+/, 'mb'),
      r(/\d+/, 'mi'),
      r(/[*~&+=|?:<>/-]/, 'o'),
      r(/\\./, 'cp'),
      r(/[(),.]/, 'p'),
      r(/\[[a-zA-Z0-9]*\]/, 'p'),
      r(/[a-zA-Z_][a-zA-Z0-9_]*/, (m) => m.token(nameClass(m.match[0]))),
    ],
    string: C_STRING,
  },
};
