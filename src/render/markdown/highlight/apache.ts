import { KNOWN } from './apache-words.js';
import { lazyLanguage, type Machine, r } from './machine.js';
import { NON_SPACE, SPACE } from './ruby-regex.js';

// Apache configuration as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/apache/):
// a line's first word is a directive (`nc`) and `<Section …>`'s name a label (`nl`) when Rouge's
// lists know the word in lower case, else text; a section's arguments up to `>` are `sr`, and
// after a directive each word Rouge knows is `ss`, any other text, to the line's end. Blanks that
// run over a line's end keep the directive going on the next line, as in Rouge; a character no
// rule takes (a `"` or `%` opening a line) is an error.

export const apacheRouge = lazyLanguage(() => {
  const known = new Set(KNOWN.split(' '));
  const word = (cls: string) => (m: Machine) => m.token(known.has(m.match[0].toLowerCase()) ? cls : '');
  const whitespace = [r(/#[^\n]*/, 'c'), r(new RegExp(`${SPACE}+`), '')];
  return {
    start: ['root'],
    states: {
      root: [
        ...whitespace,
        r(/(<\/?)(\w+)/, (m) => {
          m.token('p', m.match[1]);
          m.token(known.has(m.match[2]!.toLowerCase()) ? 'nl' : '', m.match[2]);
          m.push('section');
        }),
        r(/\w+/, (m) => {
          word('nc')(m);
          m.push('directive');
        }),
      ],
      section: [
        r(/([^>]+)?(>(?:\r\n?|\n)?)/, (m) => {
          m.groups('sr', 'p');
          m.pop();
        }),
        ...whitespace,
      ],
      directive: [r(/\r\n?|\n/, '', '#pop'), ...whitespace, r(new RegExp(`${NON_SPACE}+`), word('ss'))],
    },
  };
});
