import type { MarkdownIt, StateInline } from 'markdown-it';

/** markdown-it counts the links it is inside (its types do not say so). */
type WithLinkLevel = StateInline & { linkLevel: number };

/**
 * kramdown allows no link inside a link's text: there a `[` is text, counted only to find the
 * closing `]`, so `[[inner](/i)](/o)` is one link to /o whose text is `[inner](/i)` (CommonMark
 * makes the inner one the link). Footnote references and images stay what they are.
 */
export function nestedLinks(md: MarkdownIt): void {
  // markdown-it finds a link's text by skipping tokens up to the `]`; inside it, a `[` is text too.
  const parseLinkLabel = md.helpers.parseLinkLabel;
  md.helpers.parseLinkLabel = (state, start, disableNested) => {
    (state as WithLinkLevel).linkLevel++;
    try {
      return parseLinkLabel(state, start, disableNested);
    } finally {
      (state as WithLinkLevel).linkLevel--;
    }
  };
  md.inline.ruler.before('link', 'kramdown_no_nested_links', (state, silent) => {
    const { src, pos } = state;
    if ((state as WithLinkLevel).linkLevel === 0 || src.charCodeAt(pos) !== 0x5b || src.charCodeAt(pos + 1) === 0x5e)
      return false;
    if (!silent) state.pending += '[';
    state.pos = pos + 1;
    return true;
  });
}
