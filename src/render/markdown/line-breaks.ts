import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { blockRule } from './block-rules.js';
import { ALPHA, BOUNDARY_WORD, XML_NAME } from './ruby-classes.js';
import type { SpanElement } from './span-html.js';
import { kilnEnv, type MarkdownOptions, optionsFor } from './types.js';
import { endingSpacesFree } from './typography.js';

/**
 * kramdown's line breaks: two spaces or two backslashes at the end of a line are a `<br />`. One backslash at the end of a line is a break only for the GFM parser (compat 2);
 * kramdown 1 keeps it as a backslash.
 */
export function lineBreaks(md: MarkdownIt, options: MarkdownOptions): void {
  const { compat } = options;
  // The site's `hard_wrap` leaves kramdown without these line breaks: every line break is one.
  const wrapped = options.hardWrap === true;
  md.inline.ruler.before('escape', 'kramdown_line_breaks', (state, silent) => {
    const { src, pos } = state;
    if (wrapped || src.charCodeAt(pos) !== 0x5c) return false;
    const double = src.charCodeAt(pos + 1) === 0x5c && src.charCodeAt(pos + 2) === 0x0a;
    const single = compat === 1 && src.charCodeAt(pos + 1) === 0x0a;
    if (!double && !single) return false;
    if (!silent) {
      // (Its markup is its source, which the smart quotes before it look ahead at.)
      if (double) state.push('hardbreak', 'br', 0).markup = '\\\\';
      else {
        state.pending += '\\';
        state.push('softbreak', 'br', 0);
      }
    }
    state.pos = pos + (double ? 3 : 2);
    return true;
  });
  // Two spaces before a line's end are a `<br />`; any other white space at either side of a
  // line break stays (markdown-it drops it), so an indented continuation line keeps its indent.
  md.inline.ruler.at('newline', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x0a) return false;
    if (!silent) {
      const last = state.tokens[state.tokens.length - 1];
      const before = last?.type === 'softbreak' || last?.type === 'hardbreak' ? '\n' : '';
      if (!wrapped && state.pending.endsWith('  ') && endingSpacesFree(state.pending, before, compat)) {
        state.pending = state.pending.slice(0, -2);
        state.push('hardbreak', 'br', 0);
      } else state.push('softbreak', 'br', 0);
    }
    state.pos++;
    return true;
  });
  paragraphParts(md, compat);
  // kramdown 1's GFM parser reads `hard_wrap` once the document is parsed, so a `{::options}`
  // anywhere sets it for the whole document; kramdown 2's reads it before, from the site alone.
  if (compat === 1 || wrapped)
    md.core.ruler.push('kramdown_hard_wrap', (state) => {
      if (compat === 1 ? optionsFor(options, state.env).hardWrap : wrapped) hardWrap(state);
    });
  else
    md.core.ruler.push('kramdown_backslash_breaks', (state) => {
      if (kilnEnv(state.env).backslashBreaks) backslashBreaks(state);
    });
}

// Han, Hiragana and Katakana: the characters `remove_line_breaks_for_cjk` joins lines between.
const CJK_BREAK =
  /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])\n(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;
const TAG_OR_CJK_BREAK = new RegExp(`<[^>]*>|${CJK_BREAK.source}`, 'gu');
const RAW_OR_CJK_BREAK = new RegExp(
  `<!--[\\s\\S]*?-->|<(script|style)\\b[\\s\\S]*?</\\1[ \\t\\n]*>|<[^>]*>|${CJK_BREAK.source}`,
  'giu',
);
const CJK_LAST = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const CJK_FIRST = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * kramdown 2's `remove_line_breaks_for_cjk` (its GFM parser's, read once the document is parsed):
 * a line break in text between two Han, Hiragana or Katakana characters is dropped, not one next
 * to markup or a typographic character (`中\n*中*` keeps it), nor a `<br />`.
 */
export function cjkLineBreaks(md: MarkdownIt, options: MarkdownOptions): void {
  if (options.compat !== 2) return;
  md.core.ruler.push('kramdown_cjk_line_breaks', (state) => {
    if (!optionsFor(options, state.env).removeLineBreaksForCjk) return;
    for (const block of state.tokens) {
      // (Raw HTML blocks: their text, not tags, comments or what a script or style holds.)
      if ((block.type === 'html_block' || block.type === 'kramdown_html_text') && block.content.includes('\n'))
        block.content = block.content.replace(RAW_OR_CJK_BREAK, (m) => (m === '\n' ? '' : m));
      if (block.type !== 'inline' || !block.children) continue;
      const children = block.children;
      block.children = children.filter((t, i) => {
        if (t.type === 'text') t.content = t.content.replace(CJK_BREAK, '');
        // (Raw content inside span HTML too: its text, not its tags.)
        else if (t.type === 'html_inline' && (t.meta as SpanElement | null)?.text?.includes('\n'))
          t.content = t.content.replace(TAG_OR_CJK_BREAK, (m) => (m === '\n' ? '' : m));
        if (t.type !== 'softbreak') return true;
        const before = children[i - 1];
        const after = children[i + 1];
        return !(
          before?.type === 'text' &&
          after?.type === 'text' &&
          CJK_LAST.test(before.content) &&
          CJK_FIRST.test(after.content)
        );
      });
    }
  });
}

/** Block tokens whose content kramdown 1's `hard_wrap` leaves alone: HTML elements, footnotes. */
const WRAP_EXCLUDED = new Map([
  ['kramdown_html_open', 'kramdown_html_close'],
  ['kramdown_html_raw_open', 'kramdown_html_raw_close'],
  ['footnote_block_open', 'footnote_block_close'],
]);

/**
 * kramdown's `hard_wrap` (the GFM parser's): every line break in text is a `<br />`, one after a
 * line break too, but not inside HTML elements (block or span, `~~` being a `<del>`) or footnotes.
 */
function hardWrap(state: StateCore): void {
  const closing: string[] = [];
  for (const block of state.tokens) {
    if (WRAP_EXCLUDED.has(block.type)) closing.push(WRAP_EXCLUDED.get(block.type)!);
    else if (block.type === closing[closing.length - 1]) closing.pop();
    if (closing.length > 0 || block.type !== 'inline' || !block.children) continue;
    const children: Token[] = [];
    // The breaks hard_wrap adds, as one: a soft break made hard, or the `<br />` before a hard one.
    const added = new Set<Token>();
    let inElement = 0;
    for (const t of block.children) {
      const part = t.type === 'html_inline' ? (t.meta as SpanElement | null)?.part : undefined;
      if (part === 'start' || t.type === 's_open') inElement++;
      else if (part === 'end' || t.type === 's_close') inElement--;
      if (inElement > 0) children.push(t);
      else if (t.type === 'softbreak') {
        t.type = 'hardbreak';
        children.push(t);
        added.add(t);
      } else if (t.type === 'hardbreak') {
        const br = new state.Token('html_inline', '', 0);
        br.content = '<br />';
        children.push(br, t);
        added.add(br);
      } else if (t.type === 'text' && t.content.includes('\n')) {
        // (Typography joins the text around a line break into one token.)
        t.content.split('\n').forEach((line, k) => {
          if (k > 0) children.push(new state.Token('hardbreak', 'br', 0));
          if (k > 0) added.add(children[children.length - 1]!);
          const text = new state.Token('text', '', 0);
          text.content = line;
          if (line !== '') children.push(text);
        });
      } else children.push(t);
    }
    // The line break that ends a block's text (before a `{::options}` line) gets no `<br />`.
    const last = children[children.length - 1];
    if (last?.type === 'hardbreak') {
      if (added.has(last)) last.type = 'softbreak';
      else if (added.has(children[children.length - 2]!)) children.splice(children.length - 2, 1);
    }
    block.children = children;
  }
}

/**
 * kramdown 2's GFM parser makes a backslash before a line break a `<br />` where `hard_wrap` would
 * make one (see hardWrap): not inside HTML elements, block or span (`~~` too), nor footnotes,
 * where the backslash and the line break stay (also at the end of the text).
 */
function backslashBreaks(state: StateCore): void {
  const closing: string[] = [];
  for (const block of state.tokens) {
    if (WRAP_EXCLUDED.has(block.type)) closing.push(WRAP_EXCLUDED.get(block.type)!);
    else if (block.type === closing[closing.length - 1]) closing.pop();
    if (block.type !== 'inline' || !block.children) continue;
    const excluded = closing.length > 0;
    let inElement = 0;
    let children: Token[] | undefined;
    for (const [i, t] of block.children.entries()) {
      const part = t.type === 'html_inline' ? (t.meta as SpanElement | null)?.part : undefined;
      if (part === 'start' || t.type === 's_open') inElement++;
      else if (part === 'end' || t.type === 's_close') inElement--;
      // (The line break ending the text too: `<div markdown="span">a\` keeps its backslash.)
      if ((t.type === 'hardbreak' || t.type === 'softbreak') && t.markup === '\\' && (excluded || inElement > 0)) {
        children ??= block.children.slice(0, i);
        const text = new state.Token('text', '', 0);
        text.content = '\\';
        t.type = 'softbreak';
        children.push(text, t);
      } else children?.push(t);
    }
    if (children) block.children = children;
  }
}

// kramdown's span elements (and script), whose tags do not end a paragraph's part.
const SPAN_ELEMENTS =
  'a|abbr|acronym|b|big|bdo|br|button|cite|code|del|dfn|em|i|img|input|ins|kbd|label|mark|option|q|rb|rbc|rp|rt|rtc|ruby|samp|select|small|span|strong|sub|sup|tt|u|var|script';
// (Ruby's `\b` after the name: `<bé>` is no `<b>`.)
const htmlLine = (name: string, boundary: string, flags: string) =>
  new RegExp(
    `^(?:<(?!(?:${SPAN_ELEMENTS})${boundary})${name}|<\\/(?!(?:${SPAN_ELEMENTS})${boundary})${name}\\s*>)`,
    flags,
  );
const HTML_LINE = htmlLine(XML_NAME, `(?![${BOUNDARY_WORD}])`, 'u');
// The same test for a line of ASCII alone, where those classes hold only ASCII letters and digits:
// V8 compiles the Unicode one (thousands of ranges) at its first use, milliseconds of a short build.
const HTML_LINE_ASCII = htmlLine(XML_NAME.replaceAll(ALPHA, 'a-zA-Z').replaceAll('\\p{Nd}', '0-9'), '\\b', '');
const ASCII = /^[\0-\x7f]*$/;

/**
 * Whether a line after the first may end a paragraph's part: one that starts, after up to three
 * spaces, with `<` (HTML) in both, and in kramdown 2 with a fence's ``` or ~~~ (one that did not
 * make a block). Scanned by hand: it runs on every paragraph, and the pattern it replaces,
 * /\n {0,3}(?:<|```|~~~)/, took about 2.4 times as long.
 */
function mayHavePartEnd(text: string, compat: 1 | 2): boolean {
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    let c = at + 1;
    while (c < at + 4 && text.charCodeAt(c) === 0x20) c++;
    const code = text.charCodeAt(c);
    if (code === 0x3c) return true;
    if (
      compat === 2 &&
      (code === 0x60 || code === 0x7e) &&
      text.charCodeAt(c + 1) === code &&
      text.charCodeAt(c + 2) === code
    )
      return true;
  }
  return false;
}
const FENCE_LINE = /^(?:```|~~~)/;

/**
 * kramdown reads a paragraph in parts that end before a line opening or closing an element other
 * than a span one (`<me@example.org>`, `</div>`), or in kramdown 2 a line starting a fence (one
 * inside a paragraph made no code block: it has no end), and strips each part's end, inside code
 * spans and raw HTML too; kramdown 2 keeps two spaces there (a line break, outside code).
 */
function htmlLineParts(inline: Token | undefined, compat: 1 | 2): void {
  if (inline?.type !== 'inline' || !mayHavePartEnd(inline.content, compat)) return;
  const lines = inline.content.split('\n');
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!.replace(/^ {1,3}/, '');
    const ends = (compat === 2 && FENCE_LINE.test(line)) || (ASCII.test(line) ? HTML_LINE_ASCII : HTML_LINE).test(line);
    if (!ends) continue;
    const previous = lines[k - 1]!;
    const stripped = previous.replace(/[ \t\n\r\f\v]+$/, '');
    lines[k - 1] = stripped + (compat === 2 && previous.endsWith('  ') ? '  ' : '');
  }
  inline.content = lines.join('\n');
}

/** Paragraphs read in kramdown's parts (see htmlLineParts). */
function paragraphParts(md: MarkdownIt, compat: 1 | 2): void {
  const paragraph = blockRule(md, 'paragraph');
  if (!paragraph) return;
  const paragraphFn = paragraph.fn;
  md.block.ruler.at(
    'paragraph',
    (state, startLine, endLine, silent) => {
      if (!paragraphFn(state, startLine, endLine, silent)) return false;
      if (!silent) htmlLineParts(state.tokens[state.tokens.length - 2], compat);
      return true;
    },
    { alt: paragraph.alt },
  );
}
