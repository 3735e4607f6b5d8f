import type { MarkdownIt } from 'markdown-it';

/**
 * kramdown's hard line breaks: two backslashes at the end of a line are a `<br />` (besides two
 * spaces). One backslash at the end of a line is a break only for the GFM parser (compat 2);
 * kramdown 1 keeps it as a backslash.
 */
export function lineBreaks(md: MarkdownIt, compat: 1 | 2): void {
  md.inline.ruler.before('escape', 'kramdown_line_breaks', (state, silent) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) !== 0x5c) return false;
    const double = src.charCodeAt(pos + 1) === 0x5c && src.charCodeAt(pos + 2) === 0x0a;
    const single = compat === 1 && src.charCodeAt(pos + 1) === 0x0a;
    if (!double && !single) return false;
    if (!silent) {
      if (double) state.push('hardbreak', 'br', 0);
      else {
        state.pending += '\\';
        state.push('softbreak', 'br', 0);
      }
    }
    let next = pos + (double ? 3 : 2);
    while (next < state.posMax && (src.charCodeAt(next) === 0x20 || src.charCodeAt(next) === 0x09)) next++;
    state.pos = next;
    return true;
  });
}
