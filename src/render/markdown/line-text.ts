import type { StateBlock } from 'markdown-it';

/**
 * The code unit a block line's text starts with (its newline for an empty line, NaN past the
 * source): block rules test it before they slice the line or run a pattern.
 */
export function firstChar(state: StateBlock, line: number): number {
  return state.src.charCodeAt(state.bMarks[line]! + state.tShift[line]!);
}

/** Ruby's `rstrip` (kramdown's `\s*$`): the ASCII white space that ends a text, not a no-break space. */
export function rubyStripEnd(text: string): string {
  return text.replace(/[\0\t\n\v\f\r ]+$/, '');
}

/** Whether a text is blank to kramdown (Ruby's `\s`): ASCII white space only, a no-break space is text. */
export function isBlankText(text: string): boolean {
  return /^[ \t\n\v\f\r]*$/.test(text);
}

/** kramdown's end-of-block marker: `^` alone on its line, ASCII white space after it. */
export const EOB_MARKER = /^\^[ \t\v\f\r]*$/;

/** A block line's text from its first non-blank character to its end. */
export function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

/**
 * A Setext header's underline in kramdown: any run of `-` and `=`, mixed too (`-=-=` underlines an
 * h2, its first character says which), then ASCII white space only (a no-break space makes it text).
 */
export const SETEXT_UNDERLINE = /^[-=]+[ \t\v\f\r]*$/;
