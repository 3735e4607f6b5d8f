import type { MarkdownIt } from 'markdown-it';
import { HTML_OPEN_CLOSE_TAG_RE } from 'markdown-it/lib/common/html_re.mjs';

// A line holding only an open or close tag (an HTML block of the 7th kind) cannot interrupt a
// paragraph; but on a lazy line (one outdented from its list item, or without the `>` of its
// quote) cmark tries block starts against the container the line is in, not the paragraph, so the
// tag ends the list or quote and starts an HTML block: `1. C\n<r>` is a list, then `<r>`.
const TAG_LINE = new RegExp(`^(?:${HTML_OPEN_CLOSE_TAG_RE.source})\\s*$`);

export function lazyHtml(md: MarkdownIt): void {
  md.block.ruler.before(
    'html_block',
    'cmark_lazy_html',
    (state, startLine, _endLine, silent) => {
      const lazy = state.parentType === 'blockquote' || state.sCount[startLine]! < state.blkIndent;
      if (!silent || !lazy || state.sCount[startLine]! < 0) return false;
      const line = state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[startLine]);
      return TAG_LINE.test(line);
    },
    { alt: ['paragraph', 'blockquote'] },
  );
}
