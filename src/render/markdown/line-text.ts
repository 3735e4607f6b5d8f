import type { StateBlock } from 'markdown-it';

/** A block line's text from its first non-blank character to its end. */
export function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}
