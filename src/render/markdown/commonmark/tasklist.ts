import type { MarkdownIt } from 'markdown-it';

// cmark-gfm's tasklist extension reads the item's whole first line: a list marker at its start
// (so not in a quote, nor an item after another marker), then `[ ]`, `[x]` or `[X]` and a blank.
// It is checked when `[x]` or `[X]` stands anywhere on that line.
const TASK_LINE = /^[ \t\v\f\r]*(?:[-+*]|[0-9]+[.)])[ \t\v\f\r]+\[[ xX]\][ \t\v\f\r]+\S/;

/** Marks a task item's `list_item_open` (`meta.task`: `open` or `checked`), its marker taken from its text. */
export function tasklist(md: MarkdownIt): void {
  md.core.ruler.after('block', 'gfm_tasklist', (state) => {
    const lines = state.src.split('\n');
    const tokens = state.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const item = tokens[i]!;
      const inline = tokens[i + 2]!;
      if (item.type !== 'list_item_open' || tokens[i + 1]!.type !== 'paragraph_open' || !item.map) continue;
      const line = lines[item.map[0]]!;
      if (inline.map?.[0] !== item.map[0] || !TASK_LINE.test(line)) continue;
      inline.content = inline.content.replace(/^\[[ xX]\][ \t\v\f\r]*/, '');
      item.meta = { task: /\[[xX]\]/.test(line) ? 'checked' : 'open' };
    }
  });
}
