import type { MarkdownIt, StateBlock, Token } from 'markdown-it';
import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs';
import { BLANK_WRITTEN, endsWithCarriedBlank, openOf, placeCarriedBlank } from './block-tokens.js';
import { AFTER_BLANK } from './ial-lines.js';
import {
  type BodyLine,
  endsLazyLines,
  ITEM_IAL,
  isDefinition,
  itemIal,
  parseItemBody,
  skipBlanks,
  startsWithDefinition,
} from './item-body.js';
import { endsWithNothing, textEndsWithEob } from './item-ends.js';
import { EOB_MARKER, firstChar, isBlankText, lineText } from './line-text.js';
import type { ItemMeta } from './list-items.js';

// A definition's marker: `:` then a space, a tab or `|` (kramdown's PATTERN_TAIL), the rest is its text.
const MARKER = /^:(?=[ \t|])/;

/** Where the `:` marker of `line` starts, if it is one at most `most` columns into the container. */
function markerAt(state: StateBlock, line: number, most: number): boolean {
  const rel = state.sCount[line]! - state.blkIndent;
  return rel >= 0 && rel <= most && firstChar(state, line) === 0x3a /* : */ && MARKER.test(lineText(state, line));
}

/** The paragraph right before `line` at this level, and whether one empty line stands between. */
function termParagraph(state: StateBlock, line: number): { open: number; blankBefore: boolean } | null {
  const tokens = state.tokens;
  // Block IALs after that blank line wait for a block and are no element (the definition list
  // does not take them): the lines they stand on do not count.
  let last = tokens.length - 1;
  let at = line;
  while (tokens[last]?.type === 'kramdown_ial' && tokens[last]!.map?.[1] === at) at = tokens[last--]!.map![0];
  if (at !== line && tokens[last + 1]!.meta !== AFTER_BLANK) return null;
  const close = tokens[last];
  const open = last - 2;
  if (close?.type !== 'paragraph_close' || close.level !== state.level || tokens[open]?.type !== 'paragraph_open')
    return null;
  const end = tokens[open]!.map?.[1];
  if (end === line) return { open, blankBefore: false };
  // One blank line between, with nothing on it (kramdown's blank element "\n").
  if (end === at - 1 && state.bMarks[end] === state.eMarks[end]) return { open, blankBefore: true };
  return null;
}

/** Whether a line from `from` to `to` is a definition's (one writing nothing, so no token stands for it). */
function definitionBetween(state: StateBlock, from: number, to: number): boolean {
  for (let line = from; line < to; line++) if (isDefinition(lineText(state, line))) return true;
  return false;
}

/**
 * kramdown's definition lists. A line starting `:` (then a space, tab or `|`) ends a paragraph,
 * and right after a paragraph (or one empty line after it) makes a definition list: each line of
 * the paragraph is a term (`<dt>`), then each `:` line starts a definition, which takes the
 * lines indented to its text, lazy lines and blank lines as a list item does, its text parsed as
 * blocks. A definition's first paragraph is bare unless a blank line comes before its `:` line.
 * Terms and definitions right after a definition list (blank lines between or not) join it.
 */
export function definitionLists(md: MarkdownIt, compat: 1 | 2): void {
  const rule: RuleBlock = (state, startLine, endLine, silent) => {
    if (!markerAt(state, startLine, 3)) return false;
    if (silent) return state.parentType === 'paragraph';
    const term = termParagraph(state, startLine);
    if (!term) return false;
    const tokens = state.tokens;
    const paragraph = tokens.splice(term.open, 3);
    tokens.splice(term.open); // (the IALs waiting after it)
    // Right after a definition list: this one joins it (and block IALs waiting between apply to nothing).
    // (Waiting: IALs on consecutive lines, the first after a blank line.)
    let at = tokens.length - 1;
    const isIal = (t: Token | undefined) => t?.type === 'kramdown_ial' && t.map !== null;
    // (So do IALs right after a list that ends with the blank line `<hr>` leaves.)
    const afterBlank = (run: number, line: number) =>
      state.isEmpty(line - 1) ||
      (tokens[run - 1]?.type === 'dl_close' && openOf(tokens, run - 1)?.info === BLANK_WRITTEN);
    for (let run = at; isIal(tokens[run]); run--) {
      const line = tokens[run]!.map![0];
      if (afterBlank(run, line)) at = run - 1;
      else if (!(isIal(tokens[run - 1]) && tokens[run - 1]!.map![1] === line)) break;
    }
    const before = tokens[at];
    const open =
      before?.type === 'dl_close' && before.level === state.level
        ? [...tokens].reverse().find((t) => t.type === 'dl_open' && t.level === state.level)
        : undefined;
    // A link or abbreviation definition between them is kramdown's end-of-block element: a new list.
    const joins = open !== undefined && !definitionBetween(state, open.map![1], paragraph[0]!.map![0]);
    let dl: Token;
    if (joins) {
      tokens.splice(at);
      state.level++;
      dl = open;
    } else {
      dl = state.push('dl_open', 'dl', 1);
      dl.map = [paragraph[0]!.map![0], startLine];
    }
    for (const [k, text] of paragraph[1]!.content.split('\n').entries()) {
      const termLine = paragraph[0]!.map![0] + k;
      state.push('dt_open', 'dt', 1).map = [termLine, termLine + 1];
      // kramdown 2 gives an IAL starting the term to the `<dt>`.
      const ial = compat === 2 ? ITEM_IAL.exec(text) : null;
      const inline = state.push('inline', '', 0);
      inline.content = ial ? text.slice(ial[0].length) : text;
      inline.map = [termLine, termLine + 1];
      inline.children = [];
      state.push('dt_close', 'dt', -1);
      if (ial) itemIal(state, termLine, ial[1]!);
    }
    let line = startLine;
    let firstAsParagraph = term.blankBefore;
    let most = 3;
    // Whether the last definition with any text ends with a blank line no source line holds.
    let carried = false;
    while (line < endLine && markerAt(state, line, most)) {
      // The definition's text starts after the marker and its blanks; an empty first line (or
      // one holding only an IAL) gives an indentation of 4.
      const markerEnd = state.bMarks[line]! + state.tShift[line]! + 1;
      const [textStart, column] = skipBlanks(state, line, markerEnd, state.sCount[line]! + 1);
      const rest = state.src.slice(textStart, state.eMarks[line]);
      // An IAL starting the definition is the `<dd>`'s.
      const ial = ITEM_IAL.exec(rest);
      const indentation = /^(?:\{:(?![:/])(?:\\\}|[^}])+\}[ \t\v\f\r]*)?$/.test(rest) ? 4 : column - state.blkIndent;
      const kinds: BodyLine[] = ['first'];
      let end = line + 1;
      let lastContent = line + 1;
      let lastBlank = false;
      for (; end < endLine; end++) {
        if (state.isEmpty(end)) {
          kinds.push('blank');
          lastBlank = true;
          continue;
        }
        if (state.sCount[end]! < state.blkIndent || markerAt(state, end, Math.min(3, indentation - 1))) break;
        const text = lineText(state, end);
        const rel = state.sCount[end]! - state.blkIndent;
        if (rel === 0 && EOB_MARKER.test(text)) break; // the end-of-block marker
        if (rel >= indentation) kinds.push('content');
        else if (!lastBlank && !(rel <= Math.min(3, indentation) && endsLazyLines(state, end, false)))
          kinds.push('lazy');
        else break;
        lastBlank = false;
        lastContent = end + 1;
      }
      const dd = state.push('dd_open', 'dd', 1);
      dd.map = [line, lastContent];
      const first = tokens.length;
      // (Its text takes the blank lines after it: an HTML element left open takes them too.)
      const itemText = textStart + (ial?.[0].length ?? 0);
      const firstText = state.src.slice(itemText, state.eMarks[line]);
      // Text ending with kramdown's end-of-block element keeps the blank lines before it (see layout.ts).
      if (textEndsWithEob(state, line, lastContent, kinds, indentation, firstText))
        dd.meta = { endsWithEob: true } satisfies ItemMeta;
      parseItemBody(state, line, end, kinds, indentation, itemText);
      if (endsWithNothing(tokens, lastContent)) dd.meta = { endsWithEob: true } satisfies ItemMeta;
      if (tokens.length > first) carried = kinds[kinds.length - 1] !== 'blank' && endsWithCarriedBlank(tokens, first);
      // Its first paragraph is bare, unless a blank line came before the `:` line (or a
      // definition, an element that writes nothing, before the paragraph).
      const definitionFirst = startsWithDefinition(state, line, lastContent, firstText);
      // (So does an empty `:` line with a blank line after it: the text starts with that blank line.)
      const blankFirst = isBlankText(firstText) && kinds[1] === 'blank';
      if (tokens[first]?.type === 'paragraph_open' && !firstAsParagraph && !definitionFirst && !blankFirst) {
        tokens[first]!.hidden = true;
        tokens[first + 2]!.hidden = true;
        // With anything below it (a block IAL right below it too, which ends the paragraph with an
        // end-of-block element, or a definition ending the text, that element too), the paragraph
        // keeps its line break as text (see lists.ts). IALs after a blank line wait for a block
        // that never comes: they are nothing.
        const waiting = (t: Token) => t.type === 'kramdown_ial' && t.meta === AFTER_BLANK;
        const eob = (dd.meta as ItemMeta | null)?.endsWithEob === true;
        if (eob || tokens.slice(first + 3).some((t) => !waiting(t))) tokens[first + 1]!.content += '\n';
      }
      state.push('dd_close', 'dd', -1);
      if (ial) itemIal(state, line, ial[1]!);
      firstAsParagraph = end > lastContent;
      most = Math.min(3, indentation - 1);
      line = end;
      // Blank lines then a line that is not a `:` marker: the list ends after the definition's text.
      if (firstAsParagraph && !(line < endLine && markerAt(state, line, most))) line = lastContent;
    }
    state.push('dl_close', 'dl', -1);
    dl.map![1] = line;
    // (A list joining this one takes the blank line its part moved after it.)
    dl.meta = null;
    dl.info = '';
    if (carried) placeCarriedBlank(state, dl, line, endLine);
    state.line = line;
    return true;
  };
  md.block.ruler.after('list', 'kramdown_definition_list', rule, { alt: ['paragraph'] });
}
