import type { MarkdownIt, Token } from 'markdown-it';
import { closeOf, LIST_EOB } from './block-tokens.js';
import { isBlankText } from './line-text.js';
import type { ItemMeta } from './list-items.js';
import { sourceLines } from './types.js';

/** Whether a source line is blank once the markers of the `quotes` quotes holding the list are gone. */
function isBlank(lines: string[], line: number, quotes: number): boolean {
  if (line >= lines.length) return false;
  let text = lines[line]!;
  for (let q = 0; q < quotes; q++) text = text.replace(/^[ \t]*> ?/, '');
  return isBlankText(text);
}

/**
 * kramdown decides `<p>` per list item (parser/kramdown/list.rb), from the item's children, where
 * a run of blank lines is one and a block IAL none: an item's first paragraph is bare unless a
 * blank line follows it inside the item; the last item is bare if the paragraph is all it has
 * (blank lines after it or not, unless `^` ended the list), and, in a list of several items,
 * only if an earlier item was or did not start with a paragraph. An item whose first line is
 * empty, then a blank line, starts with a blank. Ordered lists never get `start=`.
 */
export function kramdownLists(md: MarkdownIt): void {
  md.core.ruler.after('block', 'kramdown_lists', (state) => {
    const tokens = state.tokens;
    const lines = () => sourceLines(state);
    let quotes = 0;
    for (let i = 0; i < tokens.length; i++) {
      const list = tokens[i]!;
      if (list.type === 'blockquote_open') quotes++;
      if (list.type === 'blockquote_close') quotes--;
      if (list.type === 'ordered_list_open') list.attrs = (list.attrs ?? []).filter(([name]) => name !== 'start');
      if (list.type !== 'bullet_list_open' && list.type !== 'ordered_list_open') continue;
      const items = listItems(tokens, i);
      const eobFound = tokens[closeOf(tokens, i) + 1]?.meta === LIST_EOB;
      const bare: boolean[] = [];
      const startsWithParagraph: boolean[] = [];
      items.forEach((item, n) => {
        const level = tokens[item.start]!.level + 1;
        // The item's blocks (its children but blank lines); IALs are no element.
        const children: number[] = [];
        for (let j = item.start + 1; j < item.end; j++) {
          const t = tokens[j]!;
          if (t.level !== level || t.nesting === -1 || t.type === 'kramdown_ial' || t.type === 'kramdown_ald') continue;
          // (Nor is a self-closed `{::comment /}`: nothing in kramdown's tree.)
          if ((t.meta as { blankGoesOn?: boolean } | null)?.blankGoesOn) continue;
          children.push(j);
          // Only an item's first paragraph can be bare, whatever the parse made of the list.
          if (t.type === 'paragraph_open') {
            t.hidden = false;
            tokens[findClose(tokens, j)]!.hidden = false;
          }
        }
        const firstIndex = children[0];
        const first = firstIndex === undefined ? undefined : tokens[firstIndex];
        const itemLine = tokens[item.start]!.map?.[0] ?? 0;
        const leadingBlank = first?.map ? blankBetween(lines(), itemLine + 1, first.map[0], quotes) : false;
        // (A definition before it is kramdown's element that writes nothing, and the first.)
        const afterDefinition = (tokens[item.start]!.meta as ItemMeta | null)?.startsWithEob === true;
        const isParagraph = first?.type === 'paragraph_open' && first.map !== null && !leadingBlank && !afterDefinition;
        startsWithParagraph.push(isParagraph);
        if (!isParagraph || firstIndex === undefined) {
          bare.push(false);
          return;
        }
        const close = findClose(tokens, firstIndex);
        // The line after the paragraph and the block IALs right below it.
        let after = first.map![1];
        for (let j = close + 1; tokens[j]?.type === 'kramdown_ial' && tokens[j]!.map?.[0] === after; j++)
          after = tokens[j]!.map![1];
        const blankAfter = isBlank(lines(), after, quotes);
        const isLast = n === items.length - 1;
        // (Text ending with an ALD or a definition ends with kramdown's end-of-block element.)
        const eobChild = (tokens[item.start]!.meta as ItemMeta | null)?.endsWithEob === true;
        const blocks =
          children.length + (eobChild && !children.some((j) => tokens[j]!.type === 'kramdown_eob') ? 1 : 0);
        let isBare = !blankAfter || (isLast && blocks === 1 && !eobFound);
        if (isBare && isLast && items.length > 1) isBare = bare.some((b, k) => b || !startsWithParagraph[k]);
        bare.push(isBare);
        first.hidden = isBare;
        tokens[close]!.hidden = isBare;
        // A bare paragraph with a block below it keeps its line break as text: an HTML element
        // left open takes it (`<span>b` then `</span>` on the next line).
        if (isBare && blocks > 1) tokens[firstIndex + 1]!.content += '\n';
      });
    }
  });
}

function blankBetween(lines: string[], from: number, to: number, quotes: number): boolean {
  for (let line = from; line < to; line++) if (isBlank(lines, line, quotes)) return true;
  return false;
}

/** The [open, close] token indexes of each item of the list opening at `listIndex`. */
function listItems(tokens: Token[], listIndex: number): Array<{ start: number; end: number }> {
  const items: Array<{ start: number; end: number }> = [];
  const level = tokens[listIndex]!.level + 1;
  for (let j = listIndex + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.level < level) break;
    if (t.type === 'list_item_open' && t.level === level) items.push({ start: j, end: j });
    if (t.type === 'list_item_close' && t.level === level) items[items.length - 1]!.end = j;
  }
  return items;
}

function findClose(tokens: Token[], open: number): number {
  const level = tokens[open]!.level;
  for (let j = open + 1; j < tokens.length; j++)
    if (tokens[j]!.type === 'paragraph_close' && tokens[j]!.level === level) return j;
  return open;
}
