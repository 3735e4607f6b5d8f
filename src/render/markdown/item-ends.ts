import type { StateBlock, Token } from 'markdown-it';
import { isBlockIal } from './ial-lines.js';
import { type BodyLine, isDefinition } from './item-body.js';
import { isBlankText, lineText } from './line-text.js';
import type { EobMeta } from './types.js';

// How a list item's or a definition's text ends, where kramdown ends it with an element that
// writes nothing (its end-of-block element): the blank lines before it then stay in the item.

// An ALD or `^` on a line of its own.
const EOB_LINE = /^(?:\{:\w[\w-]*:(?:\\\}|[^}])+\}|\^)[ \t\v\f\r]*$/;

/**
 * Whether an item's text (lines `from`…`to`, `firstText` the first line's) ends with link or
 * abbreviation definitions (block IALs and blank lines among them): the last run of them on
 * consecutive lines must start after a blank line or a block IAL, or first in the item, since a
 * definition right after a paragraph's line is its text (and so are those right below it).
 */
function endsWithDefinitions(state: StateBlock, from: number, to: number, firstText: string): boolean {
  const text = (line: number) => (line === from ? firstText : lineText(state, line));
  let line = to - 1;
  while (line > from && (state.isEmpty(line) || isBlockIal(text(line)))) line--;
  if (!isDefinition(text(line))) return false;
  while (line > from && isDefinition(text(line - 1))) line--;
  // (First in the item: on its first line, or right below a first line empty but for an IAL.)
  if (line === from || (line === from + 1 && isBlankText(firstText))) return true;
  return state.isEmpty(line - 1) || isBlockIal(text(line - 1));
}

/**
 * Whether an item's text (lines `from`…`to`, `kinds` as its lines were taken, `firstText` its
 * first line's after the marker) ends with an ALD, `^` or link or abbreviation definitions.
 */
export function textEndsWithEob(
  state: StateBlock,
  from: number,
  to: number,
  kinds: readonly BodyLine[],
  indentation: number,
  firstText: string,
): boolean {
  const lastText = to > from + 1 ? lineText(state, to - 1) : firstText;
  // (`^` only at the start of the item's line, an ALD up to 3 columns in: ` ^` is text.)
  const lastColumn = to > from + 1 ? state.sCount[to - 1]! - state.blkIndent - indentation : 0;
  const eobLine =
    kinds[to - 1 - from] !== 'lazy' &&
    EOB_LINE.test(lastText) &&
    (lastColumn === 0 || (lastColumn < 4 && lastText[0] !== '^'));
  return eobLine || endsWithDefinitions(state, from, to, firstText);
}

/**
 * Whether the last block parsed ends at `end` and writes nothing where it stands: `{::options /}`
 * or a footnote definition (its text goes to the footnotes).
 */
export function endsWithNothing(tokens: Token[], end: number): boolean {
  const last = tokens[tokens.length - 1];
  if (last?.type === 'kramdown_eob')
    return (last.meta as EobMeta | null)?.extension === true && (last.meta as EobMeta).end === end;
  if (last?.type !== 'footnote_reference_close') return false;
  for (let i = tokens.length - 2; i >= 0; i--)
    if (tokens[i]!.type === 'footnote_reference_open' && tokens[i]!.level === last.level)
      return tokens[i]!.map?.[1] === end;
  return false;
}
