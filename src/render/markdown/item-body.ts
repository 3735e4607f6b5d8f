import type { StateBlock } from 'markdown-it';
import { SPAN_ELEMENTS } from './html-syntax.js';
import { AFTER_BLOCK, ALD, blockIalAt, isBlockIal } from './ial-lines.js';
import { keepIndent, keptIndent } from './lazy-lines.js';
import { EOB_MARKER, firstChar, isBlankText, lineText } from './line-text.js';
import { linkDefinition } from './link-definition.js';
import { keepBlanks, keptBlanks, restoreBlanks } from './loose-text.js';
import { BOUNDARY_WORD, XML_NAME } from './ruby-classes.js';

/**
 * How a line of a list item or definition becomes a line of the item's own text, which kramdown
 * parses as a document of its own: the marker line from its text on, a content line without the
 * item's indentation, a lazy line (less indented) with all its indentation, a blank line as it is;
 * `pushed` is a lazy line kramdown 2 indents by the item's indentation and 4 more (one starting a
 * list, in an item that has a nested list already).
 */
export type BodyLine = 'first' | 'content' | 'lazy' | 'pushed' | 'blank';

// A line ending an item's (or a quote's) lazy lines, as kramdown's LAZY_END has it: a block IAL
// or ALD, the end-of-block marker `^`, or a line starting with block HTML (not a span element or `script`).
// (Ruby's `\b` after the name: `<bé>` is no `<b>`.)
const SPAN_TAG = new RegExp(`^(?:${[...SPAN_ELEMENTS, 'script'].join('|')})(?![${BOUNDARY_WORD}])`, 'u');
const HTML_START = new RegExp(`^<(${XML_NAME})`, 'u');
const HTML_STOP = new RegExp(`^<\\/(${XML_NAME})[ \\t\\n\\v\\f\\r]*>`, 'u');

/** Whether a line cannot be a lazy line: see SPAN_TAG above (`eob`: whether `^` counts). */
export function endsLazyLines(state: StateBlock, line: number, eob = true): boolean {
  const c = firstChar(state, line);
  if (c !== 0x5e /* ^ */ && c !== 0x7b /* { */ && c !== 0x3c /* < */) return false;
  const text = lineText(state, line);
  if ((eob && EOB_MARKER.test(text)) || blockIalAt(state, line) !== null) return true;
  const tag = HTML_STOP.exec(text) ?? HTML_START.exec(text);
  return tag !== null && !SPAN_TAG.test(tag[1]!);
}

// An abbreviation or footnote definition's start.
const NOTE_OR_ABBREVIATION = /^(?:\*\[[^\]\n]+\]:|\[\^[^\]\n]+\]:)/;

/**
 * Whether a line is a link, footnote or abbreviation definition's (one right after a paragraph's
 * line is its text): a link's needs its URL on the line (`[x]:` alone is text) and is one
 * kramdown takes (`[#1]: fix 'x' y` is text).
 */
export function isDefinition(text: string): boolean {
  return NOTE_OR_ABBREVIATION.test(text) || linkDefinition(text) !== null;
}

/**
 * Whether an item's text (lines `from`…`to`, `firstText` the first line's) has a link, footnote or
 * abbreviation definition or an ALD before its first block (only blank lines and block IALs
 * before it).
 */
export function startsWithDefinition(state: StateBlock, from: number, to: number, firstText: string): boolean {
  for (let line = from; line < to; line++) {
    const text = line === from ? firstText : lineText(state, line);
    if (isDefinition(text) || ALD.test(text)) return true;
    if (!isBlankText(text) && !isBlockIal(text)) return false;
  }
  return false;
}

// An IAL starting an item's first line, a term or a definition (not an ALD, not an extension):
// the element's own (the blanks after it go too).
export const ITEM_IAL = /^\{:(?!(?:\w[\w-]*)?:|\/)((?:\\\}|[^}])+)\}[ \t\n\v\f\r]*/;

/** Gives the element just closed the attributes of an IAL on its line (attribute-lists.ts applies them). */
export function itemIal(state: StateBlock, line: number, spec: string): void {
  const token = state.push('kramdown_ial', '', 0);
  token.content = spec;
  token.map = [line, line + 1];
  token.meta = AFTER_BLOCK;
}

/** The column (tabs to multiples of 4) after the blanks from `pos`, and where they end. */
export function skipBlanks(state: StateBlock, line: number, pos: number, column: number): [number, number] {
  const max = state.eMarks[line]!;
  for (; pos < max; pos++) {
    const ch = state.src.charCodeAt(pos);
    if (ch === 0x20) column++;
    else if (ch === 0x09) column += 4 - ((column + state.bsCount[line]!) % 4);
    else break;
  }
  return [pos, column];
}

/**
 * The columns of indentation left once kramdown takes `columns` off indentation with a tab in it:
 * the tabs it starts with are four spaces each, then `columns` spaces are taken off (none when
 * there are fewer), and a tab after them goes to the next tab stop of what is left (`-  a`,
 * blank, `   \tb` holds the code `b`; `- a`, `  - b`, blank, `\t- c` nests `c` in `b`).
 */
function leftAfterTabs(src: string, start: number, text: number, columns: number): number {
  let pos = start;
  let spaces = 0;
  for (; src.charCodeAt(pos) === 0x09; pos++) spaces += 4;
  for (; src.charCodeAt(pos) === 0x20; pos++) spaces++;
  let column = spaces >= columns ? spaces - columns : spaces;
  for (; pos < text; pos++) column = src.charCodeAt(pos) === 0x09 ? column + 4 - (column % 4) : column + 1;
  return column;
}

/**
 * Takes `columns` columns of indentation (at most) off the start of `line`. Indentation with a
 * tab is what kramdown makes of it, spaces: the line then starts at its text, the spaces left
 * recorded as kept (see lazy-lines.ts).
 */
function strip(state: StateBlock, line: number, columns: number): void {
  const start = state.bMarks[line]!;
  const text = start + state.tShift[line]!;
  const tabbed = state.src.slice(start, text).includes('\t');
  const left = tabbed ? leftAfterTabs(state.src, start, text, columns) : Math.max(0, state.sCount[line]! - columns);
  if (tabbed) {
    // (What is left may keep a tab, or be one to three spaces then a tab: a line no block of kramdown's takes.)
    let lead = start;
    while (state.src.charCodeAt(lead) === 0x09) lead++;
    keepBlanks(state, line, ' '.repeat(4 * (lead - start)) + state.src.slice(lead, text), columns);
  } else {
    // (White space kept from the container's parse loses this item's indentation too.)
    const blanks = keptBlanks(state)?.get(line);
    if (blanks !== undefined) keepBlanks(state, line, blanks, columns);
  }
  if (tabbed || keptIndent(state, line) !== undefined) {
    state.bMarks[line] = text;
    state.tShift[line] = 0;
    state.sCount[line] = left;
    keepIndent(state, line, left);
    return;
  }
  state.bMarks[line] = Math.min(text, start + columns);
  state.tShift[line] = text - state.bMarks[line]!;
  state.sCount[line] = left;
}

/**
 * Parses lines `from`…`to` (exclusive) of an item as blocks of their own, as kramdown parses an
 * item's text: each line rewritten per `kinds` (indexed from `from`; `first` starts at `firstText`),
 * the item's `indentation` columns taken off its content lines, then everything put back.
 */
export function parseItemBody(
  state: StateBlock,
  from: number,
  to: number,
  kinds: readonly BodyLine[],
  indentation: number,
  firstText: number,
): void {
  const saved: number[][] = [];
  const savedBlanks: Array<string | undefined> = [];
  for (let line = from; line < to; line++) {
    const kept = keptIndent(state, line) ?? -1;
    saved.push([state.bMarks[line]!, state.tShift[line]!, state.sCount[line]!, state.bsCount[line]!, kept]);
    savedBlanks.push(keptBlanks(state)?.get(line));
    const kind = kinds[line - from];
    if (kind === 'first') {
      state.bMarks[line] = firstText;
      state.tShift[line] = 0;
      state.sCount[line] = 0;
    } else if (kind === 'content') strip(state, line, state.blkIndent + indentation);
    else if (kind === 'lazy') strip(state, line, state.blkIndent);
    else if (kind === 'pushed') {
      state.sCount[line] = state.sCount[line]! - state.blkIndent + indentation + 4;
      state.bMarks[line] = state.bMarks[line]! + state.tShift[line]!;
      state.tShift[line] = 0;
      keepIndent(state, line, state.sCount[line]!);
    }
  }
  const { blkIndent, listIndent, lineMax, parentType } = state;
  state.blkIndent = 0;
  state.listIndent = -1;
  state.lineMax = to;
  state.parentType = 'list';
  state.md.block.tokenize(state, from, to);
  state.blkIndent = blkIndent;
  state.listIndent = listIndent;
  state.lineMax = lineMax;
  state.parentType = parentType;
  for (let line = from; line < to; line++) {
    const [bMark, tShift, sCount, bsCount, kept] = saved[line - from]!;
    state.bMarks[line] = bMark!;
    state.tShift[line] = tShift!;
    state.sCount[line] = sCount!;
    state.bsCount[line] = bsCount!;
    keepIndent(state, line, kept! < 0 ? null : kept!);
    restoreBlanks(state, line, savedBlanks[line - from]);
  }
}
