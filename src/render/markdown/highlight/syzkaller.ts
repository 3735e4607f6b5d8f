import { r, type StatefulLanguage } from './machine.js';
import { WORDS } from './small-words.js';

// syzkaller's two languages as Rouge 3.30 lexes them (checked on test/highlight-oracle/exact/
// syzlang/ and syzprog/): `#` comments, a name before `(` or `$` a function `nf` and the variant
// after `$` `fm`, hexadecimal numbers `mh`, others `mi`, Rouge's keyword lists, brackets and
// separators `p`. Syscall descriptions (`syzlang`) add type names `kt`, `<…>` include paths `s`
// and `` `…` `` strings `sb`; programs (`syzprog`) name their results `r0`, `r1` (`kp`).
const list = (words: string) => new RegExp(`(?:${words.split(' ').join('|')})\\b`);
const common = (keywords: string) => [
  r(/\s+/, ''),
  r(/#.*/, 'c'),
  r(list(keywords), 'k'),
  r(/[A-Za-z_]\w*(?=[($])/, 'nf'),
  r(/(\$)(\w+)/, (m) => m.groups('p', 'fm')),
  r(/0x[\da-f]+/i, 'mh'),
  r(/-?\d+/, 'mi'),
  r(/"(?:\\.|[^"\\\n])*"/, 's2'),
];

export const syzlang = (): StatefulLanguage => ({
  start: ['root'],
  states: {
    root: [
      // A struct's field names stand indented at a line's start.
      r(/(?<=^[ \t]+)[A-Za-z_]\w*(?=[ \t])/m, 'n'),
      ...common(WORDS.syzlang.keywords),
      // A type's name before a blank is a field's name.
      r(new RegExp(`${list(WORDS.syzlang.keywords_type).source}(?!\\s)`), 'kt'),
      r(/(<)([^>\n]+)(>)/, (m) => m.groups('p', 's', 'p')),
      r(/`[^`\n]*`/, 'sb'),
      r(/[A-Za-z_]\w*/, 'n'),
      r(/[+*/-]/, 'o'),
      r(/[[\](){},:=<>.]/, 'p'),
    ],
  },
});

export const syzprog = (): StatefulLanguage => ({
  start: ['root'],
  states: {
    root: [
      r(/r\d+\b/, 'kp'),
      r(list(WORDS.syzprog.keywords), 'k'),
      // Inside a call's arguments a name, `$` variant and all, is a plain name.
      r(/(?<=[(,{[][ \t]*)([A-Za-z_]\w*)(?:(\$)(\w+))?(?=[ \t]*[(,)}\]])/, (m) => m.groups('n', 'p', 'n')),
      ...common(WORDS.syzprog.keywords),
      r(/'(?:\\.|[^'\\\n])*'/, 's1'),
      r(/[A-Za-z_]\w*/, 'n'),
      r(/[[\](){},:=<>.&@/*]/, 'p'),
    ],
  },
});
