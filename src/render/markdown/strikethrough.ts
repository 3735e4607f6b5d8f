import type { MarkdownIt } from 'markdown-it';
import { ownTextStarts } from './code-spans.js';
import { withoutOpenEmphasis } from './emphasis.js';
import { outsideLinks } from './links.js';

/**
 * GFM strikethrough as kramdown reads it: `~~` up to the nearest `~~` with no space or `~`
 * inside either end (kramdown 1 needs two characters between them, kramdown 2 one), the content
 * parsed on its own (links and emphasis inside whatever is open around it, a lone backtick
 * at its start as at a paragraph's); it is `<del>` (markdown-it writes `<s>`).
 */
export function strikethrough(md: MarkdownIt, compat: 1 | 2): void {
  const span = compat === 1 ? /~~[^\s~][\s\S]*?[^\s~]~~/y : /~~(?![\s~])[\s\S]*?[^\s~]~~/y;
  md.inline.ruler.at('strikethrough', (state, silent) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) !== 0x7e || src.charCodeAt(pos + 1) !== 0x7e) return false;
    span.lastIndex = pos;
    const m = span.exec(src);
    if (!m || pos + m[0].length > state.posMax) return false;
    const end = pos + m[0].length;
    if (!silent) {
      state.push('s_open', 'del', 1).markup = '~~';
      const max = state.posMax;
      state.pos = pos + 2;
      state.posMax = end - 2;
      const outer = ownTextStarts.get(state);
      ownTextStarts.set(state, pos + 2);
      withoutOpenEmphasis(state, () => outsideLinks(state, () => state.md.inline.tokenize(state)));
      if (outer === undefined) ownTextStarts.delete(state);
      else ownTextStarts.set(state, outer);
      state.posMax = max;
      state.push('s_close', 'del', -1).markup = '~~';
    }
    state.pos = end;
    return true;
  });
  md.inline.ruler2.disable(['strikethrough', 'balance_pairs']);
}
