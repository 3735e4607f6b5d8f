import type { Token } from 'markdown-it';

/** The index of the token closing the block that opens at `open`. */
export function closeOf(tokens: Token[], open: number): number {
  let depth = 0;
  for (let j = open; j < tokens.length; j++) {
    depth += tokens[j]!.nesting;
    if (depth === 0) return j;
  }
  return tokens.length - 1;
}
