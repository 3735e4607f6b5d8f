import { r, type StatefulLanguage, type StateRule } from './machine.js';

// PostScript as Rouge 3.30 and Pygments 2.14 lex it (checked on test/highlight-oracle/exact/postscript/):
// `%!` lines preprocessor comments, `%%` special comments, other `%` comments single; `(…)`
// strings, nested, with `\` escapes; `/name` a variable, brackets punctuation, numbers by form
// (`16#FF` as `mo`), any other name a function. Rouge calls the operators it lists builtins,
// `eq`, `if`, `for`… reserved words and `true`/`false` constants, and a `%` comment is single
// even over lines; Pygments, which tries names before those lists, calls every name a function,
// and consecutive `%` lines one multiline comment.

const DELIMITER_END = '(?=[()<>\\[\\]{}/%\\s])';
const NAME = `[^()<>\\[\\]{}/%\\s]+${DELIMITER_END}`;
const end = (source: string) => new RegExp(`${source}${DELIMITER_END}`);

const BUILTINS = `abs add aload arc arcn array atan begin bind ceiling charpath clip closepath concat concatmatrix
  copy cos currentlinewidth currentmatrix currentpoint curveto cvi cvs def defaultmatrix dict
  dictstackoverflow div dtransform dup end exch exec exit exp fill findfont floor get getinterval grestore
  gsave identmatrix idiv idtransform index invertmatrix itransform length lineto ln load log loop matrix
  mod moveto mul neg newpath pathforall pathbbox pop print pstack put quit rand rangecheck rcurveto repeat
  restore rlineto rmoveto roll rotate round run save scale scalefont setdash setfont setgray setlinecap
  setlinejoin setlinewidth setmatrix setrgbcolor shfill show showpage sin sqrt stack stringwidth stroke
  strokepath sub syntaxerror transform translate truncate typecheck undefined undefinedfilename
  undefinedresult`
  .trim()
  .split(/\s+/)
  .join('|');

const NUMBERS: StateRule[] = [
  r(end('<[0-9A-Fa-f]+>'), 'mh'),
  r(end('[0-9]+#[-+]?(?:[0-9]+\\.?|[0-9]*\\.[0-9]+|[0-9]+\\.[0-9]*)(?:[eE][0-9]+)?'), 'mo'),
  r(end('[-+]?(?:[0-9]+\\.?|[0-9]*\\.[0-9]+|[0-9]+\\.[0-9]*)(?:[eE][0-9]+)?'), 'mf'),
  r(end('[-+]?[0-9]+'), 'mi'),
];

const strings = (escapeEnd: StateRule): Record<string, StateRule[]> => ({
  stringliteral: [r(/[^()\\]+/, 's'), r(/\\/, 'se', 'escape'), r(/\(/, 's', 'stringliteral'), r(/\)/, 's', '#pop')],
  escape: [r(/[0-8]{3}|n|r|t|b|f|\\|\(|\)/, 'se', '#pop'), escapeEnd],
});

export const postscriptRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      r(/^%!.+?$/m, 'cp'),
      r(/%%.*?$/m, 'cs'),
      r(/%.*?$/m, 'c1'),
      r(/\(/, 's', 'stringliteral'),
      r(new RegExp(`/${NAME}`), 'nv'),
      r(/[{}<>[\]]/, 'p'),
      r(end(`(?:${BUILTINS})`), 'nb'),
      r(end('(?:eq|ne|g[et]|l[et]|and|or|not|if(?:else)?|for(?:all)?)'), 'kr'),
      r(end('(?:false|true)'), 'kc'),
      ...NUMBERS,
      r(new RegExp(NAME), 'nf'),
      r(/\s+/, ''),
    ],
    // Rouge leaves an escape it does not know waiting for one it does.
    ...strings(r(/(?!)/, '')),
  },
};

export const postscriptPygments: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      r(/^%!.+$/m, 'cp'),
      r(/%%.*$/m, 'cs'),
      r(/(?:^%.*\n){2,}/m, 'cm'),
      r(/%.*$/m, 'c1'),
      r(/\(/, 's', 'stringliteral'),
      r(/[{}<>[\]]/, 'p'),
      ...NUMBERS,
      r(new RegExp(`/${NAME}`), 'nv'),
      r(new RegExp(NAME), 'nf'),
      r(/\s+/, ''),
    ],
    ...strings(r(/(?:)/, (m) => m.pop())),
  },
};
