import { htmlRouge } from './html.js';
import { JAVASCRIPT_WORDS, javascriptFamily } from './javascript.js';
import {
  lazyLanguage,
  type Machine,
  mixin,
  r,
  type StatefulLanguage,
  type StateRule,
  statefulLexer,
} from './machine.js';

// JSX as Rouge 3.30 lexes it: Rouge's JavaScript (javascript.ts), where an expression starts
// (the code's start too) a `<` opens an element: its name `nt` (capitalised `nc`, parts after a
// `.`), attributes `na`, their quoted values `s`, `<`, `>`, `/>` and `=` punctuation, `{…}`
// (`si`) JavaScript in it. The text between an element's tags is Rouge's HTML (its entities
// `ni`, a `&` that starts none an error), one document across the pieces; a `<` in it opens an
// element, `</` closes one.

/** Rules and states Rouge's JSX adds to JavaScript's (TSX's too). */
export const JSX_BEFORE: Readonly<Record<string, readonly StateRule[]>> = { expr_start: [mixin('tag')] };

/** `{`, opening JavaScript in an element (`si`, to its `}`). */
const INTERPOL = r(/[{]/, (m) => {
  m.token('si');
  m.push('interpol');
  m.push('expr_start');
});

/** The text in `m`'s match, lexed by the block's HTML lexer. */
const html = (m: Machine) =>
  (m.data.html as ReturnType<typeof statefulLexer>).lex(m.match[0], (cls, text) => m.token(cls, text));

export const JSX_STATES: Readonly<Record<string, readonly StateRule[]>> = {
  tag: [
    r(/</, (m) => {
      m.token('p');
      m.push('tag_opening');
      m.push('element');
      m.push('element_name');
    }),
  ],
  tag_opening: [
    r(/<\//, (m) => {
      m.token('p');
      m.goto('element');
      m.push('element_name');
    }),
    mixin('tag'),
    INTERPOL,
    r(/[^<{]+/, html),
  ],
  element: [
    mixin('comments_and_whitespace'),
    r(/\/>/, (m) => {
      m.token('p');
      m.pop();
      m.pop();
    }),
    r(/>/, 'p', '#pop'),
    INTERPOL,
    r(/\w[\w-]*/, 'na'),
    r(/=/, 'p'),
    r(/(["'])[^\n]*?\1/, 's'),
  ],
  element_name: [r(/[A-Z]\w*/, 'nc'), r(/\w+/, 'nt'), r(/\./, 'p'), r(/(?:)/, (m) => m.pop())],
  interpol: [
    r(/\}/, 'si', '#pop'),
    r(/[{]/, (m) => {
      m.token('p');
      m.push('interpol_inner');
      m.push('statement');
    }),
    mixin('root'),
  ],
  interpol_inner: [
    r(/\}/, (m) => {
      m.token('p');
      m.goto('statement');
    }),
    mixin('root'),
  ],
};

/** The start of a JSX lexer: an expression starts, and the HTML lexer its text goes to. */
export const JSX_START = { start: ['root', 'expr_start'], data: () => ({ html: statefulLexer(htmlRouge) }) };

export const jsxRouge: StatefulLanguage = lazyLanguage(() =>
  javascriptFamily({ words: JAVASCRIPT_WORDS, before: JSX_BEFORE, states: JSX_STATES, ...JSX_START }),
);
