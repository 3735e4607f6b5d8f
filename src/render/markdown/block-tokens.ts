import type { StateBlock, Token } from 'markdown-it';
import { BLANK_AFTER, isBlockIal } from './attribute-lists.js';
import { lineText } from './line-text.js';

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
  if (!last || last.nesting === 1 || (line > 0 && state.isEmpty(line - 1))) return true;
  if (last.type === 'kramdown_eob') return line > 0 && lineText(state, line - 1).trimEnd() === '^';
  if (last.type === 'kramdown_ial') {
    // A block IAL is a boundary when it waits for the next block: not when it went to the block
    // right above it (after a blank line, or first in its container).
    let first = tokens.length - 1;
    while (tokens[first - 1]?.type === 'kramdown_ial') first--;
    const before = tokens[first - 1];
    const at = tokens[first]!.map?.[0] ?? 0;
    return !before || before.nesting === 1 || (at > 0 && state.isEmpty(at - 1));
  }
  // After `<hr>` or `<script>…</script>` kramdown leaves the line break as a blank line.
  return last.meta === BLANK_AFTER;
}

/** A line that ends a block as a blank line does (kramdown's block boundary): a block IAL (`{: .class}`) or the end-of-block marker `^`. */
export function boundaryLine(state: StateBlock, line: number): boolean {
  const text = lineText(state, line).trimEnd();
  return isBlockIal(text) || text === '^';
}
