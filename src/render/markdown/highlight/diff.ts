import { r, type StatefulLanguage } from './machine.js';

// A diff (patch, udiff) line by line, as Rouge 3.30 and Pygments lex it (checked on
// test/highlight-oracle/exact/diff/). Rouge: `+`/`>` lines inserted (`gi`), `-`/`<` deleted
// (`gd`), `!` strong (`gs`), `diff`/`index`/`=` headings (`gh`), a hunk's `@@ … @@` and a line
// starting with a word punctuation (`p`), a blank then anything text; a token keeps its newline.
// Its rules are tried at any position, so a blank line swallows the line after it as text.
// Pygments: the same by first character, `@` lines a subheading (`gu`), anything else text.

export const diffRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      r(/^ .*$\n?/m, ''),
      r(/^---$\n?/m, 'p'),
      r(/^[+>]+.*$\n?/m, 'gi'),
      r(/^[-<]+.*$\n?/m, 'gd'),
      r(/^!.*$\n?/m, 'gs'),
      r(/^(?:[Ii]ndex|diff).*$\n?/m, 'gh'),
      r(/^(@@[^@]*@@)([^\n]*\n)/m, (m) => m.groups('p', '')),
      r(/^\w.*$\n?/m, 'p'),
      r(/^=.*$\n?/m, 'gh'),
      r(/\s.*$\n?/m, ''),
    ],
  },
};

export const diffPygments: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      r(/[+].*\n?/, 'gi'),
      r(/-.*\n?/, 'gd'),
      r(/!.*\n?/, 'gs'),
      r(/@.*\n?/, 'gu'),
      r(/(?:[Ii]ndex|diff).*\n?/, 'gh'),
      r(/=.*\n?/, 'gh'),
      r(/.*\n?/, ''),
    ],
  },
};
