import type { MarkdownIt } from 'markdown-it';
import { kilnEnv } from './types.js';

// The characters a backslash escapes in kramdown's GFM parser; before any other the backslash is text.
const ESCAPABLE = new Set('\\.*_+`<>()[]{}#!:|"\'$=-~');

/**
 * kramdown's backslash escapes: only its own set of characters (`\&`, `\%`, `\@`, `\/` keep their
 * backslash, unlike CommonMark). A backslash before a line break is a `<br />` in kramdown 2's
 * GFM parser (kramdown 1's is in line-breaks.ts); the site's `hard_wrap` leaves it a backslash.
 */
export function escapedChars(md: MarkdownIt, hardWrap = false): void {
  md.inline.ruler.at('escape', (state, silent) => {
    const { src, pos, posMax } = state;
    if (src.charCodeAt(pos) !== 0x5c || pos + 1 >= posMax) return false;
    const next = src[pos + 1]!;
    if (next === '\n') {
      // (With the site's `hard_wrap`, the line break is one anyway, after the backslash.)
      if (hardWrap) return false;
      // (Ending the text, as an item's text does before another block, only the line break stays.
      // Inside HTML elements and footnotes it is a backslash again: see backslashBreaks.)
      if (!silent) {
        const hard = pos + 2 < posMax;
        state.push(hard ? 'hardbreak' : 'softbreak', 'br', 0).markup = '\\';
        kilnEnv(state.env).backslashBreaks = true;
      }
      state.pos = pos + 2;
      return true;
    }
    if (!ESCAPABLE.has(next)) return false;
    // (`\<<` and `\>>` are kramdown's escaped guillemets, both characters text: `\<<b>` is no tag.)
    const n = (next === '<' || next === '>') && src[pos + 2] === next && pos + 2 < posMax ? 2 : 1;
    if (!silent) {
      const token = state.push('text_special', '', 0);
      token.content = next.repeat(n);
      token.markup = `\\${next.repeat(n)}`;
      token.info = 'escape';
    }
    state.pos = pos + 1 + n;
    return true;
  });
}
