import type { MarkdownIt, StateBlock, Token } from 'markdown-it';
import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs';
import { rubyStrip } from '../../shared/ruby-text.js';
import { blockRule } from './block-rules.js';
import { atBlockBoundary } from './block-tokens.js';
import { isDefinition } from './item-body.js';
import { EOB_MARKER, lineText, rubyStripEnd, SETEXT_UNDERLINE } from './line-text.js';

/** The line's text if it starts with `#` at the block's first column (a lazy line counts too), else null. */
function atxLine(state: StateBlock, line: number): string | null {
  const start = state.bMarks[line]! + state.tShift[line]!;
  if (state.src.charCodeAt(start) !== 0x23 /* # */ || state.sCount[line]! > state.blkIndent) return null;
  return state.src.slice(start, state.eMarks[line]);
}

/**
 * The header a line starts in kramdown, if any: its level and text. Only ASCII white space ends
 * the text (Ruby's `rstrip`: `# a` and a no-break space keeps it).
 */
export function atxHeader(state: StateBlock, line: number, compat: 1 | 2): { level: number; contents: string } | null {
  const text = atxLine(state, line);
  if (text === null) return null;
  if (compat === 1) {
    // kramdown 1: up to six hashes and at least one character of text (`###` is an h2 of `#`),
    // closing hashes dropped with or without a space before them, but for an escaped one (`# C\#`).
    const m = /^#{1,6}[ \t]/.test(`${text} `) ? /^(#{1,6})([^\n]+?(?:\\#)?)[ \t]*#*[ \t]*$/.exec(text) : null;
    if (!m || rubyStrip(m[2]!) === '') return null;
    // An id after only white space (and closing hashes) leaves no text: `#  {#s}` is a paragraph
    // (`# {#s}` is a header of `{#s}`: the id needs white space before it, and text before that).
    if (/^[ \t]+#*[ \t]+\{#[A-Za-z][\w:-]*\}[ \t]*$/.test(text.slice(m[1]!.length))) return null;
    return { level: m[1]!.length, contents: rubyStrip(m[2]!) };
  }
  // (kramdown 2: hashes then white space, so `#|` is a table row.)
  const m = /^(#{1,6})[ \t]+([^\n]*)$/.exec(text);
  if (!m) return null;
  const contents = rubyStripEnd(m[2]!);
  if (contents === '') return null;
  // Closing hashes after a space or tab go, unless they are all the text (`## ##` is `<h2>##</h2>`).
  const open = contents.replace(/[ \t]#+$/, '');
  return { level: m[1]!.length, contents: open === contents ? contents : rubyStripEnd(open) };
}

/**
 * Marks a header whose line ends with closing hashes (`# a {#i} #`): kramdown looks for the
 * explicit id at the end of the line before it drops them, so such a header has none.
 */
function hashesLast(state: StateBlock, open: Token, line: number): void {
  let end = state.eMarks[line]! - 1;
  while (state.src.charCodeAt(end) === 0x20 || state.src.charCodeAt(end) === 0x09) end--;
  if (state.src.charCodeAt(end) === 0x23 /* # */) open.meta = { ...open.meta, hashesLast: true };
}

/**
 * kramdown's ATX headers start at the block's first column (` # x` is a paragraph) and have
 * text. `#` alone, or with spaces after, is a paragraph (markdown-it: an empty `<h1>`); so is
 * `# #` in kramdown 1, where the closing hashes leave nothing, while kramdown 2 keeps hashes that
 * are all the text (`## ##` is `<h2>##</h2>`). A header line is never a table row (`# a | b`).
 */
export function atxHeaders(md: MarkdownIt, compat: 1 | 2): void {
  const heading = blockRule(md, 'heading')!;
  const rule: RuleBlock = (state, startLine, _endLine, silent) => {
    const header = atxHeader(state, startLine, compat);
    if (header === null) return false;
    // kramdown 1 reads a header only at a block boundary (kramdown 2's GFM parser anywhere).
    if (compat === 1 && !atBlockBoundary(state, startLine)) return false;
    if (silent) return true;
    const { level, contents } = header;
    const markup = '#'.repeat(level);
    const open = state.push('heading_open', `h${level}`, 1);
    open.markup = markup;
    open.map = [startLine, startLine + 1];
    const inline = state.push('inline', '', 0);
    inline.content = contents;
    inline.map = [startLine, startLine + 1];
    inline.children = [];
    state.push('heading_close', `h${level}`, -1).markup = markup;
    hashesLast(state, open, startLine);
    state.line = startLine + 1;
    return true;
  };
  md.block.ruler.at('heading', rule, { alt: heading.alt });
  // A Setext header is one line of text and its underline, at the start of a line (`v`, `i`,
  // `-` is a paragraph of three lines), at a block boundary (not right after an HTML block).
  const setext = blockRule(md, 'lheading')!;
  md.block.ruler.at(
    'lheading',
    (state, startLine, endLine, silent) =>
      state.sCount[startLine + 1] === state.blkIndent &&
      atBlockBoundary(state, startLine) &&
      setextHeader(state, startLine, endLine, silent, compat),
    { alt: setext.alt },
  );
}

/** Whether the line at `line` and the next are a Setext header's text and underline (blocks tried after headers ask). */
export function setextAt(state: StateBlock, line: number, endLine: number): boolean {
  return state.sCount[line + 1] === state.blkIndent && setextHeader(state, line, endLine, true, 2);
}

/** White space at either end of a header's text (not Unicode's: a no-break space stays). */
const ASCII_ENDS = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/**
 * The Setext header of the line at `startLine` and its underline on the next (`-` or `=` in any
 * mix: the first says the level in kramdown 2, the last in kramdown 1), as markdown-it's lheading
 * writes one.
 */
function setextHeader(state: StateBlock, startLine: number, endLine: number, silent: boolean, compat: 1 | 2): boolean {
  const next = startLine + 1;
  if (next >= endLine || state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const underline = lineText(state, next);
  if (!SETEXT_UNDERLINE.test(underline)) return false;
  if (silent) return true;
  const markup = compat === 2 ? underline[0]! : underline.trimEnd().at(-1)!;
  const tag = markup === '=' ? 'h1' : 'h2';
  state.line = next + 1;
  const open = state.push('heading_open', tag, 1);
  open.markup = markup;
  open.map = [startLine, state.line];
  const inline = state.push('inline', '', 0);
  inline.content = state.getLines(startLine, next, state.blkIndent, false).replace(ASCII_ENDS, '');
  inline.map = [startLine, next];
  inline.children = [];
  state.push('heading_close', tag, -1).markup = markup;
  return true;
}

/**
 * kramdown reads a Setext header before its extensions, `^` and the definitions of links,
 * footnotes and abbreviations: `[x]: /y` or `{::options /}` then `---` is a header (of nothing
 * for the extension, which its text writes as a span). (Added after the rules it goes before.)
 */
export function setextFirst(md: MarkdownIt, compat: 1 | 2): void {
  md.block.ruler.before('kramdown_extension', 'kramdown_setext_first', (state, startLine, endLine, silent) => {
    // (The underline starts at the block's first column, as for any Setext header: ` -` is text.)
    if (state.sCount[startLine]! - state.blkIndent >= 4 || state.sCount[startLine + 1] !== state.blkIndent)
      return false;
    const c = state.src.charCodeAt(state.bMarks[startLine]! + state.tShift[startLine]!);
    if (c !== 0x5b /* [ */ && c !== 0x2a /* * */ && c !== 0x5e /* ^ */ && c !== 0x7b /* { */) return false;
    const text = lineText(state, startLine);
    if (text.startsWith('{::'))
      return atBlockBoundary(state, startLine) && setextHeader(state, startLine, endLine, silent, compat);
    return (isDefinition(text) || EOB_MARKER.test(text)) && setextHeader(state, startLine, endLine, silent, compat);
  });
}
