import type { MarkdownIt } from 'markdown-it';

/**
 * kramdown reads a link's destination up to its closing parenthesis, spaces included:
 * `[these fixes](https://example.org/1, https://example.org/2)` is one link with that `href`, and
 * so is `[us](mailto: dev@example.org)`. Destinations without spaces are markdown-it's to parse.
 */
export function linkSpaces(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'kramdown_link_spaces', (state, silent) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) !== 0x5b) return false;
    const labelEnd = state.md.helpers.parseLinkLabel(state, pos, true);
    if (labelEnd < 0 || src.charCodeAt(labelEnd + 1) !== 0x28) return false;
    let depth = 1;
    let close = labelEnd + 2;
    for (; close < state.posMax && depth > 0; close++) {
      const c = src.charCodeAt(close);
      if (c === 0x28) depth++;
      else if (c === 0x29) depth--;
      else if (c === 0x0a) return false;
    }
    if (depth !== 0) return false;
    const inner = src.slice(labelEnd + 2, close - 1);
    const m = /^\s*(.*?)(?:\s+(["'])(.*)\2)?\s*$/.exec(inner);
    const href = m?.[1] ?? '';
    if (!/\s/.test(href) || /^<.*>$/.test(href)) return false;
    if (!silent) {
      const open = state.push('link_open', 'a', 1);
      open.attrs = [['href', href]];
      if (m?.[3] !== undefined) open.attrs.push(['title', m[3]]);
      const oldPos = state.pos,
        oldMax = state.posMax;
      state.pos = pos + 1;
      state.posMax = labelEnd;
      state.md.inline.tokenize(state);
      state.pos = oldPos;
      state.posMax = oldMax;
      state.push('link_close', 'a', -1);
    }
    state.pos = close;
    return true;
  });
}
