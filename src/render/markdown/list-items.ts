import type { MarkdownIt, StateBlock, Token } from 'markdown-it';
import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs';
import { endsWithCarriedBlank, LIST_EOB, placeCarriedBlank } from './block-tokens.js';
import { BLANK_AFTER, isBlockIal } from './ial-lines.js';
import {
  type BodyLine,
  endsLazyLines,
  ITEM_IAL,
  parseItemBody,
  skipBlanks,
  startsWithDefinition,
} from './item-body.js';
import { endsWithNothing, textEndsWithEob } from './item-ends.js';
import { EOB_MARKER, firstChar, lineText } from './line-text.js';
import { looseBlanks } from './loose-text.js';

// kramdown's list markers: `*`, `+`, `-` or digits and `.`, then a space, a tab or `|` (its
// PATTERN_TAIL): `1)` and a marker alone on its line are text.
const BULLET = /^[*+-](?=[ \t|])/;
const ORDERED = /^\d+\.(?=[ \t|])/;
const ANY = /^(?:[*+-]|\d+\.)(?=[ \t|])/;
// A horizontal rule, which ends a list after a blank line.
const RULE = /^([*_-])[ \t]*\1[ \t]*\1(?:\1|[ \t])*$/;
// The first line's text when it is empty or only an IAL: the item's indentation is then 4.
const EMPTY_FIRST = /^(?:\{:(?!(?:\w[\w-]*)?:|\/)(?:\\\}|[^}])+\})?[ \t\v\f\r]*$/;

/**
 * A list item's meta: `endsWithEob` when its text ends with an ALD, `^` or a link, footnote or
 * abbreviation definition, which kramdown makes an element that writes nothing.
 */
export interface ItemMeta {
  endsWithEob: boolean;
  /** Its text starts with such a definition (or an ALD), before its first block: no paragraph is first. */
  startsWithEob?: boolean;
}

/** Whether a code unit may start a list marker: `*`, `+`, `-` or a digit. */
const mayStartMarker = (c: number) => c === 0x2a || c === 0x2b || c === 0x2d || (c >= 0x30 && c <= 0x39);

/** The marker starting `line` (at most `most` columns into its container), if any, of the kind asked for. */
function markerAt(state: StateBlock, line: number, most: number, kind: RegExp): RegExpExecArray | null {
  const rel = state.sCount[line]! - state.blkIndent;
  return rel >= 0 && rel <= most && mayStartMarker(firstChar(state, line)) ? kind.exec(lineText(state, line)) : null;
}

/** Whether a line of the item's text (`rel` columns into the item's container) starts a list there. */
function startsList(state: StateBlock, line: number, rel: number): boolean {
  return rel <= 3 && mayStartMarker(firstChar(state, line)) && ANY.test(lineText(state, line));
}

/**
 * Whether an item's text (lines `from`…`to`) ends with block IALs after a blank line: they wait for
 * a block and are no element, so the item's text ends with that blank line.
 */
function blankBeforeIals(state: StateBlock, from: number, to: number): boolean {
  let line = to - 1;
  while (line > from && isBlockIal(lineText(state, line))) line--;
  return line < to - 1 && state.isEmpty(line);
}

/**
 * Whether the tokens from `from` (an item's blocks) end with a list that leaves a blank line after
 * it (see BLANK_AFTER below): the item's text then ends with that blank line.
 */
function endsWithListBlank(tokens: Token[], from: number): boolean {
  const close = tokens[tokens.length - 1];
  if (!close || tokens.length <= from || !close.type.endsWith('_list_close')) return false;
  for (let i = tokens.length - 2; i >= from; i--)
    if (tokens[i]!.nesting === 1 && tokens[i]!.level === close.level) return tokens[i]!.meta === BLANK_AFTER;
  return false;
}

/**
 * Whether `line` starts with fewer spaces than the item's indentation (or than four) and then a
 * tab: kramdown takes an item's content lines by their characters (`indentation` spaces, or tabs
 * and runs of four spaces first), so ` \tx` is no content line of `* a` although it reaches the
 * column.
 */
function tabTooSoon(state: StateBlock, line: number, indentation: number): boolean {
  const left = looseBlanks(state, line);
  if (left === undefined) return false;
  let spaces = 0;
  while (left.charCodeAt(spaces) === 0x20) spaces++;
  return spaces < Math.min(indentation, 4);
}

/**
 * kramdown's lists, parsed as kramdown does (parser/kramdown/list.rb) rather than as CommonMark:
 * an item's indentation is where its text starts after the marker, however far (`*     e` is the
 * text `e`), or 4 when the marker's line is empty; the item takes the lines indented that much
 * (without that indentation), then lazy lines (any line right after a line of the item, with its
 * own indentation, unless it is a block IAL or block HTML) and blank lines; a marker of the list's
 * kind indented less than the item's text starts the next item (`*`, `+`, `-` all continue a
 * bullet list); after a blank line a horizontal rule or anything else ends the list. The item's
 * text is then parsed as blocks, split before its first nested list (kramdown 1: any line starting
 * one; kramdown 2: an indented one) unless a blank line or a list came first.
 */
export function listItems(md: MarkdownIt, compat: 1 | 2): void {
  const rule: RuleBlock = (state, startLine, endLine, silent) => {
    const bullet = markerAt(state, startLine, 3, BULLET);
    const first = bullet ?? markerAt(state, startLine, 3, ORDERED);
    if (!first) return false;
    // A list ends a paragraph in kramdown 2 (GFM), never in kramdown 1.
    if (silent) return compat === 2;
    const kind = bullet ? BULLET : ORDERED;
    const list = state.push(bullet ? 'bullet_list_open' : 'ordered_list_open', bullet ? 'ul' : 'ol', 1);
    list.markup = first[0].slice(-1);
    list.map = [startLine, startLine];
    let line = startLine;
    let end = startLine;
    let eob: number | undefined;
    // The last item with text, and whether blank lines end it (kramdown moves them after the list).
    let lastWithText:
      | { item: Token; blankAfter: boolean; listBlank: boolean; beforeIals: boolean; carried: boolean }
      | undefined;
    let lastItem: Token | undefined;
    for (let marker: RegExpExecArray | null = first; marker; ) {
      const markerEnd = state.bMarks[line]! + state.tShift[line]! + marker[0].length;
      const markerColumn = state.sCount[line]! + marker[0].length;
      const [textStart, column] = skipBlanks(state, line, markerEnd, markerColumn);
      const text = state.src.slice(textStart, state.eMarks[line]);
      const indentation = EMPTY_FIRST.test(text) ? 4 : column - state.blkIndent;
      // An IAL starting the item's text is the `<li>`'s.
      const ial = ITEM_IAL.exec(text);
      const kinds: BodyLine[] = ['first'];
      let nested = ANY.test(ial ? text.slice(ial[0].length) : text);
      let split: number | undefined;
      let lastBlank = false;
      let next = line + 1;
      let lastContent = line + 1;
      marker = null;
      for (; next < endLine; next++) {
        if (state.isEmpty(next)) {
          kinds.push('blank');
          lastBlank = nested = true;
          continue;
        }
        const rel = state.sCount[next]! - state.blkIndent;
        if (rel < 0) break;
        const text = lineText(state, next);
        if (lastBlank && rel <= 3 && RULE.test(text.trimEnd())) break;
        if (rel === 0 && EOB_MARKER.test(text)) {
          eob = next; // the end-of-block marker, the list's
          break;
        }
        marker = markerAt(state, next, Math.min(3, indentation - 1), kind);
        if (marker) break;
        const content = rel >= indentation && !tabTooSoon(state, next, indentation);
        if (!content && (lastBlank || (rel <= Math.min(3, indentation) && endsLazyLines(state, next, false)))) break;
        // The item's text is parsed in two parts, before and from its first nested list.
        const list = startsList(state, next, content ? rel - indentation : rel);
        if (!nested && (content || compat === 1) && list) {
          split = next;
          nested = true;
        }
        kinds.push(content ? 'content' : compat === 2 && nested && list ? 'pushed' : 'lazy');
        lastBlank = false;
        lastContent = next + 1;
      }
      const item = state.push('list_item_open', 'li', 1);
      lastItem = item;
      item.markup = list.markup;
      item.map = [line, lastContent];
      // (A lazy line keeps its indentation in the item's text: ` ^` there is no end-of-block marker.)
      // (Its text runs to the next item or the list's end, blank lines included.)
      const itemText = textStart + (ial?.[0].length ?? 0);
      const firstText = state.src.slice(itemText, state.eMarks[line]);
      const endsWithEob = textEndsWithEob(state, line, lastContent, kinds, indentation, firstText);
      const startsWithEob = startsWithDefinition(state, line, lastContent, firstText);
      if (endsWithEob || startsWithEob) item.meta = { endsWithEob, startsWithEob } satisfies ItemMeta;
      if (ial) {
        // (First in the item, on its line: attribute-lists.ts gives it to the `<li>`.)
        const token = state.push('kramdown_ial', '', 0);
        token.content = ial[1]!;
        token.map = [line, line + 1];
      }
      const before = state.tokens.length;
      if (split === undefined) parseItemBody(state, line, next, kinds, indentation, itemText);
      else {
        parseItemBody(state, line, split, kinds, indentation, itemText);
        parseItemBody(state, split, next, kinds.slice(split - line), indentation, textStart);
      }
      if (state.tokens.length > before || kinds.length > lastContent - line || item.meta !== null)
        lastWithText = {
          item,
          blankAfter: kinds[kinds.length - 1] === 'blank',
          listBlank: endsWithListBlank(state.tokens, before),
          beforeIals: blankBeforeIals(state, line, lastContent),
          carried: kinds[kinds.length - 1] !== 'blank' && endsWithCarriedBlank(state.tokens, before),
        };
      // (So does text ending with `{::options /}` or a footnote definition of several lines, which
      // kramdown makes that element too: a blank line before it stays in the item.)
      if (!endsWithEob && endsWithNothing(state.tokens, lastContent))
        item.meta = { endsWithEob: true, startsWithEob } satisfies ItemMeta;
      state.push('list_item_close', 'li', -1).markup = list.markup;
      end = lastContent;
      line = next;
      if (!marker) break;
    }
    state.push(bullet ? 'bullet_list_close' : 'ordered_list_close', bullet ? 'ul' : 'ol', -1).markup = list.markup;
    list.map[1] = end;
    state.line = end;
    if (eob !== undefined) {
      // The list takes the `^` ending it, and its last blank lines go with it: nothing is between
      // the list and the next block, and no IAL after it is the list's.
      const token = state.push('kramdown_eob', '', 0);
      token.map = [eob, eob + 1];
      token.meta = LIST_EOB;
      state.line = eob + 1;
    } else if (lastWithText?.carried) placeCarriedBlank(state, list, end, endLine);
    else if (
      lastWithText &&
      ((lastWithText.blankAfter && lastWithText.item !== lastItem) ||
        lastWithText.listBlank ||
        (lastWithText.beforeIals && !lastWithText.blankAfter))
    )
      list.meta = BLANK_AFTER;
    return true;
  };
  md.block.ruler.at('list', rule, { alt: ['paragraph', 'reference', 'blockquote'] });
}
