import type { MarkdownIt } from 'markdown-it';

/**
 * kramdown's line breaks. A paragraph's lines keep their indentation and a single trailing space
 * or tab (markdown-it drops both); two or more trailing spaces are a `<br />`.
 * Hard line breaks: two backslashes at the end of a line are a `<br />` (besides two
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
  md.inline.ruler.at('newline', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x0a) return false;
    if (!silent) {
      if (state.pending.endsWith('  ')) {
        state.pending = state.pending.replace(/ +$/, '');
        state.push('hardbreak', 'br', 0);
      } else state.push('softbreak', 'br', 0);
    }
    state.pos++;
    return true;
  });
}
