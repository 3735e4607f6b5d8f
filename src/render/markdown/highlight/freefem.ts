import { cFamily, words } from './c.js';
import { CASE, OFFLOAD } from './cpp.js';
import { FREEFEM_ATTRIBUTES, FREEFEM_BUILTINS, FREEFEM_RESERVED } from './freefem-words.js';
import { lazyLanguage, mixin, r, type StatefulLanguage } from './machine.js';

// FreeFEM as Rouge 3.30 lexes it: C++'s lexer (cpp.ts) with FreeFEM's own words (few keywords,
// its types `kt`, finite elements and globals `kr`, functions `nb`, named parameters `na`) and
// C's statements rather than C++'s (no classes, templates or raw strings; braces open and close
// functions as in C), where `'` is an operator and `NaN` a constant. At a line's start, `include`,
// `load`, `IFMACRO` and `ENDIFMACRO` open a preprocessor line; a `#` does not.

export const freefemRouge: StatefulLanguage = lazyLanguage(() =>
  cFamily({
    keywords: words('break catch continue else for if return try while'),
    types: words(`bool border complex dmatrix fespace func gslspline ifstream int macro matrix mesh mesh3 mpiComm
      mpiGroup mpiRequest NewMacro EndMacro ofstream Pmmap problem Psemaphore real solve string varf`),
    reserved: words(FREEFEM_RESERVED),
    builtins: words(FREEFEM_BUILTINS),
    attributes: words(FREEFEM_ATTRIBUTES),
    constants: 'true|false|NaN',
    // Rouge's `[a-z_]` ignoring case also takes the Kelvin sign and the long s.
    id: /[a-zA-Z_\u017F\u212A][a-zA-Z0-9_]*/,
    operators: /[~!%^&*+=|?:<>/'-]/,
    before: { root: [OFFLOAD] },
    states: {
      case: CASE,
      expr_bol: [
        mixin('inline_whitespace'),
        r(/include|load|ENDIFMACRO|IFMACRO/, 'cp', 'macro'),
        r(/(?:)/, (m) => m.pop()),
      ],
    },
  }),
);
