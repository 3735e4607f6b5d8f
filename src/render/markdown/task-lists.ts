import type { MarkdownIt, Token } from 'markdown-it';

// What kramdown-parser-gfm puts in place of `[ ]` and `[x]`: raw HTML, which the span parser reads.
const UNCHECKED = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />';
const CHECKED = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />';
// (Ruby's \s: ASCII white space.)
const BOX = /^[ \t\n\v\f\r]*\[([ xX])\][ \t\n\v\f\r]+/;

/**
 * GFM task lists, as kramdown 2's GFM parser makes them (compat 2): an item whose first block is
 * a paragraph starting with `[ ]` or `[x]` and white space (after the item's IAL) gets a disabled
 * checkbox in its place. From the first such item on, every item of the list that starts with a
 * paragraph is a `task-list-item`, and the list is a `task-list`. Runs after the item IALs are read.
 */
export function taskLists(md: MarkdownIt): void {
  md.core.ruler.before('inline', 'gfm_task_lists', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const list = tokens[i]!;
      if (list.type !== 'bullet_list_open' && list.type !== 'ordered_list_open') continue;
      let tasks = false;
      for (let j = i + 1; j < tokens.length; j++) {
        const t = tokens[j]!;
        if (t.level === list.level && t.nesting === -1) break;
        if (t.type !== 'list_item_open' || t.level !== list.level + 1) continue;
        // (An item that starts with another block is left as it is.)
        const inline = firstParagraphText(tokens, j);
        if (!inline) continue;
        const box = BOX.exec(inline.content);
        if (box) {
          inline.content = (box[1] === ' ' ? UNCHECKED : CHECKED) + inline.content.slice(box[0].length);
          tasks = true;
        }
        // (Before the classes of the item's own IAL.)
        const own = t.attrGet('class');
        if (tasks) t.attrSet('class', own ? `task-list-item ${own}` : 'task-list-item');
      }
      if (tasks) list.attrSet('class', 'task-list');
    }
  });
}

/** The inline token of the paragraph an item opening at `item` starts with, if it starts with one. */
function firstParagraphText(tokens: Token[], item: number): Token | undefined {
  return tokens[item + 1]?.type === 'paragraph_open' && tokens[item + 2]?.type === 'inline'
    ? tokens[item + 2]
    : undefined;
}
