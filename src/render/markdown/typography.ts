import type { MarkdownIt, Token } from 'markdown-it';
import type { TypographicSymbol } from '../../shared/kramdown-values.js';
import { type Entity, entityText } from './entities.js';
import { escapeKeepingReferences } from './escaping.js';
import { BOUNDARY_WORD } from './ruby-classes.js';
import type { SpanElement } from './span-html.js';
import { kilnEnv, type MarkdownOptions, optionsFor } from './types.js';

// kramdown's smart-quote rules (parser/kramdown/smart_quotes.rb, from RubyPants), tried in
// order at the scan position. Ruby's \s and \w are ASCII (JavaScript's \s is not: SP below), but
// its \b is Unicode's: `[` and `é` have a word boundary between them (W below).
// A part is a capture group kept as text, a fixed character, or a quote whose side is given and
// whose kind (single or double) is the captured character.
type Part = number | { char: number } | { open: boolean; group: number };
const L = 0x2018,
  R = 0x2019,
  LD = 0x201c,
  RD = 0x201d;
const SP = '[ \\t\\n\\v\\f\\r]';
const W = `[${BOUNDARY_WORD}]`;
const NOT_BOUNDARY = `(?:(?<=${W})(?=${W})|(?<!${W})(?!${W}))`;
const PUNCT = `[!"#$%'()*+,\\-./:;<=>?@[\\\\\\]^_\`{|}~]`;
const CLOSE = `[^ \\\\\\t\\r\\n[{(\\-]`;

const isQuote = (c: number) => c === 0x22 || c === 0x27;
// (A code unit past the end is NaN: no test below holds for it.)
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c || c === 0x0b;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
/** `\w` of a pattern with the `u` flag and without `i`: ASCII only. */
const isWord = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
const isPunct = (c: number) =>
  (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
/** What `CLOSE` leaves out. */
const isOpening = (c: number) =>
  c === 0x20 ||
  c === 0x5c ||
  c === 0x09 ||
  c === 0x0d ||
  c === 0x0a ||
  c === 0x5b ||
  c === 0x7b ||
  c === 0x28 ||
  c === 0x2d;

/** A pattern's match: the text matched, then its groups (as `RegExp#exec` gives them). */
type Match = ArrayLike<string | undefined>;

/**
 * A smart-quote rule: its pattern, what it makes, a test that holds wherever the pattern matches
 * (to skip it without running it), and for the rules most quotes end at, the match worked out by
 * hand where the characters are plain (null: no match; undefined: the pattern decides).
 */
interface Rule {
  re: RegExp;
  parts: Part[];
  may?: (all: string, p: number) => boolean;
  fast?: (all: string, p: number) => Match | null | undefined;
}

/**
 * kramdown's smart-quote rules. kramdown 1's Custer rule takes the white space or `s` after the
 * quote along, so a quote right after it has no character before it (`_'s'_` ends with ‘).
 */
function quoteRules(compat: 1 | 2): Rule[] {
  const rule = (source: string, parts: Part[], may?: Rule['may'], fast?: Rule['fast']): Rule => ({
    re: new RegExp(source, 'uy'),
    parts,
    may,
    fast,
  });
  const at = (all: string, p: number) => all.charCodeAt(p);
  // `"'` or `'"` (`pair`), after an optional white space character.
  const pairAt = (all: string, p: number, pair: string) =>
    all.startsWith(pair, p) || (isSpace(at(all, p)) && all.startsWith(pair, p + 1));
  // `[\s\S]?` then the quote: greedy, one character taken when the quote follows it.
  const anyThen = (quote: number) => (all: string, p: number) => {
    const c = at(all, p);
    if (isSurrogate(c)) return undefined;
    if (at(all, p + 1) === quote) return [all.slice(p, p + 2), all[p]];
    return c === quote ? [all[p], ''] : null;
  };
  return [
    rule(`(["'])(?=[_*]{1,2}[^ \\t\\n\\v\\f\\r])`, [{ open: true, group: 1 }], (all, p) => {
      const c = at(all, p + 1);
      return isQuote(at(all, p)) && (c === 0x5f || c === 0x2a);
    }),
    rule(
      `(["'])(?=${PUNCT}(?!\\.\\.)${NOT_BOUNDARY})`,
      [{ open: false, group: 1 }],
      (all, p) => isQuote(at(all, p)) && isPunct(at(all, p + 1)),
    ),
    // Double sets of quotes: "'Quoted' words in a larger quote."
    rule(`(${SP}?)"'(?=\\w)`, [1, { char: LD }, { char: L }], (all, p) => pairAt(all, p, `"'`)),
    rule(`(${SP}?)'"(?=\\w)`, [1, { char: L }, { char: LD }], (all, p) => pairAt(all, p, `'"`)),
    // Decade abbreviations: the '80s
    rule(
      `(${SP}?)'(?=\\d\\ds)`,
      [1, { char: R }],
      (all, p) =>
        (at(all, p) === 0x27 && isDigit(at(all, p + 1))) ||
        (isSpace(at(all, p)) && at(all, p + 1) === 0x27 && isDigit(at(all, p + 2))),
    ),
    rule(
      `(${SP})(['"])(?=\\w)`,
      [1, { open: true, group: 2 }],
      (all, p) => isSpace(at(all, p)) && isQuote(at(all, p + 1)),
      (all, p) => (isWord(at(all, p + 2)) ? [all.slice(p, p + 2), all[p], all[p + 1]] : null),
    ),
    rule(
      `(${CLOSE})(['"])`,
      [1, { open: false, group: 2 }],
      (all, p) => isQuote(at(all, p + 1)) || isQuote(at(all, p + 2)),
      (all, p) => {
        const c = at(all, p);
        if (isSurrogate(c)) return undefined;
        return !isOpening(c) && isQuote(at(all, p + 1)) ? [all.slice(p, p + 2), all[p], all[p + 1]] : null;
      },
    ),
    // <i>Custer</i>'s Last Stand
    compat === 1
      ? rule(`(["'])(${SP}|s(?!${W})|$)`, [{ open: false, group: 1 }, 2], (all, p) => isQuote(at(all, p)))
      : rule(`(["'])(?=${SP}|s(?!${W})|$)`, [{ open: false, group: 1 }], (all, p) => isQuote(at(all, p))),
    rule(`([\\s\\S]?)'`, [1, { char: L }], undefined, anyThen(0x27)),
    rule(`([\\s\\S]?)"`, [1, { char: LD }], undefined, anyThen(0x22)),
  ];
}
// The quotes in the order kramdown's `smart_quotes` option lists them.
const QUOTES = [L, R, LD, RD];
// Made when first used (their Unicode patterns take milliseconds to compile): a build whose
// Markdown is all kept uses none.
let rules: [Rule[], Rule[]] | undefined;
const rulesOf = (compat: 1 | 2) => (rules ??= [quoteRules(1), quoteRules(2)])[compat - 1]!;
// kramdown's typographic symbols, longest first: text, or characters written as entities (or as
// the text kramdown 2's `typographic_symbols` gives the symbol's name).
const SYMBOLS: Array<[string, string | number[], TypographicSymbol?]> = [
  ['---', [0x2014], 'mdash'],
  ['--', [0x2013], 'ndash'],
  ['...', [0x2026], 'hellip'],
  ['\\<<', '<<'],
  ['\\>>', '>>'],
  ['<< ', [0xab, 0xa0], 'laquo_space'],
  [' >>', [0xa0, 0xbb], 'raquo_space'],
  ['<<', [0xab], 'laquo'],
  ['>>', [0xbb], 'raquo'],
];
// The symbols by the code of their first character (all ASCII), in the same order.
const SYMBOLS_BY_FIRST: Array<typeof SYMBOLS | undefined> = [];
for (const symbol of SYMBOLS) (SYMBOLS_BY_FIRST[symbol[0].charCodeAt(0)] ??= []).push(symbol);

/** Whether typography may change the text (indexOf is quicker than a pattern here). */
const mayChange = (text: string) =>
  text.includes('"') ||
  text.includes("'") ||
  text.includes('--') ||
  text.includes('...') ||
  text.includes('<') ||
  text.includes('>');

// Where kramdown's span scanner stops: at a quote with the character before it (smart quotes are
// tried first, their pattern `[^\\]?["']` taking a character along), or at a typographic symbol
// (`[\\ ]?(<<|>>)` taking a backslash or space). The candidates (a quote, `--`, `...`, `<<`, `>>`)
// are found first, then the character before each (a pattern finds them quicker than a loop).
const CANDIDATE = /["']|--|\.\.\.|<<|>>/g;
// Characters a quote never takes along: a backslash (an escape); in Markdown also a `*`, `_`,
// backtick or `[`, taken by the emphasis, code or link parser first even when it makes nothing of
// it, so the quote's rule sees no character before it (`stream_"x"_` opens its quote).
const NOT_BEFORE_QUOTE = '\\';
const NOT_BEFORE_QUOTE_IN_MARKDOWN = '\\*_`[';

/**
 * The next stop at or after `i` (-1: none): where kramdown's rules are tried, times two, plus one
 * when a quote is there.
 */
function nextStop(text: string, i: number, notBefore: string): number {
  CANDIDATE.lastIndex = i;
  // (`test` makes no match object: where the candidate starts follows from its last character.)
  if (!CANDIDATE.test(text)) return -1;
  const end = CANDIDATE.lastIndex;
  const c = text.charCodeAt(end - 1);
  const quote = c === 0x22 || c === 0x27;
  const q = quote ? end - 1 : c === 0x2e ? end - 3 : end - 2;
  if (q === i) return q * 2 + (quote ? 1 : 0);
  const before = text[q - 1]!;
  if (quote) {
    if (notBefore.includes(before)) return q * 2 + 1;
    // A character outside the BMP is two code units.
    const low = text.charCodeAt(q - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && q - 2 >= i && (text.charCodeAt(q - 2) & 0xfc00) === 0xd800;
    return (q - (pair ? 2 : 1)) * 2 + 1;
  }
  return (c === 0x3c || c === 0x3e ? (before === '\\' || before === ' ' ? q - 1 : q) : q) * 2;
}

/**
 * Text, or the code point of a typographic character (which `kramdown.entity_output` may write as
 * an entity), or one of the characters of a typographic symbol.
 */
type Piece = string | number | SymbolChar;
interface SymbolChar {
  code: number;
  symbol: TypographicSymbol;
  /** The symbol's first character (`<< ` is two). */
  first: boolean;
}

/** How typography's characters are written: kramdown's `smart_quotes`, `typographic_symbols` and `entity_output`. */
export interface TypographyOutput {
  readonly smartQuotes: readonly [number, number, number, number];
  readonly typographicSymbols: Readonly<Partial<Record<TypographicSymbol, string>>>;
  readonly entityOutput: MarkdownOptions['entityOutput'];
}

/**
 * kramdown's typography for one run of text, as HTML: the text escaped, smart quotes, dashes,
 * ellipsis and guillemets written as `output` says (`following`: what comes after, for look-ahead).
 */
export function typographHtml(text: string, following: string, output: TypographyOutput): string {
  if (!mayChange(text)) return escapeKeepingReferences(text);
  let html = '';
  for (const p of typographPieces(text, following)) {
    if (typeof p === 'string') html += escapeKeepingReferences(p);
    else if (typeof p === 'number') {
      const quote = QUOTES.indexOf(p);
      html += entityText(quote >= 0 ? output.smartQuotes[quote]! : p, output.entityOutput);
    } else {
      const symbol = output.typographicSymbols[p.symbol];
      html +=
        symbol === undefined ? entityText(p.code, output.entityOutput) : p.first ? escapeKeepingReferences(symbol) : '';
    }
  }
  return html;
}

/**
 * kramdown's typography for one run of text, in pieces (callers first ask `mayChange`: a run it
 * leaves alone is one piece). `following` is what comes after the run in the source, for the
 * rules' look-ahead.
 */
function typographPieces(
  text: string,
  following: string,
  notBefore = NOT_BEFORE_QUOTE,
  rules = rulesOf(2),
  consumed?: { end: number },
): Piece[] {
  const all = text + following;
  const pieces: Piece[] = [];
  let out = '';
  const char = (code: number | SymbolChar) => {
    if (out) pieces.push(out);
    out = '';
    pieces.push(code);
  };
  let i = 0;
  while (i < text.length) {
    const stop = nextStop(text, i, notBefore);
    if (stop < 0) break;
    const p = stop >> 1;
    out += text.slice(i, p);
    if (consumed) consumed.end = p;
    if (stop & 1) {
      // Most quotes follow a word character (a closing quote), or a space and precede a letter (an
      // opening one): what the rules give there, without asking each. The rules before those two
      // need a quote or white space before the quote, a second quote, or a digit after it.
      const c = all.charCodeAt(p);
      const quote = all.charCodeAt(p + 1);
      if (
        isQuote(quote) &&
        (isWord(c) || (c === 0x20 && isWord(all.charCodeAt(p + 2)) && !isDigit(all.charCodeAt(p + 2))))
      ) {
        out += all[p];
        char(quote === 0x22 ? (c === 0x20 ? LD : RD) : c === 0x20 ? L : R);
        i = p + 2;
        if (consumed) consumed.end = i;
        continue;
      }
      for (const { re, parts, may, fast } of rules) {
        if (may && !may(all, p)) continue;
        let m = fast?.(all, p);
        if (m === undefined) {
          re.lastIndex = p;
          m = re.exec(all);
        }
        if (!m) continue;
        for (const part of parts) {
          if (typeof part === 'number') out += m[part] ?? '';
          else if ('char' in part) char(part.char);
          else char(m[part.group] === '"' ? (part.open ? LD : RD) : part.open ? L : R);
        }
        i = p + m[0]!.length;
        // What a rule took from the look-ahead beyond this run is not this run's text.
        if (i > text.length && typeof parts[parts.length - 1] === 'number')
          out = out.slice(0, Math.max(0, out.length - (i - text.length)));
        break;
      }
      if (consumed) consumed.end = i;
      continue;
    }
    const symbol = SYMBOLS_BY_FIRST[all.charCodeAt(p)]?.find(([s]) => all.startsWith(s, p));
    if (symbol) {
      const [, written, name] = symbol;
      if (typeof written === 'string') out += written;
      else for (const [k, code] of written.entries()) char({ code, symbol: name!, first: k === 0 });
      i = p + symbol[0].length;
    } else {
      out += all[p];
      i = p + 1;
    }
    if (consumed) consumed.end = i;
  }
  out += text.slice(i);
  if (out) pieces.push(out);
  return pieces;
}

/** Whether kramdown's typography turns the end of this run of text into a quote or symbol element. */
export function endsInTypographicChar(text: string, following: string): boolean {
  // (`<< ` ends in its space.)
  if (!/["'<>. -]$/.test(text) || !mayChange(text)) return false;
  const last = typographPieces(text, following, NOT_BEFORE_QUOTE_IN_MARKDOWN).at(-1);
  return last !== undefined && typeof last !== 'string';
}

/**
 * Whether the two spaces that end a line of text are left to be a line break: kramdown 1's
 * Custer rule takes a space after a quote that has no character before it, `<< ` one after the
 * guillemet. `before` is the character before the text (a line break), if any.
 */
export function endingSpacesFree(text: string, before: string, compat: 1 | 2): boolean {
  const all = before + text;
  const consumed = { end: 0 };
  typographPieces(all, '\n', NOT_BEFORE_QUOTE_IN_MARKDOWN, rulesOf(compat), consumed);
  return consumed.end <= all.length - 2;
}

/** Whether any text among the tokens may change. */
function anyMayChange(children: readonly Token[]): boolean {
  for (const t of children) if (t.type === 'text' && mayChange(t.content)) return true;
  return false;
}

/** Whether the text of an autolink starts or ends at token `t` (undefined: neither). */
const autolinkAt = (t: Token) =>
  t.type === 'link_open' ? t.markup === 'autolink' : t.type === 'link_close' ? false : undefined;

/**
 * Whether a token joins the run of text before it: text and soft breaks form one run, as in
 * kramdown's source (a soft break renders as "\n"), but an autolink's text (its URL as written)
 * stands alone.
 */
const inRun = (t: Token, autolink: boolean) => t.type === 'softbreak' || (t.type === 'text' && !autolink);

/** What a token other than text stands for in the source, for look-ahead. */
function tokenSource(t: Token): string | undefined {
  if (t.type === 'text_special' && t.info === 'escape') return t.markup;
  if (t.type === 'text' || t.type === 'text_special') return t.content;
  if (t.type === 'softbreak') return '\n';
  // (A line break's source before its newline: backslashes, or spaces; `'*\` opens a quote.)
  if (t.type === 'hardbreak') return t.markup.startsWith('\\') ? t.markup : '  ';
  if (t.type === 'code_inline') return t.markup + t.content;
  // (An extension's token keeps its source: `"{::nomarkdown}b{:/}` looks ahead at `{`.)
  if (t.type === 'html_inline') return t.markup || ((t.meta as SpanElement | null)?.implied ? '' : t.content);
  if (t.type === 'kramdown_entity') return (t.meta as Entity).original ?? t.content;
  if (t.type === 'link_open') return t.markup === 'autolink' ? '<' : '[';
  if (t.type === 'link_close') return t.markup === 'autolink' ? '>' : t.info || ']';
  // A strikethrough's content is parsed on its own: nothing follows its end.
  if (t.type === 's_close') return undefined;
  if (t.type === 'image') return '![';
  if (t.type === 'footnote_ref') return '[^';
  return t.markup;
}

/**
 * A few characters of what follows the run that ends before token `k`, for look-ahead: at least
 * four, or all there is, taking whole runs of text (a line break's newline starts the run after
 * it) and whole tokens.
 */
function sourceAfter(children: readonly Token[], k: number, autolink: boolean): string {
  let s = '';
  // Whether the token before is a run's (a following text or soft break goes on with it).
  let running = false;
  for (let j = k; j < children.length; j++) {
    const t = children[j]!;
    autolink = autolinkAt(t) ?? autolink;
    if (inRun(t, autolink)) {
      if (!running && s.length >= 4) break;
      s += t.type === 'softbreak' ? '\n' : t.content;
      running = true;
      continue;
    }
    if (s.length >= 4) break;
    const source = tokenSource(t);
    if (source === undefined) break;
    s += source;
    running = false;
    if (t.type === 'hardbreak') {
      // The line break's newline is text before the next line, as kramdown's rules see it.
      if (s.length >= 4) break;
      s += '\n';
      running = true;
    }
  }
  return s;
}

/**
 * Applies kramdown's typography to text, never to code or raw HTML. Runs before markdown-it
 * joins escapes into text, so an escaped quote stays a plain quote.
 */
export function typography(md: MarkdownIt, options: MarkdownOptions): void {
  const rules = rulesOf(options.compat);
  // `<<` is a guillemet in kramdown, never the start of an HTML tag (`<<word>>`).
  md.inline.ruler.before('html_inline', 'kramdown_guillemets', (state, silent) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) !== 0x3c || src.charCodeAt(pos + 1) !== 0x3c) return false;
    if (!silent) state.pending += '<<';
    state.pos += 2;
    return true;
  });
  md.core.ruler.before('text_join', 'kramdown_typography', (state) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      const children = block.children;
      if (!anyMayChange(children)) continue;
      // The tokens in place of the children, from the first run typography changes.
      let out: Token[] | undefined;
      // kramdown's `smart_quotes`: which characters its four quotes are written as; kramdown 2's
      // `typographic_symbols`, what its symbols are written as.
      const { smartQuotes: quotes, typographicSymbols: symbols } = optionsFor(options, state.env);
      let autolink = false;
      for (let k = 0; k < children.length; ) {
        const t = children[k]!;
        autolink = autolinkAt(t) ?? autolink;
        // A line break's newline is text before the next line, as kramdown's rules see it: it
        // starts the run after it.
        const afterBreak = t.type === 'hardbreak';
        if (!afterBreak && !inRun(t, autolink)) {
          out?.push(t);
          k++;
          continue;
        }
        if (afterBreak) out?.push(t);
        // The run: children[first, end).
        const first = afterBreak ? k + 1 : k;
        let end = first;
        let content = afterBreak ? '\n' : '';
        for (; end < children.length && inRun(children[end]!, autolink); end++) {
          const r = children[end]!;
          content += r.type === 'softbreak' ? '\n' : r.content;
        }
        k = end;
        // A run typography leaves alone keeps its tokens.
        if (!mayChange(content)) {
          if (out) for (let j = first; j < end; j++) out.push(children[j]!);
          continue;
        }
        out ??= children.slice(0, first);
        const pieces = typographPieces(
          content,
          sourceAfter(children, end, autolink),
          NOT_BEFORE_QUOTE_IN_MARKDOWN,
          rules,
        );
        if (afterBreak) pieces[0] = (pieces[0] as string).slice(1);
        for (const piece of pieces) {
          if (piece === '') continue;
          const token = new state.Token(typeof piece === 'string' ? 'text' : 'kramdown_entity', '', 0);
          if (typeof piece === 'string') token.content = piece;
          else if (typeof piece !== 'number') {
            token.content = String.fromCodePoint(piece.code);
            const text = options.compat === 2 ? symbols?.[piece.symbol] : undefined;
            token.meta = { code: piece.code, text: text === undefined || piece.first ? text : '' } satisfies Entity;
          } else {
            const quote = quotes ? QUOTES.indexOf(piece) : -1;
            const code = quote >= 0 ? quotes![quote]! : piece;
            token.content = code <= 0x10ffff ? String.fromCodePoint(code) : '';
            token.meta = { code } satisfies Entity;
          }
          out.push(token);
        }
      }
      if (out) block.children = out;
    }
    // The marks of span extensions that write nothing have parted the text for typography; for
    // the rest, the text on both sides is one (`HT{::options /}ML` is an abbreviation's text).
    if (kilnEnv(state.env).spanMarks)
      for (const block of state.tokens)
        if (block.children) block.children = block.children.filter((t) => t.type !== 'kramdown_span_mark');
  });
}
