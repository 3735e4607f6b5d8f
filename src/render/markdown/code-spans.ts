import type { MarkdownIt, StateInline } from 'markdown-it';
import { kilnEnv } from './types.js';

const SPACE = /[ \t\n\r\f\v]/;

/**
 * Where the text kramdown parses on its own starts inside a paragraph's (a strikethrough's
 * content): a lone backtick there is at the start of its text.
 */
export const ownTextStarts = new WeakMap<StateInline, number>();

/**
 * kramdown's code spans: a run of backticks is closed by the next occurrence of the same run,
 * even inside a longer one (`` `a`` `` is `<code>a</code>` and a backtick); the content keeps its
 * line breaks, and with two or more backticks loses one space at each end. A lone backtick
 * between spaces is text (kramdown 2: also at the start of the paragraph, or of a strikethrough's content).
 */
export function codeSpans(md: MarkdownIt, compat: 1 | 2): void {
  md.inline.ruler.at('backticks', (state, silent) => {
    const { src, pos, posMax } = state;
    if (src.charCodeAt(pos) !== 0x60) return false;
    let n = 1;
    while (src.charCodeAt(pos + n) === 0x60) n++;
    const opener = src.slice(pos, pos + n);
    const before = pos === 0 || ownTextStarts.get(state) === pos ? (compat === 2 ? ' ' : '') : src[pos - 1]!;
    const lone = n === 1 && SPACE.test(before) && SPACE.test(src[pos + 1] ?? '');
    const close = lone ? -1 : src.indexOf(opener, pos + n);
    if (close < 0 || close + n > posMax) {
      if (!silent) state.pending += opener;
      state.pos = pos + n;
      return true;
    }
    if (!silent) {
      const token = state.push('code_inline', 'code', 0);
      token.markup = opener;
      let content = src.slice(pos + n, close);
      const from = pos + n + (n > 1 && content.startsWith(' ') ? 1 : 0);
      if (n > 1) content = content.replace(/^ /, '').replace(/ $/, '');
      token.content = content;
      kilnEnv(state.env).written?.code.set(token, { src, from });
    }
    state.pos = close + n;
    return true;
  });
}
