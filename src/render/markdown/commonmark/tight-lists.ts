import type { MarkdownIt, Token } from 'markdown-it';

// cmark 0.29 never marks a thematic break as ending with a blank line, so a blank line right
// after one does not make its list loose (`- ***\n\n  text` is a tight item): a list markdown-it
// made loose only by such blank lines is tight again.

export function tightLists(md: MarkdownIt): void {
  md.core.ruler.after('block', 'cmark_tight_lists', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const list = tokens[i]!;
      if (list.type !== 'bullet_list_open' && list.type !== 'ordered_list_open') continue;
      const end = closing(tokens, i);
      const paragraphs = tokens
        .slice(i, end)
        .filter((t) => t.level === list.level + 2 && t.type.startsWith('paragraph_'));
      if (paragraphs.every((p) => p.hidden) || !onlyAfterBreaks(tokens, i, end, list.level)) continue;
      for (const p of paragraphs) p.hidden = true;
    }
  });
}

/** The index of the token that closes the one opened at `at`. */
function closing(tokens: Token[], at: number): number {
  let depth = 0;
  for (let i = at; i < tokens.length; i++) {
    depth += tokens[i]!.nesting;
    if (depth === 0) return i;
  }
  return tokens.length - 1;
}

/** Whether the list has blank lines between its blocks, and each comes right after a thematic break. */
function onlyAfterBreaks(tokens: Token[], start: number, end: number, level: number): boolean {
  // The blocks of each item, in order, then the next item's start.
  const blocks: Token[] = [];
  for (let i = start + 1; i < end; i++) {
    const t = tokens[i]!;
    if ((t.level === level + 2 && t.nesting >= 0) || (t.level === level + 1 && t.type === 'list_item_open'))
      if (t.map) blocks.push(t);
  }
  let gaps = 0;
  for (let k = 0; k + 1 < blocks.length; k++) {
    const [before, after] = [blocks[k]!, blocks[k + 1]!];
    if (before.type === 'list_item_open' || before.map![1] >= after.map![0]) continue;
    if (before.type !== 'hr') return false;
    gaps++;
  }
  return gaps > 0;
}
