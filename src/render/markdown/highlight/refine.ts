// Where one language's Rouge lexer classes tokens its own way, in Rouge's markup: a run that
// token-classes.ts gave a class, with its text, given again in pieces with Rouge's classes. Each
// rule follows the Rouge lexer's own rules for a kind of token (its word lists, what it calls a
// string's quotes and a regex's escapes), never a sample's text.

/** A piece of a run: its class and its text. */
export type Piece = readonly [cls: string, text: string];
/**
 * A language's refinement: the run (class, text, Prism token type, the character after it) in
 * pieces, or its new class.
 */
type Refine = (cls: string, text: string, type: string, after: string) => string | readonly Piece[];

const byWord = (groups: Readonly<Record<string, string>>): ReadonlyMap<string, string> =>
  new Map(Object.entries(groups).flatMap(([cls, list]) => list.split(/\s+/).map((w) => [w, cls] as const)));

// Rouge's JavaScript: an identifier is a keyword, declaration, reserved word, constant or builtin
// by its lists (in that order), else `nx`; `:` and `?` are punctuation; a string's quotes are
// delimiters (`dl`) around `s1`/`s2` with escapes `se`; in a regex, escapes, groups' `(`, `(?:`,
// `)`, `?`, counts `{1,2}` and whole character classes are `se`.
const JS = {
  nb: `Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun decodeURI
    decodeURIComponent encodeURI encodeURIComponent eval isFinite isNaN parseFloat parseInt document window
    navigator self global Promise Set Map WeakSet WeakMap Symbol Proxy Reflect Int8Array Uint8Array
    Uint8ClampedArray Int16Array Uint16Array Uint16ClampedArray Int32Array Uint32Array Uint32ClampedArray
    Float32Array Float64Array DataView ArrayBuffer`,
  kc: 'true false null NaN Infinity undefined',
  kr: 'enum implements interface package private protected public',
  kd: 'var let const with function class extends constructor get set static',
  k: `as async await break case catch continue debugger default delete do else export finally from for if
    import in instanceof new of return super switch this throw try typeof void while yield`,
};
const JS_WORDS = byWord(JS);
// TypeScript's additions; a word in two lists takes the first that Rouge checks.
const TS_WORDS = byWord({
  nb: `${JS.nb} Pick Partial Readonly Record`,
  kc: JS.kc,
  kr: `${JS.kr} string any void number namespace module declare default interface keyof`,
  kd: `${JS.kd} type abstract`,
  k: `${JS.k} is namespace static private protected public implements readonly`,
});

/** Classes Prism's tokens for a name map to; a name with any of them is classed by its word. */
const NAME_CLASSES = new Set(['', 'n', 'nx', 'nc', 'nf', 'no', 'nb', 'k', 'kd', 'kr', 'kc', 'kn', 'kt']);
const IDENTIFIER = /^[\p{L}\p{Nl}$_][\p{L}\p{N}_$]*$/u;

function quoted(text: string, inner: string, escapes: RegExp): Piece[] {
  const q = text[0]!;
  const closed = text.length > 1 && text.endsWith(q);
  const body = text.slice(1, closed ? -1 : undefined);
  const pieces: Piece[] = [['dl', q]];
  let at = 0;
  for (const m of body.matchAll(escapes)) {
    if (m.index > at) pieces.push([inner, body.slice(at, m.index)]);
    pieces.push(['se', m[0]]);
    at = m.index + m[0].length;
  }
  if (at < body.length) pieces.push([inner, body.slice(at)]);
  if (closed) pieces.push(['dl', q]);
  return pieces;
}

/** A regex's source between its slashes, in Rouge's pieces. */
function regexSource(text: string): Piece[] {
  const pieces: Piece[] = [];
  const re = /\[\^?(?:\\[\s\S]|[^\]\\])*\]?|\\[\s\S]|\(\?[:=<!]|\{[\d,]+\}|[()?]|[^[\\(){?]+|[\s\S]/gy;
  for (const m of text.matchAll(re)) {
    const t = m[0];
    if (t[0] === '[' && t.length > 1) {
      // A character class: its brackets, escapes and slashes `se`, other characters `sr`.
      for (const c of t.matchAll(/^\[\^?|\]$|\\[\s\S]|\/|[^\\\]/]+|[\s\S]/g))
        pieces.push([/^[[\]\\/]/.test(c[0]) ? 'se' : 'sr', c[0]]);
    } else pieces.push([/^(?:\\|\(|\)|\?|\{\d)/.test(t) ? 'se' : 'sr', t]);
  }
  return pieces;
}

const javascript =
  (words: ReadonlyMap<string, string>): Refine =>
  (cls, text, type) => {
    if (type === 'literal-property' || type === 'property') return cls;
    // JSX: `{…}` in a tag is script, its braces interpolation; its words are names, not the tag's.
    if (type === 'script-punctuation') return 'si';
    if (type === 'script' && cls === 'nt')
      return (text.match(/[\p{L}\p{Nl}$_][\p{L}\p{N}_$]*|[^\p{L}\p{Nl}$_]+/gu) ?? []).map((t) =>
        IDENTIFIER.test(t) ? [words.get(t) ?? 'nx', t] : ['', t],
      );
    if (NAME_CLASSES.has(cls) && IDENTIFIER.test(text)) return words.get(text) ?? 'nx';
    if (cls === 'o' && /^(?::|\?|\?\.)$/.test(text)) return 'p';
    if ((cls === 's1' || cls === 's2') && /^["']/.test(text))
      return quoted(text, text[0] === '"' ? 's2' : 's1', /\\[\\nrt"']?/g);
    if (type === 'template-punctuation' || (type === 'string' && cls === 'sb')) return 's2';
    if (type === 'interpolation-punctuation') return 'p';
    if (type === 'regex-source') return regexSource(text);
    return cls;
  };

// Go's predeclared types and functions (Pygments' markup; Rouge's is go.ts).
const GO_TYPES = new Set(
  `bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint
  uint8 uint16 uint32 uint64 uintptr`.split(/\s+/),
);
const GO_FUNCTIONS = new Set(
  'append cap close complex copy delete imag len make new panic print println real recover'.split(' '),
);

// Pygments' YAML: a key is a tag (`nt`) and its `:` punctuation; `-`, `|`, `>` and a flow
// collection's brackets and commas indicators; a plain scalar a plain literal (its dashes, colons
// and quotes included) in a block and a name (`nv`) inside `[…]`/`{…}`; a block scalar's text a constant (`no`), a quoted string `s`, an anchor `nl`, an
// alias `nv`, a tag `kt`, `---` `nn`. Those two token types have no short class of their own:
// Pygments writes each with its ancestors' (`p p-Indicator`, `l l-Scalar l-Scalar-Plain`).
const INDICATOR = 'p p-Indicator';
const PLAIN_SCALAR = 'l l-Scalar l-Scalar-Plain';
function yamlPygments(): Refine {
  let flow = 0;
  let scalar = false;
  const plain = () => (flow > 0 ? 'nv' : PLAIN_SCALAR);
  return (cls, text, type) => {
    if (text.includes('\n')) scalar = false;
    if (type === 'comment') return 'c1';
    if (type === 'important') return text.startsWith('&') ? 'nl' : 'nv';
    if (type === 'tag') return 'kt';
    if (type === 'key') return 'nt';
    if (type === 'scalar') return 'no';
    if (cls === 'pi') {
      if (text === '---' || text === '...') return 'nn';
      if (scalar && flow === 0) return plain();
      if (text === '[' || text === '{') flow++;
      else if ((text === ']' || text === '}') && flow > 0) flow--;
      else if (text === ':') return 'p';
      return INDICATOR;
    }
    if (type === 'string' && /^["']/.test(text)) return scalar ? plain() : 's';
    if (cls !== '' || /\S/.test(text)) {
      // Blanks around a plain scalar stay outside it.
      const [, lead = '', body = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
      if (!body) return [['', text]];
      const pieces: Piece[] = [
        ['', lead],
        [plain(), body],
        ['', trail],
      ];
      scalar = flow === 0 && !body.includes('\n') && !/\n/.test(trail);
      return pieces;
    }
    return cls;
  };
}

// Rouge's Prometheus (PromQL): functions are builtins, comments `c`, a duration an integer, label
// matchers operators, strings by quote.
const promql: Refine = (cls, text, type) => {
  if (type === 'function') return 'nb';
  if (cls.startsWith('c')) return 'c';
  if (cls.startsWith('m')) return /^[\d.]+$/.test(text) && text.includes('.') ? 'mf' : 'mi';
  if (type === 'label-value' || (cls === 's' && /^["']/.test(text))) return text.startsWith("'") ? 's1' : 's2';
  if (cls === 'p' && /^(?:=~|!=|!~|=)$/.test(text)) return 'o';
  return cls;
};

// Pygments' Go: `import`/`package` kn, declarations kd, other keywords k; `true`, `false`,
// `iota`, `nil` kc; a predeclared type kt, and nb (as a predeclared function is) only right
// before `(`; every other name nx; numbers by base (a leading 0 octal); the operators it lists
// `o` and single `< > = ! ^ : .` and brackets punctuation.
const GO_DECLARATIONS = new Set('var func struct map chan type interface const'.split(' '));
const goPygments: Refine = (cls, text, type, after) => {
  if (type === 'keyword')
    return text === 'import' || text === 'package' ? 'kn' : GO_DECLARATIONS.has(text) ? 'kd' : 'k';
  if (type === 'boolean') return text === '_' ? 'nx' : 'kc';
  if (type === 'builtin' || (type === 'function' && GO_FUNCTIONS.has(text)))
    return after === '(' ? 'nb' : GO_TYPES.has(text) || text === 'any' || text === 'comparable' ? 'kt' : 'nx';
  if (NAME_CLASSES.has(cls) && IDENTIFIER.test(text)) return 'nx';
  if (cls.startsWith('m') && /^0[0-7]+$/.test(text)) return 'mo';
  if (cls === 'o' || cls === 'p')
    return /^(?:<<=?|>>=?|<=|>=|&\^=?|[-+*/%&|]=|&&|\|\||<-|\+\+|--|==|!=|:=|\.\.\.|[-+*/%&~|])$/.test(text)
      ? 'o'
      : 'p';
  return cls;
};

/** Refinements by Prism language, for Pygments' markup. */
export const PYGMENTS_REFINE: Readonly<Record<string, () => Refine>> = { go: () => goPygments, yaml: yamlPygments };

/** Refinements by Prism language, for Rouge's markup: a fresh one for each block. */
export const ROUGE_REFINE: Readonly<Record<string, () => Refine>> = {
  javascript: () => javascript(JS_WORDS),
  jsx: () => javascript(JS_WORDS),
  typescript: () => javascript(TS_WORDS),
  tsx: () => javascript(TS_WORDS),
  promql: () => promql,
};
