import type { MarkdownIt, Token } from 'markdown-it';
import { rubyStrip } from '../../shared/ruby-text.js';
import { attributesOf } from './attribute-specs.js';
import { escapeAttribute } from './escaping.js';
import { definitionIals } from './ial-lines.js';
import { waitingIals } from './ial-targets.js';
import { firstChar, lineText } from './line-text.js';
import { kilnEnv } from './types.js';

// (The name runs to the first `]:` on the line, `]` in it too: `*[a] b [c]: d` defines `a] b [c`.)
const DEFINITION = /^\*\[(.+?)\]:([^\n]*)$/;

/** A run of text with its abbreviations marked: text, then `{ abbr }` pieces. */
type Piece = string | { abbr: string };

const escapeRe = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** Finds a document's abbreviations in text, as kramdown does, per set of definitions. */
const finders = new WeakMap<Map<string, string>, (text: string) => Piece[]>();

/**
 * The abbreviations in `text`, found as kramdown's scanner finds them: the next place where a
 * non-word character (not an ASCII letter, digit or `_`, so `éHTML` has one) or a line's start (or
 * where the last abbreviation ended) comes before an abbreviation not followed by a word
 * character; there the longest abbreviation that starts at that character is taken, even one
 * that runs into a word, else the longest after it. Names keep their spaces (`*[ HTML]` needs
 * one before it).
 */
function finderFor(abbreviations: Map<string, string>): (text: string) => Piece[] {
  let find = finders.get(abbreviations);
  if (find) return find;
  const names = [...abbreviations.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
  const next = new RegExp(`(?=(?:[^A-Za-z0-9_]|(?<![^\\n]))(?:${names})(?![A-Za-z0-9_]))`, 'g');
  const here = new RegExp(`(?:${names})(?![A-Za-z0-9_])`, 'y');
  const longest = new RegExp(`(?:${names})`, 'y');
  find = (text) => {
    const pieces: Piece[] = [];
    let at = 0;
    for (;;) {
      here.lastIndex = next.lastIndex = at;
      const stop = here.test(text) ? at : next.exec(text)?.index;
      if (stop === undefined) break;
      longest.lastIndex = stop;
      let abbr = longest.exec(text)?.[0];
      let start = stop;
      if (abbr === undefined) {
        start = stop + 1;
        longest.lastIndex = start;
        abbr = longest.exec(text)![0];
      }
      if (start > at) pieces.push(text.slice(at, start));
      pieces.push({ abbr });
      at = start + abbr.length;
    }
    if (at < text.length) pieces.push(text.slice(at));
    return pieces;
  };
  finders.set(abbreviations, find);
  return find;
}

/**
 * `<abbr title="…">` for an abbreviation (no title when its definition is empty), with the
 * attributes of the IALs right after its definition first.
 */
function abbrOpen(abbr: string, env: unknown): string {
  const own = kilnEnv(env);
  const title = own.abbreviations!.get(abbr)!;
  const ial = own.abbreviationIals?.get(abbr);
  if (!ial) return title === '' ? '<abbr>' : `<abbr title="${escapeAttribute(title)}">`;
  const attrs = attributesOf(ial, env);
  if (title !== '') {
    const at = attrs.findIndex(([k]) => k === 'title');
    if (at < 0) attrs.push(['title', title]);
    else attrs[at]![1] = title;
  }
  return `<abbr${attrs.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('')}>`;
}

/** Raw text with the document's abbreviations written as `<abbr>` (kramdown 1 marks them in raw HTML content too). */
export function abbreviateRaw(text: string, env: unknown, write: (s: string) => string): string {
  const abbreviations = kilnEnv(env).abbreviations;
  if (!abbreviations || text === '') return write(text);
  return finderFor(abbreviations)(text)
    .map((p) => (typeof p === 'string' ? write(p) : `${abbrOpen(p.abbr, env)}${write(p.abbr)}</abbr>`))
    .join('');
}

/**
 * kramdown's abbreviations. A definition, `*[HTML]: Hyper Text Markup Language` on a line of its
 * own (not inside a paragraph), writes nothing, the last of a name winning (with the block IALs
 * waiting for it or on the lines right after it, which its `<abbr>` elements take); then every run of
 * text in the document (headers, tables, link text, span HTML; not code, URLs or image text;
 * kramdown 1 skips footnotes) writes each abbreviation as `<abbr title="…">`.
 */
export function abbreviations(md: MarkdownIt, compat: 1 | 2): void {
  md.block.ruler.before('reference', 'kramdown_abbreviation_definition', (state, startLine, _endLine, silent) => {
    if (state.sCount[startLine]! - state.blkIndent >= 4 || firstChar(state, startLine) !== 0x2a /* * */) return false;
    const text = lineText(state, startLine);
    const m = DEFINITION.exec(text);
    if (!m) return false;
    if (silent) return true;
    const env = kilnEnv(state.env);
    // The name as written, spaces too; the title without Ruby's white space (`strip`) around it.
    const abbr = m[1]!;
    (env.abbreviations ??= new Map()).set(abbr, rubyStrip(m[2]!));
    const ials = definitionIals(state, startLine + 1);
    const spec = [waitingIals(state, startLine, startLine + 1), ials.spec].filter((s) => s !== '').join(' ');
    if (spec !== '') (env.abbreviationIals ??= new Map()).set(abbr, spec);
    else env.abbreviationIals?.delete(abbr);
    state.line = ials.end;
    return true;
  });
  // After typography and text_join: a run of text is then what kramdown calls a text element.
  md.core.ruler.after('text_join', 'kramdown_abbreviations', (state) => {
    const abbreviations = kilnEnv(state.env).abbreviations;
    if (!abbreviations) return;
    const find = finderFor(abbreviations);
    let inFootnotes = false;
    for (const block of state.tokens) {
      if (block.type === 'footnote_block_open') inFootnotes = compat === 1;
      if (block.type !== 'inline' || !block.children || inFootnotes) continue;
      const out: Token[] = [];
      for (const t of block.children) {
        if (t.type !== 'text') {
          out.push(t);
          continue;
        }
        const pieces = find(t.content);
        if (pieces.length === 1 && typeof pieces[0] === 'string') {
          out.push(t);
          continue;
        }
        for (const p of pieces) {
          if (typeof p === 'string') {
            const text = new state.Token('text', '', 0);
            text.content = p;
            out.push(text);
            continue;
          }
          const open = new state.Token('html_inline', '', 0);
          open.content = abbrOpen(p.abbr, state.env);
          const text = new state.Token('text', '', 0);
          text.content = p.abbr;
          const close = new state.Token('html_inline', '', 0);
          close.content = '</abbr>';
          out.push(open, text, close);
        }
      }
      block.children = out;
    }
  });
}
