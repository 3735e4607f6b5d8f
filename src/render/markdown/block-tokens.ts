import type { StateBlock, Token } from 'markdown-it';
import { BLANK_AFTER, BLOCK_IAL, isBlockIal } from './ial-lines.js';
import { lineText, rubyStripEnd } from './line-text.js';

/**
 * The meta of the end-of-block marker `^` a list took: no element in kramdown (the list stays the
 * block before what follows), and the list's blank lines before it are dropped.
 */
export const LIST_EOB = Symbol('the end of a list');

/** The index of the token closing the block that opens at `open`. */
export function closeOf(tokens: Token[], open: number): number {
  let depth = 0;
  for (let j = open; j < tokens.length; j++) {
    depth += tokens[j]!.nesting;
    if (depth === 0) return j;
  }
  return tokens.length - 1;
}

/**
 * Whether a block may start at `line`: first in its container, or after a blank line, a block IAL
 * waiting for it or `^` (not after the end kramdown puts after `{::options /}`).
 */
export function atBlockBoundary(state: StateBlock, line: number): boolean {
  const tokens = state.tokens;
  if (afterDefinition(state, line)) return false;
  const last = tokens[tokens.length - 1];
  if (!last || last.nesting === 1) return true;
  if (line > 0 && state.isEmpty(line - 1)) return !blankInsideLastBlock(tokens, line - 1);
  if (last.type === 'kramdown_eob')
    return last.meta !== LIST_EOB && line > 0 && rubyStripEnd(lineText(state, line - 1)) === '^';
  if (last.type === 'kramdown_ial') return ialWaits(state, tokens.length - 1);
  // A comment (or `{::nomarkdown}`) after a block IAL waiting for a block is no block: the IAL still waits.
  if (
    ((last.type === 'html_block' && last.content.startsWith('<!--')) || last.type === 'kramdown_raw') &&
    tokens[tokens.length - 2]?.type === 'kramdown_ial'
  )
    return ialWaits(state, tokens.length - 2);
  // After `<hr>` or `<script>…</script>` kramdown leaves the line break as a blank line.
  return last.meta === BLANK_AFTER;
}

// A link definition's line (its URL on it) or an abbreviation definition's. (`[^]:` is a link
// definition labelled `^`: a footnote's name has a character after the `^`.)
const DEFINITION = /^(?:\*\[[^\]\n]+\]:|\[(?!\^[^\]])[^\]\n]+\]:[ \t]*[^ \t\n\v\f\r])/;

/**
 * Whether the line before `line` (past block IAL lines, which are no element) is a link or
 * abbreviation definition in the same container: kramdown's element for it, an end of block that
 * writes nothing, is no block boundary (`[x]: /y` then `| a |` is a paragraph).
 */
function afterDefinition(state: StateBlock, line: number): boolean {
  let before = line - 1;
  while (before >= 0 && !state.isEmpty(before) && isBlockIal(lineText(state, before))) before--;
  if (before < 0 || state.isEmpty(before) || state.sCount[before]! < state.blkIndent) return false;
  if (!DEFINITION.test(lineText(state, before))) return false;
  // (Not a line another block took, nor one before the container's first.)
  const tokens = state.tokens;
  for (let i = tokens.length - 1, depth = 0; i >= 0; i--) {
    const t = tokens[i]!;
    depth -= t.nesting;
    if (!t.map || depth > 0) continue;
    return depth < 0 ? t.map[0] <= before : t.map[1] <= before;
  }
  return true;
}

/**
 * Whether the block IALs ending at token `last` wait for the next block (a boundary): not when
 * they went to the block right above them (after a blank line, or first in its container).
 */
function ialWaits(state: StateBlock, last: number): boolean {
  const tokens = state.tokens;
  let first = last;
  // (The IALs on consecutive lines: a blank line starts another run.)
  while (tokens[first - 1]?.type === 'kramdown_ial' && tokens[first - 1]!.map?.[1] === tokens[first]!.map?.[0]) first--;
  const before = tokens[first - 1];
  const at = tokens[first]!.map?.[0] ?? 0;
  // (After `^` or `{::options /}` an IAL waits too; after the `^` a list took it is the list's.
  // So it does after an ALD, and after the blank line `<hr>` ends with.)
  // (So it does after a list that leaves a blank line after it: see list-items.ts.)
  const waits =
    (before?.type === 'kramdown_eob' && before.meta !== LIST_EOB) ||
    before?.type === 'kramdown_ald' ||
    before?.meta === BLANK_AFTER ||
    (before?.nesting === -1 && openOf(tokens, first - 1)?.meta === BLANK_AFTER);
  return !before || waits || before.nesting === 1 || (at > 0 && state.isEmpty(at - 1));
}

/** The token opening the block that the token at `close` closes. */
export function openOf(tokens: Token[], close: number): Token | undefined {
  const level = tokens[close]!.level;
  for (let i = close - 1; i >= 0; i--) if (tokens[i]!.level === level && tokens[i]!.nesting === 1) return tokens[i];
  return undefined;
}

/**
 * Whether the blank line `blank` belongs to the last block written, as in an item whose unclosed
 * HTML element took the blank lines after it: then no blank line separates that block from the
 * next line (`+ t`, `  <v s="">`, blank, `x`, `-` keeps `x` and `-` a paragraph). (An IAL is no
 * block: after an item's first line holding only one, the item's text starts at a block.)
 */
export function blankInsideLastBlock(tokens: Token[], blank: number): boolean {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.nesting === -1 && !token.map) continue;
    if (token.type === 'kramdown_ial' || token.type === 'kramdown_ald' || token.type === 'kramdown_eob') return false;
    return token.nesting === 0 && token.map !== null && token.map[1] > blank;
  }
  return false;
}

/** A line that ends a block as a blank line does (kramdown's block boundary): a block IAL (`{: .class}`) or ALD, or the end-of-block marker `^`. */
export function boundaryLine(state: StateBlock, line: number): boolean {
  const text = rubyStripEnd(lineText(state, line));
  // (`^` only at the line's start: ` ^` is text.)
  // (An IAL indented four spaces is no IAL: code, or a paragraph's text. An ALD ends it too.)
  return (
    (BLOCK_IAL.test(text) && state.sCount[line]! - state.blkIndent < 4) ||
    (text === '^' && state.sCount[line] === state.blkIndent)
  );
}

/** The first line from `line` that is not a block IAL (which writes nothing) of this container. */
export function afterBlockIals(state: StateBlock, line: number, endLine: number): number {
  let following = line;
  while (
    following < endLine &&
    state.sCount[following]! - state.blkIndent < 4 &&
    isBlockIal(lineText(state, following))
  )
    following++;
  return following;
}

/** Whether `line` (after a block and its IALs) is past the end of the container's text. */
export function pastContainer(state: StateBlock, line: number, endLine: number): boolean {
  return line >= endLine || (!state.isEmpty(line) && state.sCount[line]! < state.blkIndent);
}

/**
 * A list's (or definition list's) info when the text of its last item with any ends with a blank
 * line no source line holds (the line break `<hr>` leaves, see html-blocks.ts), which kramdown
 * moves after the list: written after it, or carried on when the list itself ends an item's text.
 */
export const BLANK_WRITTEN = 'a blank line written after it';
export const BLANK_CARRIED = 'a blank line carried to the item around it';

/**
 * Whether the tokens from `from` (an item's blocks) end with a block leaving such a blank line:
 * `<hr>` or `<script>…</script>` ending its line, or a list carrying one.
 */
export function endsWithCarriedBlank(tokens: Token[], from: number): boolean {
  const last = tokens[tokens.length - 1];
  if (!last || tokens.length <= from) return false;
  if (last.type === 'html_block' || last.type === 'kramdown_html_raw_close') return last.meta === BLANK_AFTER;
  return last.nesting === -1 && openOf(tokens, tokens.length - 1)?.info === BLANK_CARRIED;
}

/**
 * Where a list whose last item's text ends with such a blank line (`carried`) puts it: after the
 * list, or on to the item whose text the list ends. Either way no IAL after it is the list's.
 */
export function placeCarriedBlank(state: StateBlock, list: Token, end: number, endLine: number): void {
  list.meta = BLANK_AFTER;
  const atEnd = state.parentType === 'list' && pastContainer(state, afterBlockIals(state, end, endLine), endLine);
  list.info = atEnd ? BLANK_CARRIED : BLANK_WRITTEN;
}
