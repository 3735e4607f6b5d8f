import type { MarkdownIt, Token } from 'markdown-it';

const OPEN = new Set(['bullet_list_open', 'ordered_list_open']);

/** The index of the token closing the block that opens at `open`. */
function closeOf(tokens: Token[], open: number): number {
  let depth = 0;
  for (let j = open; j < tokens.length; j++) {
    depth += tokens[j]!.nesting;
    if (depth === 0) return j;
  }
  return tokens.length - 1;
}

/** The line after the last block of the list's last item (blank lines after it do not count). */
function contentEnd(tokens: Token[], open: number, close: number): number {
  for (let j = close - 1; j > open; j--) {
    const map = tokens[j]!.map;
    if (map && tokens[j]!.type !== 'list_item_open') return map[1];
    if (tokens[j]!.type === 'list_item_open') return map ? map[0] + 1 : 0;
  }
  return tokens[open]!.map?.[1] ?? 0;
}

/**
 * Which lines continue a list, as kramdown reads them (markdown-it, following CommonMark, starts
 * a new list instead):
 * - a bullet list goes on when the marker changes (`*`, then `+`, then `-`), blank lines or not;
 * - a list of the other kind (`1.` after `*` items, or `*` after `1.`) right after an item, with
 *   no blank line between, is nested in that item, however little it is indented
 *   (`2. Second:` then ` * sub`).
 */
export function listContinuation(md: MarkdownIt): void {
  md.core.ruler.after('block', 'kramdown_list_continuation', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!OPEN.has(tokens[i]!.type)) continue;
      let close = closeOf(tokens, i);
      for (;;) {
        const next = tokens[close + 1];
        if (!next || !OPEN.has(next.type) || next.level !== tokens[i]!.level) break;
        const nextClose = closeOf(tokens, close + 1);
        const end = next.map?.[1];
        if (next.type === tokens[i]!.type) {
          if (next.type !== 'bullet_list_open') break;
          // Same kind, another marker: one list.
          tokens.splice(close, 2);
          close = nextClose - 2;
        } else {
          if (next.map?.[0] !== contentEnd(tokens, i, close)) break;
          // The other kind, straight after the last item's text: a list inside that item.
          const moved = tokens.splice(close + 1, nextClose - close);
          for (const t of moved) t.level += 2;
          const itemClose = close - 1;
          tokens.splice(itemClose, 0, ...moved);
          close += moved.length;
          for (let j = itemClose - 1; j > i; j--)
            if (tokens[j]!.type === 'list_item_open' && tokens[j]!.level === tokens[i]!.level + 1) {
              if (tokens[j]!.map && end !== undefined) tokens[j]!.map![1] = end;
              break;
            }
        }
        if (tokens[i]!.map && end !== undefined) tokens[i]!.map![1] = end;
      }
    }
  });
}
