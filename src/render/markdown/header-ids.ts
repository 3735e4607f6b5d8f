import type { MarkdownIt, Token } from 'markdown-it';
import { rubyDowncase } from '../../shared/ruby-text.js';
import { WORD } from './ruby-classes.js';
import type { SpanElement } from './span-html.js';
import { kilnEnv, type MarkdownOptions, optionsFor } from './types.js';

// `## Title {#id}`: kramdown's explicit header id, after white space (`# {#id}` is text): in
// kramdown 1 an ASCII letter then letters, digits, `_`, `:` and `-`; in kramdown 2 any XML name
// (`{#über-uns}`, `{#_a}`, `{#a.b}`, not `{#1a}` or `{#-a}`).
const NAME_START =
  ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040-`;
const EXPLICIT_ID = {
  1: /[ \t]+\{#([A-Za-z][\w:-]*)\}[ \t]*$/,
  2: new RegExp(`[ \\t]+\\{#([${NAME_START}][${NAME_CHAR}]*)\\}[ \\t]*$`, 'u'),
} as const;
// kramdown takes the id off first, then an ATX header's closing hashes: kramdown 1 any run not
// escaped (`# a## {#i}` is `a`), kramdown 2 a run after white space (`# a # {#i}` is `a`).
const CLOSING_HASHES = { 1: /(?<!\\)#+[ \t]*$/, 2: /[ \t]+#+[ \t]*$/ } as const;

/**
 * kramdown 2 with the GFM parser: lower case, drop what is not a word character to Ruby (`\p{Word}`:
 * alphabetic, so `〇`, `ⅱ` and `ⓐ` too, a mark, a decimal digit or connector punctuation), a space,
 * a tab or `-`, then spaces and tabs to `-`.
 */
export function gfmHeaderId(text: string): string {
  const lower = rubyDowncase(text);
  // (Most headers are plain ASCII words, which the Unicode pattern would leave as they are.)
  const kept = KEPT_ASCII.test(lower) ? lower : lower.replace(NON_WORD, '');
  return kept.replace(/[ \t]/g, '-');
}
const KEPT_ASCII = /^[a-z0-9_ \t-]*$/;
const NON_WORD = new RegExp(`[^${WORD}\\- \\t]`, 'gu');

/**
 * kramdown 1 (classic): drop everything before the first ASCII letter, keep `[a-zA-Z0-9 -]`,
 * each space to `-`, lower case; empty gives `section`.
 */
export function classicHeaderId(text: string): string {
  const id = text
    .replace(/^[^a-zA-Z]+/, '')
    .replace(/[^a-zA-Z0-9 -]/g, '')
    .replace(/ /g, '-')
    .toLowerCase();
  return id || 'section';
}

/** Numbers a repeated id the way each kramdown mode does (`x`, `x-1`, `x-2`). */
export function uniqueId(id: string, used: Map<string, number>): string {
  const seen = used.get(id);
  if (seen === undefined) {
    used.set(id, 0);
    return id;
  }
  used.set(id, seen + 1);
  return `${id}-${seen + 1}`;
}

/**
 * The text kramdown-parser-gfm derives a header id from: the converted inline content (text,
 * code, math, entities, typography, the text inside raw HTML) without markup (the no-break
 * space of `<< ` and ` >>` is dropped with the other non-word characters).
 */
function headerText(children: readonly Token[]): string {
  let text = '';
  for (const t of children) {
    if (
      t.type === 'text' ||
      t.type === 'code_inline' ||
      t.type === 'text_special' ||
      t.type === 'kramdown_entity' ||
      t.type === 'kramdown_math_inline'
    )
      text += t.content;
    else if (t.type === 'html_inline') text += (t.meta as SpanElement | null)?.text ?? '';
    else if (t.type === 'softbreak' || t.type === 'hardbreak') text += '\n';
  }
  return text;
}

/**
 * The text kramdown 1's `auto_id_stripping` derives a header id from: the header's text elements
 * alone (in links and span HTML too), without code, entities, smart quotes, typographic symbols,
 * math or footnote markers.
 */
function strippedText(children: readonly Token[]): string {
  let text = '';
  for (const t of children) {
    if (t.type === 'text' || t.type === 'text_special') text += t.content;
    else if (t.type === 'html_inline') text += (t.meta as SpanElement | null)?.text ?? '';
  }
  return text;
}

// Where kramdown 2 gives headers its own ids, not the GFM parser's: HTML elements and footnotes.
const CLASSIC_OPEN = new Set(['kramdown_html_open', 'kramdown_html_raw_open', 'footnote_open']);
const CLASSIC_CLOSE = new Set(['kramdown_html_close', 'kramdown_html_raw_close', 'footnote_close']);

/**
 * Gives every header an id attribute: an explicit `{#id}`, else the mode's automatic rule, when
 * `auto_ids` is on (the site's, or the document's own `{::options}`, wherever it stands).
 * kramdown 1 reads the header's Markdown source (so link URLs count), or with `auto_id_stripping`
 * its text elements; kramdown 2 + GFM reads the converted text, or the source when a document
 * turns `auto_id_stripping` off (the GFM parser turns it on whatever the configuration says). Both number only the automatic ids, so a header whose IAL gives it an id
 * takes no number from the next one: ids are assigned after inline parsing and block IALs.
 */
export function headerIds(md: MarkdownIt, options: MarkdownOptions): void {
  md.core.ruler.before('inline', 'kiln_header_ids', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i]!;
      if (open.type !== 'heading_open') continue;
      const inline = tokens[i + 1] as Token;
      const explicit = open.meta?.hashesLast ? null : EXPLICIT_ID[options.compat].exec(inline.content);
      if (explicit) {
        inline.content = inline.content.slice(0, explicit.index);
        if (open.markup.startsWith('#'))
          inline.content = inline.content.replace(CLOSING_HASHES[options.compat], '').trimEnd();
        open.attrSet('id', explicit[1]!);
      } else open.meta = { ...open.meta, source: inline.content };
    }
  });
  if (options.compat === 1) {
    // After the header's IAL: kramdown 1 writes an automatic id after the IAL's attributes. And
    // once the footnotes are in the order they are written: kramdown 1 numbers ids as it writes.
    md.core.ruler.after('footnote_tail', 'kiln_classic_header_ids', (state) => {
      const { autoIds, autoIdPrefix = '', autoIdStripping } = optionsFor(options, state.env);
      // (With `auto_id_stripping`, once typography has made its elements: below.)
      if (!autoIds || autoIdStripping) return;
      const env = kilnEnv(state.env);
      for (const t of state.tokens) {
        const source = t.meta?.source as string | undefined;
        if (t.type !== 'heading_open' || source === undefined || t.attrGet('id') !== null) continue;
        t.attrSet('id', autoIdPrefix + uniqueId(classicHeaderId(source), env.usedIds));
      }
    });
    md.core.ruler.push('kiln_stripped_header_ids', (state) => {
      const { autoIds, autoIdPrefix = '', autoIdStripping } = optionsFor(options, state.env);
      if (!autoIds || !autoIdStripping) return;
      const env = kilnEnv(state.env);
      const tokens = state.tokens;
      for (let i = 0; i < tokens.length; i++) {
        const open = tokens[i]!;
        if (open.type !== 'heading_open' || open.attrGet('id') !== null) continue;
        const text = strippedText(tokens[i + 1]!.children ?? []);
        open.attrSet('id', autoIdPrefix + uniqueId(classicHeaderId(text), env.usedIds));
      }
    });
    return;
  }
  md.core.ruler.push('kiln_gfm_header_ids', (state) => {
    const { autoIds, autoIdPrefix = '', autoIdStripping } = optionsFor(options, state.env);
    if (!autoIds) return;
    const env = kilnEnv(state.env);
    const tokens = state.tokens;
    const textOf = (i: number) =>
      autoIdStripping === false
        ? ((tokens[i]!.meta?.source as string | undefined) ?? '')
        : headerText(tokens[i + 1]!.children ?? []);
    // A header inside an HTML element (`<div markdown="1">`) or a footnote gets kramdown's own id:
    // the same text by the classic rule, numbered apart from the others.
    let inHtml = 0;
    const classicUsed = new Map<string, number>();
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i]!;
      if (CLASSIC_OPEN.has(open.type)) inHtml++;
      else if (CLASSIC_CLOSE.has(open.type)) inHtml--;
      if (open.type !== 'heading_open' || open.attrGet('id') !== null) continue;
      if (inHtml > 0) {
        const id = uniqueId(classicHeaderId(textOf(i)), classicUsed);
        open.attrSet('id', autoIdPrefix + id);
        continue;
      }
      // An empty id is counted too: the second one becomes `-1`.
      const id = autoIdPrefix + uniqueId(gfmHeaderId(textOf(i)), env.usedIds);
      if (id) open.attrSet('id', id);
    }
  });
}

/**
 * kramdown's `header_offset`: a header is written that many levels down (up, when negative),
 * within h1–h6. Runs after the headers are collected: the table of contents reads each
 * header's own level.
 */
export function headerOffset(md: MarkdownIt, options: MarkdownOptions): void {
  md.core.ruler.push('kramdown_header_offset', (state) => {
    const offset = optionsFor(options, state.env).headerOffset ?? 0;
    if (offset === 0) return;
    for (const t of state.tokens)
      if (t.type === 'heading_open' || t.type === 'heading_close')
        t.tag = `h${Math.min(6, Math.max(1, Number(t.tag.slice(1)) + offset))}`;
  });
}
