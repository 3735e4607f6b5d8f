import type { StateBlock } from 'markdown-it';

/**
 * The code unit a block line's text starts with (its newline for an empty line, NaN past the
 * source): block rules test it before they slice the line or run a pattern.
 */
export function firstChar(state: StateBlock, line: number): number {
  return state.src.charCodeAt(state.bMarks[line]! + state.tShift[line]!);
}

/** A block line's text from its first non-blank character to its end. */
export function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

/**
 * A Setext header's underline in kramdown: any run of `-` and `=`, mixed too (`-=-=` underlines an
 * h2, its first character says which), then white space only.
 */
export const SETEXT_UNDERLINE = /^[-=]+\s*$/;
