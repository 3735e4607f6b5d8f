import type { MarkdownIt, Token } from 'markdown-it';
import { closeOf } from './block-tokens.js';

const OPEN = new Set(['bullet_list_open', 'ordered_list_open']);

/** The line after the last block of the list's last item (blank lines after it do not count). */
function contentEnd(tokens: Token[], open: number, close: number): number {
  for (let j = close - 1; j > open; j--) {
    const map = tokens[j]!.map;
    if (map && tokens[j]!.type !== 'list_item_open') return map[1];
    if (tokens[j]!.type === 'list_item_open') return map ? map[0] + 1 : 0;
  }
  return tokens[open]!.map?.[1] ?? 0;
}

/** The first item (after the first) of the list opening at `open` with a blank line before it. */
function firstAfterBlank(tokens: Token[], open: number, close: number, lines: string[]): number | undefined {
  const level = tokens[open]!.level + 1;
  let first = true;
  for (let j = open + 1; j < close; j++) {
    const t = tokens[j]!;
    if (t.type !== 'list_item_open' || t.level !== level) continue;
    if (!first && t.map && t.map[0] > 0 && (lines[t.map[0] - 1] ?? '').trim() === '') return j;
    first = false;
  }
  return undefined;
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
        const lines = state.src.split('\n');
        if (next.type === tokens[i]!.type) {
          // Same kind (another bullet, or split by a list now nested): one list.
          tokens.splice(close, 2);
          close = nextClose - 2;
        } else {
          if (next.map?.[0] !== contentEnd(tokens, i, close)) break;
          // The other kind, straight after the last item's text: a list inside that item, up to
          // its first item after a blank line, where the outer list ends (that item starts a list).
          const split = firstAfterBlank(tokens, close + 1, nextClose, lines);
          if (split !== undefined) {
            const open = new state.Token(next.type, next.tag, 1);
            open.markup = next.markup;
            open.map = [tokens[split]!.map![0], next.map![1]];
            open.block = true;
            open.level = next.level;
            const end = new state.Token(tokens[nextClose]!.type, next.tag, -1);
            end.markup = next.markup;
            end.block = true;
            end.level = next.level;
            tokens.splice(split, 0, end, open);
            next.map![1] = open.map[0];
          }
          const movedEnd = split !== undefined ? split : nextClose;
          const moved = tokens.splice(close + 1, movedEnd - close);
          for (const t of moved) t.level += 2;
          const itemClose = close - 1;
          tokens.splice(itemClose, 0, ...moved);
          close += moved.length;
          if (split !== undefined) break;
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
