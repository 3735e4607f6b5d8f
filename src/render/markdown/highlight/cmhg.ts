import { r, type StatefulLanguage } from './machine.js';
import { WORDS } from './small-words.js';

// A RISC OS CMHG file as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/cmhg/): `;`
// comments, C preprocessor lines `cp`, `field-name:` labels `kd`, other names `ni`, numbers `m`
// (hexadecimal `mh`), strings without escapes `s`, brackets, `,` and `/` punctuation.
export const cmhg = (): StatefulLanguage => ({
  start: ['root'],
  states: {
    root: [
      r(/\s+/, ''),
      r(/;.*/, 'c'),
      r(new RegExp(`#(?:${WORDS.cmhg.preproc_keyword.split(' ').join('|')})\\b.*`), 'cp'),
      r(/[\w-]+:/, 'kd'),
      r(/0x[\da-f]+/i, 'mh'),
      r(/\d+/, 'm'),
      r(/"[^"\n]*"/, 's'),
      r(/[a-z_]\w*/i, 'ni'),
      r(/[(),/]/, 'p'),
    ],
  },
});
