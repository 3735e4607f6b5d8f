// Where Pygments 2.14 classes the tokens of a language kiln lexes as Rouge does (or colours by a
// grammar) otherwise, for the few of the languages no grammar covered that Pygments knows: a span's
// (escaped) text in pieces with Pygments' classes, by the class kiln gives. Measured on the
// samples in test/highlight-oracle (`npm run highlight:report`).

import { type Rename, split } from './rename-kit.js';

const MOSEL_TYPES = new Set(
  'array boolean integer linctr list mpvar range real record set string is_binary is_continuous is_free is_integer is_partint is_semcont is_semint is_sos1 is_sos2'.split(
    ' ',
  ),
);
const MOSEL_WORD_OPERATORS = new Set('and div in mod not or'.split(' '));
const AUGEAS_BUILTINS = new Set(
  'autoload counter del excl get incl insa insb key label put seq store test transform value'.split(' '),
);

export const SMALL_PYGMENTS: Readonly<Record<string, Rename>> = {
  // Pygments' Mosel lexer: keywords `Keyword.Builtin` (no short class), types `kt`, word
  // operators and every sign but brackets and `,` `o`, functions `nf`, other names text, `1..10`
  // two integers and an operator.
  mosel: (cls, text) => {
    if (cls === 'k')
      return [[MOSEL_TYPES.has(text) ? 'kt' : MOSEL_WORD_OPERATORS.has(text) ? 'o' : 'k k-Builtin', text]];
    if (cls === 'nb' || cls === 'nf') return [['nf', text]];
    if (cls === 'n' || cls === 'no') return [['', text]];
    if (cls === 'm')
      return split(text, /\.\.|[^.]+(?:\.(?!\.)[^.]*)?/g, (p) => (p === '..' ? 'o' : /[.eE]/.test(p) ? 'mf' : 'mi'));
    if (cls === 'p') return split(text, /[()[\],]|[^()[\],]+/g, (p) => (/^[()[\],]$/.test(p) ? 'p' : 'o'));
    return [[cls, text]];
  },
  // Pygments' Augeas lexer: `module` `kn`, `let` `kd`, the lens primitives `nb`, names `nv`,
  // module names `nn`, brackets operators, strings `s2`, a regex `sr` from its first slash.
  augeas: (cls, text) => {
    if (cls === 'kr')
      return [[text === 'module' ? 'kn' : text === 'let' ? 'kd' : AUGEAS_BUILTINS.has(text) ? 'nb' : 'k', text]];
    if (cls === 'n') return [['nv', text]];
    if (cls === 'kn') return [['nn', text]];
    if (cls === 'p') return [['o', text]];
    if (cls === 's') return [[text === '/' ? 'sr' : 's2', text]];
    return [[cls, text]];
  },
  // Pygments' Mason lexer: Mason's tags `nt`, an HTML tag's brackets `p` and its name `nt`,
  // Perl's strings `s`.
  mason: (cls, text) => {
    if (cls === 'cp') return [['nt', text]];
    if (cls === 'nt')
      return split(text, /&lt;\/?|\/?&gt;(?:&lt;\/?)?|[^&/]+|\//g, (p) =>
        p.startsWith('&') || p === '/' ? 'p' : 'nt',
      );
    if (cls === 's1' || cls === 's2') return [['s', text]];
    if (cls === 'c') return [['cm', text]];
    return [[cls, text]];
  },
  // Pygments' IDL lexer leaves names and punctuation text and calls declarations keywords.
  idlang: (cls, text) => {
    if (cls === 'n' || cls === 'p' || cls === 'nf') return [['', text]];
    if (cls === 'kd' || cls === 'kt') return [['k', text]];
    return [[cls, text]];
  },
};
