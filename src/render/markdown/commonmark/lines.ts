import type { MarkdownIt } from 'markdown-it';

// cmark adds each line of a paragraph to it from its first non-blank character: the blanks that
// start a continuation line are in no code span, raw HTML or link of it.
export function trimmedLines(md: MarkdownIt): void {
  md.core.ruler.after('block', 'cmark_trimmed_lines', (state) => {
    for (const token of state.tokens)
      if (token.type === 'inline' && token.content.includes('\n'))
        token.content = token.content.replace(/\n[ \t]+/g, '\n');
  });
}
