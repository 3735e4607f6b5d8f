import type { MarkdownIt } from 'markdown-it';

/**
 * kramdown's code spans: the content keeps its line breaks, and loses its spaces only when it
 * has some at both ends (`` `` a `` `` is `<code>a</code>`, `` ` a` `` keeps its space).
 */
export function codeSpans(md: MarkdownIt): void {
  md.inline.ruler.at('backticks', (state, silent) => {
    const { src, pos, posMax } = state;
    if (src.charCodeAt(pos) !== 0x60) return false;
    let n = 1;
    while (src.charCodeAt(pos + n) === 0x60) n++;
    const opener = src.slice(pos, pos + n);
    let close = -1;
    for (let at = src.indexOf('`', pos + n); at >= 0 && at < posMax; at = src.indexOf('`', at)) {
      let m = 1;
      while (src.charCodeAt(at + m) === 0x60) m++;
      if (m === n) {
        close = at;
        break;
      }
      at += m;
    }
    if (close < 0) {
      if (!silent) state.pending += opener;
      state.pos += n;
      return true;
    }
    if (!silent) {
      const token = state.push('code_inline', 'code', 0);
      token.markup = opener;
      const content = src.slice(pos + n, close);
      token.content = content.startsWith(' ') && content.endsWith(' ') ? content.replace(/^ +| +$/g, '') : content;
    }
    state.pos = close + n;
    return true;
  });
}
