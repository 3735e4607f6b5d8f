import type { StateBlock, Token } from 'markdown-it';
import { BLANK_AFTER, isBlockIal } from './ial-lines.js';
import { lineText } from './line-text.js';

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
  const last = tokens[tokens.length - 1];
  if (!last || last.nesting === 1) return true;
  if (line > 0 && state.isEmpty(line - 1)) return !blankInsideLastBlock(tokens, line - 1);
  if (last.type === 'kramdown_eob')
    return last.meta !== LIST_EOB && line > 0 && lineText(state, line - 1).trimEnd() === '^';
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
  const waits =
    (before?.type === 'kramdown_eob' && before.meta !== LIST_EOB) ||
    before?.type === 'kramdown_ald' ||
    before?.meta === BLANK_AFTER;
  return !before || waits || before.nesting === 1 || (at > 0 && state.isEmpty(at - 1));
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

/** A line that ends a block as a blank line does (kramdown's block boundary): a block IAL (`{: .class}`) or the end-of-block marker `^`. */
export function boundaryLine(state: StateBlock, line: number): boolean {
  const text = lineText(state, line).trimEnd();
  // (`^` only at the line's start: ` ^` is text.)
  // (An IAL indented four spaces is no IAL: code, or a paragraph's text.)
  return (
    (isBlockIal(text) && state.sCount[line]! - state.blkIndent < 4) ||
    (text === '^' && state.sCount[line] === state.blkIndent)
  );
}
