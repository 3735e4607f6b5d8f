import type { MarkdownIt, StateBlock, Token } from 'markdown-it';
import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs';
import { abbreviateRaw } from './abbreviations.js';
import { documentAlds } from './attribute-specs.js';
import { blockRule } from './block-rules.js';
import { afterBlockIals, pastContainer } from './block-tokens.js';
import {
  closes,
  commentAt,
  defaultModel,
  endTagAt,
  escapeHtml,
  type Piece,
  SPAN_ELEMENTS,
  type StartTag,
  startTagAt,
  VOID_ELEMENTS,
  writeAttributes,
  writeElement,
} from './html-syntax.js';
import { AFTER_BLOCK, BLANK_AFTER } from './ial-lines.js';
import { indentedLine } from './lazy-lines.js';
import { isBlankText } from './line-text.js';
import { kilnEnv, type MarkdownOptions, optionsFor } from './types.js';

/** An element with `markdown="1"` (block content) being parsed: where its end tag was found. */
interface OpenElement {
  name: string;
  level: number;
  found?: { line: number; end: number };
}
const openElements = new WeakMap<StateBlock, OpenElement[]>();

/** Markup, or raw text to escape. */
type TextPiece = string | { text: string };
/** Per document (kramdown 1): the tokens of raw HTML with text in them, and their pieces. */
const rawText = new WeakMap<object, Array<[Token, TextPiece[]]>>();

// What kramdown takes as nothing after a tag on its line: spaces and tabs (a no-break space is text).
const BLANK_REST = /^[ \t]*$/;

/**
 * The empty line kramdown writes after an element ending at `offset` on `line` when what is left of
 * that line is a blank line to it: after an element it leaves the line break to (`closed`), or
 * white space other than spaces and tabs (`\v`, `\f`), which its end of the element does not
 * take. Undefined when there is none; '' when a blank line follows anyway (a list item's
 * trailing empty lines go after the list).
 */
function ownBlankLine(state: StateBlock, line: number, offset: number, endLine: number, closed: boolean) {
  const after = state.src.slice(offset, state.eMarks[line]);
  if (!isBlankText(after) || (!closed && BLANK_REST.test(after))) return undefined;
  // (Block IALs on the lines after it write nothing: the line after them counts.)
  const following = afterBlockIals(state, line + 1, endLine);
  const atEnd = pastContainer(state, following, endLine);
  const nextBlank = atEnd ? state.parentType === 'list' : state.isEmpty(following);
  return nextBlank ? '' : '\n';
}

/**
 * The container's text from the start of `startLine`'s content (at most `lineCount` lines): lines
 * without the container's indentation, and where each begins in the text.
 */
function containerText(state: StateBlock, startLine: number, endLine: number, lineCount: number) {
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const parts = [state.src.slice(start, state.eMarks[startLine])];
  const offsets = [0];
  let length = parts[0]!.length + 1;
  for (let line = startLine + 1; line < endLine && line - startLine < lineCount; line++) {
    // A list item's HTML ends with the item (a line indented less than its text).
    if (state.blkIndent > 0 && !state.isEmpty(line) && state.sCount[line]! < state.blkIndent) break;
    const text = indentedLine(state, line);
    offsets.push(length);
    parts.push(text);
    length += text.length + 1;
  }
  offsets.push(length);
  return { text: `${parts.join('\n')}\n`, offsets, complete: startLine + parts.length >= endLine };
}

/** The line (from `start`) holding the end tag that closes `name`, counting nested tags of that name. */
function likelyEnd(state: StateBlock, start: number, end: number, name: string): number {
  const tag = new RegExp(`<(/?)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s/>])[^>]*?(/?)>`, 'gi');
  let depth = 0;
  for (let line = start; line < end; line++) {
    const text = state.src.slice(state.bMarks[line]!, state.eMarks[line]);
    for (const m of text.matchAll(tag)) {
      if (m[1]) depth--;
      else if (!m[2]) depth++;
      if (depth <= 0) return line;
    }
  }
  return end;
}

/** The source offset of `at` in a containerText view that starts at `startLine`, and its line. */
function sourceAt(state: StateBlock, view: { offsets: number[] }, startLine: number, at: number) {
  const next = view.offsets.findIndex((o) => o > at);
  const k = next < 0 ? view.offsets.length - 2 : Math.max(0, next - 1);
  return { line: startLine + k, offset: state.eMarks[startLine + k]! - (view.offsets[k + 1]! - 1 - at) };
}

/**
 * Makes `line` start at `offset` of the source (what follows an element on its line). kramdown
 * reads it as a line of its own, so a tab there goes to the next multiple of four from `offset`
 * (`</div>\t<!-- x -->` is followed by indented code).
 */
function startLineAt(state: StateBlock, line: number, offset: number): void {
  let first = offset;
  let columns = 0;
  for (; state.src[first] === ' ' || state.src[first] === '\t'; first++)
    columns = state.src[first] === '\t' ? columns + 4 - (columns % 4) : columns + 1;
  state.bMarks[line] = offset;
  state.tShift[line] = first - offset;
  state.sCount[line] = state.blkIndent + columns;
  state.bsCount[line] = 0;
}

/**
 * kramdown's block HTML. A line starting with a tag that is not span-level (`<a>`, `<img>`,
 * `<br>` are paragraph text) starts an element that ends at its own end tag, wherever that is
 * (not at a blank line), and may interrupt a paragraph. kramdown writes the element back as it
 * parsed it: attributes double-quoted, void elements as `<br />`, `<`/`&` in text escaped, an
 * end tag that closes nothing dropped (kramdown 2: kept as text), an element never closed closed
 * at the end of its container. `markdown="1"` (or `"block"`/`"span"`) parses the inside as
 * Markdown, blocks or spans by the element's kind. A comment is a block of its own, but does not
 * interrupt a paragraph (`<!--more-->` stays in it). Text after an element on its line starts
 * the next block.
 */
export function htmlBlocks(md: MarkdownIt, options: MarkdownOptions): void {
  const { compat } = options;
  const paragraph = (...args: Parameters<RuleBlock>) => blockRule(md, 'paragraph')!.fn(...args);

  /**
   * What follows an element on its last line (at `offset`): nothing, or the next block, which
   * kramdown reads there as at the start of a line (a list, a header, a link definition…).
   */
  const rest = (state: StateBlock, line: number, offset: number, endLine: number): boolean => {
    const text = state.src.slice(offset, state.eMarks[line]);
    if (isBlankText(text)) {
      state.line = line + 1;
      return true;
    }
    startLineAt(state, line, offset);
    // A block IAL there gives its attributes to the element.
    const ial = blockRule(md, 'kramdown_block_ial')?.fn;
    if (ial?.(state, line, endLine, false)) {
      const token = state.tokens[state.tokens.length - 1]!;
      if (token.type === 'kramdown_ial') token.meta = AFTER_BLOCK;
      return true;
    }
    for (const next of md.block.ruler.getRules('')) if (next(state, line, endLine, false)) return true;
    return paragraph(state, line, endLine, false);
  };

  /**
   * Parses the blocks inside an element with `markdown="1"` (block content), up to its end tag at
   * the start of a line, as tokens; returns where that end tag ends (none: the container's end).
   */
  const blockElement = (
    state: StateBlock,
    startLine: number,
    endLine: number,
    tag: StartTag,
    inside: { line: number; offset: number },
  ): OpenElement['found'] => {
    const open = state.push('kramdown_html_open', '', 1);
    open.content = `<${tag.name}${writeAttributes(tag.attributes)}>`;
    open.info = `</${tag.name}>`;
    const element: OpenElement = { name: tag.name, level: state.level };
    const stack = openElements.get(state) ?? [];
    openElements.set(state, stack);
    stack.push(element);
    // The inside starts after the start tag: on the next line, or on this one if text follows.
    let first = inside.line + 1;
    if (!BLANK_REST.test(state.src.slice(inside.offset, state.eMarks[inside.line]))) {
      startLineAt(state, inside.line, inside.offset);
      first = inside.line;
    }
    const oldParent = state.parentType;
    state.parentType = 'kramdown_html' as StateBlock['parentType'];
    state.md.block.tokenize(state, first, endLine);
    if (state.line < first) state.line = first;
    state.parentType = oldParent;
    stack.pop();
    const found = element.found;
    const last = found ? found.line : state.line;
    open.map = [startLine, found ? last + 1 : last];
    state.push('kramdown_html_close', '', -1).map = [last, last];
    return found;
  };

  const rule: RuleBlock = (state, startLine, endLine, silent) => {
    if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
    const src = state.src;
    const pos = state.bMarks[startLine]! + state.tShift[startLine]!;
    if (src.charCodeAt(pos) !== 0x3c /* < */) return false;
    const next = src.charCodeAt(pos + 1);
    if (next === 0x2f /* / */) {
      // The end tag of the `markdown="1"` element being parsed, at the start of a line.
      const close = endTagAt(src, pos);
      if (!close || SPAN_ELEMENTS.has(close.name.toLowerCase())) return false;
      const element = openElements.get(state)?.at(-1);
      const matches = element !== undefined && closes(close.name, element.name, compat);
      // It ends a paragraph only where it closes the element (not inside a quote within it), or
      // as a lazy line of a list item.
      const here = matches && element.level === state.level;
      if (silent) return here || state.sCount[startLine]! < state.blkIndent;
      if (!here) return false;
      element.found = { line: startLine, end: close.end };
      state.line = endLine;
      return true;
    }
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      if (silent || state.sCount[startLine] !== state.blkIndent) return false;
      let { text, offsets } = containerText(state, startLine, endLine, 50);
      let end = commentAt(text, 0, compat);
      if (end < 0) {
        ({ text, offsets } = containerText(state, startLine, endLine, Number.POSITIVE_INFINITY));
        end = commentAt(text, 0, compat);
        if (end < 0) return false;
      }
      const after = sourceAt(state, { offsets }, startLine, end);
      const token = state.push('html_block', '', 0);
      token.map = [startLine, after.line + 1];
      const blank = ownBlankLine(state, after.line, after.offset, endLine, false);
      token.content = `${text.slice(0, end)}\n${blank ?? ''}`;
      if (blank !== undefined) token.meta = BLANK_AFTER;
      return rest(state, after.line, after.offset, endLine);
    }
    let tag = startTagAt(src, pos, compat);
    // A tag read past its line is read again in the container's text (a quote's `>` is no part of it).
    if (tag && tag.end > state.eMarks[startLine]!) tag = null;
    let view = tag ? null : containerText(state, startLine, endLine, 20);
    // A start tag may go on over lines (attributes one a line).
    if (!tag && view) tag = startTagAt(view.text, 0, compat);
    if (!tag || SPAN_ELEMENTS.has(tag.name.toLowerCase())) return false;
    // `<script>` (so written) is the one block element that does not end a paragraph: it goes on as text.
    if (silent) return !/^<script\b/.test(src.slice(pos, pos + 8));
    const model =
      tag.markdown ?? (optionsFor(options, state.env).parseBlockHtml ? defaultModel(tag.name, compat) : 'raw');
    const contained = tag.selfClosed || tag.name === 'script' || tag.name === 'style';
    if (model === 'block' && !contained) {
      const inside = view ? sourceAt(state, view, startLine, tag.end) : { line: startLine, offset: tag.end };
      const at = state.tokens.length;
      const found = blockElement(state, startLine, endLine, tag, inside);
      if (!found) return true;
      const blank = ownBlankLine(state, found.line, found.end, endLine, false);
      if (blank !== undefined) {
        const open = state.tokens[at]!;
        open.info += blank;
        open.meta = BLANK_AFTER;
      }
      return rest(state, found.line, found.end, endLine);
    }
    // The element's text: up to the line its end tag is likely on, all the container if not there.
    const guess =
      contained || VOID_ELEMENTS.has(tag.name) ? 1 : likelyEnd(state, startLine, endLine, tag.name) - startLine + 1;
    view = containerText(state, startLine, endLine, guess);
    let pieces: Piece[] = [];
    let writer = writeElement(view.text, startTagAt(view.text, 0, compat)!, model, compat, pieces);
    let step = writer.next();
    if (!view.complete && (!step.done || step.value >= view.text.length - 1)) {
      view = containerText(state, startLine, endLine, Number.POSITIVE_INFINITY);
      pieces = [];
      writer = writeElement(view.text, startTagAt(view.text, 0, compat)!, model, compat, pieces);
      step = writer.next();
    }
    // Raw HTML with spans or blocks parsed inside: a container of text, inline and block tokens.
    let container: Token | undefined;
    let flushed = 0;
    const flush = () => {
      container ??= state.push('kramdown_html_raw_open', '', 1);
      for (; flushed < pieces.length; flushed++) {
        const piece = pieces[flushed]!;
        if (typeof piece === 'string' || 'text' in piece)
          writeText(state, state.push('kramdown_html_text', '', 0), [piece]);
        else if ('span' in piece) spanText(state, piece.span);
      }
    };
    while (!step.done) {
      flush();
      const inner = step.value;
      const nesting = (pieces[pieces.length - 1] as { nesting: number }).nesting;
      const at = state.tokens.length;
      const inside = sourceAt(state, view, startLine, inner.end);
      const found = blockElement(state, inside.line, endLine, inner, inside);
      // (kramdown indents it by the raw elements around it.)
      state.tokens[at]!.meta = { nesting };
      const k = found ? found.line - startLine : 0;
      const resume = found ? view.offsets[k + 1]! - 1 - (state.eMarks[found.line]! - found.end) : view.text.length;
      step = writer.next(resume);
    }
    const end = step.value;
    const { text, offsets } = view;
    const { line: lastLine, offset: afterOffset } = sourceAt(state, view, startLine, end);
    // kramdown leaves the line break after `</script>`, `<hr>` or `<div/>` to the next block: an empty line.
    const closed = contained || VOID_ELEMENTS.has(tag.name);
    const blank = ownBlankLine(state, lastLine, afterOffset, endLine, closed);
    const suffix = blank ?? '';
    let element: Token;
    let last: Token;
    if (container || pieces.some((p) => typeof p !== 'string' && !('text' in p))) {
      flush();
      element = container!;
      container!.info = suffix;
      last = state.push('kramdown_html_raw_close', '', -1);
    } else {
      element = last = state.push('html_block', '', 0);
      writeText(state, element, [...(pieces as TextPiece[]), `\n${suffix}`]);
    }
    element.map = [startLine, lastLine + 1];
    // That line break is a blank line to kramdown: an IAL on the next line is not the element's,
    // and a header may follow.
    if (blank !== undefined) element.meta = last.meta = BLANK_AFTER;
    if (end >= text.length) {
      state.line = startLine + offsets.length - 1;
      return true;
    }
    return rest(state, lastLine, afterOffset, endLine);
  };
  /** Raw HTML's markup and text as the token's content; in kramdown 1 its text gets abbreviations once all are defined. */
  const writeText = (state: StateBlock, token: Token, parts: TextPiece[]) => {
    token.content = parts.map((p) => (typeof p === 'string' ? p : escapeHtml(p.text))).join('');
    if (compat === 1 && parts.some((p) => typeof p !== 'string'))
      (rawText.get(state.env) ?? rawText.set(state.env, []).get(state.env)!).push([token, parts]);
  };
  if (compat === 1)
    md.core.ruler.after('block', 'kramdown_raw_html_abbreviations', (state) => {
      const written = rawText.get(state.env);
      if (!written || !kilnEnv(state.env).abbreviations) return;
      // (Every block is read: the ALDs an abbreviation's IAL names are known.)
      kilnEnv(state.env).alds ??= documentAlds(state.tokens);
      for (const [token, parts] of written)
        token.content = parts
          .map((p) => (typeof p === 'string' ? p : abbreviateRaw(p.text, state.env, escapeHtml)))
          .join('');
    });
  // kramdown tries block HTML right after lists, before tables, footnotes and definitions.
  md.block.ruler.after('list', 'kramdown_html_block', rule, { alt: ['paragraph', 'reference', 'blockquote'] });
  // Everything markdown-it's own HTML-block rule would take is handled above or is paragraph text.
  md.block.ruler.disable('html_block');
}

/** Text inside an HTML element to parse as spans. */
function spanText(state: StateBlock, text: string): void {
  const token = state.push('inline', '', 0);
  token.content = text;
  token.children = [];
}
