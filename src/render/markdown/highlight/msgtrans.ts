import { r, type StatefulLanguage } from './machine.js';

// A RISC OS MessageTrans file (`msgtrans`) as Rouge 3.30 lexes it (checked on
// test/highlight-oracle/exact/msgtrans/): `#` comment lines, then `Token/Token?:value` lines whose
// tokens are `nv`, separators and the line breaks between tokens `o`, the value `s` with its
// `%0`…`%3` parameters and `%%` operators. Blanks before a token and a lone `%` are errors.
export const msgtrans = (): StatefulLanguage => ({
  start: ['root'],
  states: {
    root: [
      r(/#.*/, 'c'),
      r(/\w+/, 'nv'),
      r(/[?/,*]*:/, (m) => {
        m.token('o');
        m.push('value');
      }),
      r(/[?/,*]+|\n+/, 'o'),
    ],
    value: [r(/\n/, '', '#pop'), r(/%[0-3%]/, 'o'), r(/[^%\n]+/, 's')],
  },
});
