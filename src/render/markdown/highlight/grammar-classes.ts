// Where a Rouge or Pygments lexer classes the tokens of a language kiln colours by a grammar
// otherwise than the grammar's scopes say (scope-classes.ts), by Rouge's tag and markup: a span's
// (escaped) text in pieces with the oracle's classes, by the class kiln gives, the next character
// and the class of the span before it (if only blanks stand between). Measured on the samples in test/highlight-oracle
// (`npm run highlight:report`).

type Piece = readonly [cls: string, text: string];
type Rename = (cls: string, text: string, after: string, before: string) => readonly Piece[];

const same = (cls: string, text: string): Piece[] => [[cls, text]];

/**
 * OpenEdge ABL: both lexers call the language's keywords builtins `nb` (Pygments `DEFINE` and its
 * kin declarations `kd`) and names variables `nv`, whole comments `cm`; a `table.field` reference
 * (a keyword to the grammar) is names, its dot an error to Rouge and punctuation to Pygments; Rouge's
 * strings are `s` and its punctuation operators.
 */
const openedge =
  (markup: 'rouge' | 'pygments'): Rename =>
  (cls, text) => {
    if (cls === 'k' && /\w\.\w/.test(text))
      return (text.match(/\.|[^.]+/g) ?? []).map((p) => [p === '.' ? (markup === 'rouge' ? 'err' : 'p') : 'nv', p]);
    if (cls === 'k') return [[markup === 'pygments' && /^(?:define|def)$/i.test(text) ? 'kd' : 'nb', text]];
    if (cls === 'n') return [['nv', text]];
    if (cls === 'c') return [['cm', text]];
    if (markup === 'rouge' && (cls === 's1' || cls === 's2')) return [['s', text]];
    if (markup === 'rouge' && cls === 'p') return [['o', text]];
    return same(cls, text);
  };

/**
 * BBC BASIC: line numbers `m` to Rouge and labels `nl` to Pygments; every upper-case word the grammar
 * leaves a name or calls a class (`MODE`, `PRINT`, `ENDPROC`) a keyword, `PROC`/`FN` apart from
 * the name they prefix (a declaration's to Pygments `kd` and `nf`); a variable, with its `%`, `nv`.
 * Rouge: `REM` comments `c`, strings `s`, brackets operators; Pygments: `REM` itself `kd`, `DEF`
 * `kd`, every sign an operator.
 */
const bbcbasic =
  (markup: 'rouge' | 'pygments'): Rename =>
  (cls, text, after, before) => {
    const rouge = markup === 'rouge';
    if (cls === 'nt') return [[rouge ? 'm' : 'nl', text]];
    if (cls === 'c1')
      return rouge ? [['c', text]] : (text.match(/^REM|[\s\S]+/g) ?? []).map((p) => [p === 'REM' ? 'kd' : 'c1', p]);
    if (cls === 's1' || cls === 's2') return [[rouge ? 's' : 's2', text]];
    if (cls === 'mi') return [[rouge ? 'm' : 'mi', text]];
    if (cls === 'o' && text === '%' && before === 'n') return [['nv', text]];
    if (rouge && cls === 'p' && /^[()]+$/.test(text)) return [['o', text]];
    if (!rouge && cls === 'p') return [['o', text]];
    if (cls !== 'n' && cls !== 'nc') return same(cls, text);
    const call = /^(PROC|FN)(\w+)$/.exec(text);
    if (call)
      return [
        [rouge ? 'k' : before === 'kd' || before === 'nc' ? 'kd' : 'k', call[1]!],
        [rouge ? 'nv' : 'nf', call[2]!],
      ];
    if (!rouge && text === 'DEF') return [['kd', text]];
    return [[/^[A-Z]{2,}$/.test(text) && !/[%$(]/.test(after) ? 'k' : 'nv', text]];
  };

/** Dafny: Rouge calls every keyword, declarations too, reserved `kr`, and a function's name `n`. */
const dafny: Rename = (cls, text) => [[cls === 'k' || cls === 'kd' ? 'kr' : cls === 'nf' ? 'n' : cls, text]];

/**
 * BibTeX, which both lexers lex alike: an entry's type (`@article`) `nc`, its key a label `nl`,
 * field names `na`, values in quotes or braces `s`, numbers `m`, comments `c`.
 */
const BIBTEX: Readonly<Record<string, string>> = {
  k: 'nc',
  nc: 'nl',
  s1: 's',
  s2: 's',
  mi: 'm',
  cm: 'c',
  c1: 'c',
};
// The grammar scopes a field's name `s` and a braced value as the name before it.
const bibtex: Rename = (cls, text) => [
  [text.startsWith('{') ? 's' : cls === 's' && /^[\w-]+$/.test(text) ? 'na' : (BIBTEX[cls] ?? cls), text],
];

export const GRAMMAR_CLASSES: Readonly<Record<string, { readonly rouge?: Rename; readonly pygments?: Rename }>> = {
  openedge: { rouge: openedge('rouge'), pygments: openedge('pygments') },
  bbcbasic: { rouge: bbcbasic('rouge'), pygments: bbcbasic('pygments') },
  dafny: { rouge: dafny },
  bibtex: { rouge: bibtex, pygments: bibtex },
};
