import type { MarkdownIt, Token } from 'markdown-it';

/** Whether a source line is blank once the markers of the `quotes` quotes holding the list are gone. */
function isBlank(lines: string[], line: number, quotes: number): boolean {
  if (line >= lines.length) return false;
  let text = lines[line]!;
  for (let q = 0; q < quotes; q++) text = text.replace(/^[ \t]*> ?/, '');
  return text.trim() === '';
}

/**
 * kramdown decides `<p>` per list item (parser/kramdown/list.rb): an item's first paragraph is
 * bare unless a blank line follows it inside the item; the last item is bare only if an earlier
 * item was. Ordered lists never get `start=`.
 */
export function kramdownLists(md: MarkdownIt): void {
  md.core.ruler.after('block', 'kramdown_lists', (state) => {
    const tokens = state.tokens;
    let split: string[] | undefined;
    const lines = () => (split ??= state.src.split('\n'));
    let quotes = 0;
    for (let i = 0; i < tokens.length; i++) {
      const list = tokens[i]!;
      if (list.type === 'blockquote_open') quotes++;
      if (list.type === 'blockquote_close') quotes--;
      if (list.type === 'ordered_list_open') list.attrs = (list.attrs ?? []).filter(([name]) => name !== 'start');
      if (list.type !== 'bullet_list_open' && list.type !== 'ordered_list_open') continue;
      const items = listItems(tokens, i);
      const bare: boolean[] = [];
      items.forEach((item, n) => {
        // Only an item's first paragraph can be bare, whatever markdown-it made of the list.
        for (let j = item.start + 2; j < item.end; j++) {
          const t = tokens[j]!;
          if (t.type === 'paragraph_open' && t.level === tokens[item.start]!.level + 1) {
            t.hidden = false;
            tokens[findClose(tokens, j)]!.hidden = false;
          }
        }
        // (An IAL on the item's line is the item's own: see attribute-lists.ts.)
        const ial = tokens[item.start + 1];
        const lead = ial?.type === 'kramdown_ial' && ial.map?.[0] === tokens[item.start]!.map?.[0] ? 1 : 0;
        const first = tokens[item.start + 1 + lead];
        if (first?.type !== 'paragraph_open' || !first.map) {
          bare.push(false);
          return;
        }
        const blankAfter = isBlank(lines(), first.map[1], quotes);
        const onlyParagraph = item.end === item.start + lead + 4; // li_open, p_open, inline, p_close, li_close
        const isLast = n === items.length - 1;
        let isBare = !blankAfter || (isLast && onlyParagraph);
        if (isBare && isLast && items.length > 1)
          isBare = bare.some((b, k) => b || !startsWithParagraph(tokens, items[k]!.start));
        bare.push(isBare);
        const close = findClose(tokens, item.start + 1 + lead);
        first.hidden = isBare;
        tokens[close]!.hidden = isBare;
      });
    }
  });
}

function startsWithParagraph(tokens: Token[], itemStart: number): boolean {
  return tokens[itemStart + 1]?.type === 'paragraph_open';
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
