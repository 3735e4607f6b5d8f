import type { MarkdownIt, Token } from 'markdown-it';

// kramdown's smart-quote rules (parser/kramdown/smart_quotes.rb, from RubyPants), tried in
// order at the scan position. Ruby's \w, \s and \b are ASCII, as JavaScript's are without `u`.
// A part is a capture group kept as text, a fixed character, or a quote whose side is given and
// whose kind (single or double) is the captured character.
type Part = number | string | { open: boolean; group: number };
const L = '\u2018',
  R = '\u2019',
  LD = '\u201c',
  RD = '\u201d';
const PUNCT = `[!"#$%'()*+,\\-./:;<=>?@[\\\\\\]^_\`{|}~]`;
const CLOSE = `[^ \\\\\\t\\r\\n[{(-]`;
const RULES: Array<[RegExp, Part[]]> = [
  [/(["'])(?=[_*]{1,2}\S)/y, [{ open: true, group: 1 }]],
  [new RegExp(`(["'])(?=${PUNCT}(?!\\.\\.)\\B)`, 'y'), [{ open: false, group: 1 }]],
  // Double sets of quotes: "'Quoted' words in a larger quote."
  [/(\s?)"'(?=\w)/y, [1, LD, L]],
  [/(\s?)'"(?=\w)/y, [1, L, LD]],
  // Decade abbreviations: the '80s
  [/(\s?)'(?=\d\ds)/y, [1, R]],
  [/(\s)(['"])(?=\w)/y, [1, { open: true, group: 2 }]],
  [new RegExp(`(${CLOSE})(['"])`, 'y'), [1, { open: false, group: 2 }]],
  // <i>Custer</i>'s Last Stand
  [/(["'])(?=\s|s\b|$)/my, [{ open: false, group: 1 }]],
  [/([\s\S]?)'/y, [1, L]],
  [/([\s\S]?)"/y, [1, LD]],
];
// typographic_symbol.rb: longest first, as kramdown lists them.
const SYMBOLS: Array<[string, string]> = [
  ['---', '\u2014'],
  ['--', '\u2013'],
  ['...', '\u2026'],
  ['\\<<', '<<'],
  ['\\>>', '>>'],
  ['<< ', '\u00ab\u00a0'],
  [' >>', '\u00a0\u00bb'],
  ['<<', '\u00ab'],
  ['>>', '\u00bb'],
];

// Text without any of these characters comes out unchanged.
const MAY_CHANGE = /["'<>]|--|\.\.\./;

// Where kramdown's span scanner stops: a quote with the character before it (smart quotes are
// tried first), or a typographic symbol. Leftmost match, as the scanner's look-ahead finds it.
const STOP = /[^\\]?["']|--|\.\.\.|[\\ ]?(?:<<|>>)/g;

/**
 * kramdown's typography for one run of text: smart quotes, dashes, ellipsis, guillemets.
 * `following` is what comes after the run in the source, for the rules' look-ahead.
 */
export function typographText(text: string, following: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  const all = text + following;
  let out = '';
  let i = 0;
  while (i < text.length) {
    STOP.lastIndex = i;
    const stop = STOP.exec(text);
    if (!stop) break;
    const p = stop.index;
    out += text.slice(i, p);
    const symbol = SYMBOLS.find(([s]) => all.startsWith(s, p));
    const isQuote = all[p] === '"' || all[p] === "'" || ((all[p + 1] === '"' || all[p + 1] === "'") && all[p] !== '\\');
    if (isQuote) {
      for (const [re, parts] of RULES) {
        re.lastIndex = p;
        const m = re.exec(all);
        if (!m) continue;
        for (const part of parts) {
          if (typeof part === 'number') out += m[part] ?? '';
          else if (typeof part === 'string') out += part;
          else out += m[part.group] === '"' ? (part.open ? LD : RD) : part.open ? L : R;
        }
        i = p + m[0].length;
        break;
      }
    } else if (symbol) {
      out += symbol[1];
      i = p + symbol[0].length;
    } else {
      out += all[p];
      i = p + 1;
    }
  }
  return out + text.slice(i);
}

/** A few characters of what follows token `k` in the source, for look-ahead. */
function sourceAfter(children: Token[], k: number): string {
  let s = '';
  for (let j = k; j < children.length && s.length < 4; j++) {
    const t = children[j]!;
    if (t.type === 'text' || t.type === 'text_special') s += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') s += '\n';
    else if (t.type === 'code_inline') s += t.markup + t.content;
    else if (t.type === 'html_inline') s += t.content;
    else if (t.type === 'link_open') s += '[';
    else if (t.type === 'image') s += '![';
    else s += t.markup;
  }
  return s;
}

/**
 * Applies kramdown's typography to text, never to code or raw HTML. Runs before markdown-it
 * joins escapes into text, so an escaped quote stays a plain quote.
 */
export function typography(md: MarkdownIt): void {
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
      if (!children.some((t) => t.type === 'text' && MAY_CHANGE.test(t.content))) continue;
      // Text and soft breaks form one run, as in kramdown's source (a soft break renders as "\n").
      const merged: Token[] = [];
      for (const t of children) {
        const prev = merged[merged.length - 1];
        if ((t.type === 'text' || t.type === 'softbreak') && prev && prev.type === 'text' && prev.meta?.run) {
          prev.content += t.type === 'softbreak' ? '\n' : t.content;
        } else if (t.type === 'text' || t.type === 'softbreak') {
          const run = new state.Token('text', '', 0);
          run.content = t.type === 'softbreak' ? '\n' : t.content;
          run.meta = { run: true };
          merged.push(run);
        } else merged.push(t);
      }
      for (let k = 0; k < merged.length; k++) {
        const t = merged[k]!;
        if (t.type === 'text') t.content = typographText(t.content, sourceAfter(merged, k + 1));
      }
      block.children = merged;
    }
  });
}
