import type { MarkdownIt } from 'markdown-it';
import { atBlockBoundary, boundaryLine } from './block-tokens.js';
import { escapeText } from './escaping.js';

/**
 * kramdown's math blocks: at a block boundary, `$$`, the text up to the next `$$` (over several
 * lines, blank ones too), then nothing more on that line and a block boundary after it (a blank
 * line, `^`, a block IAL or the container's end); otherwise the `$$` are inline math in a
 * paragraph (`$$$$$` too). kramdown 1 writes MathJax's `<script type="math/tex; mode=display">`
 * (content with `<` or `&` in a CDATA comment); kramdown 2 writes `\[…\]`, not indented.
 */
export function mathBlocks(md: MarkdownIt, compat: 1 | 2): void {
  // Where kramdown tries it: after block HTML, before tables (`$$a | b$$` is math).
  md.block.ruler.after('kramdown_html_block', 'kramdown_math_block', (state, startLine, endLine, silent) => {
    if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
    const start = state.bMarks[startLine]! + state.tShift[startLine]!;
    if (state.src.charCodeAt(start) !== 0x24 || state.src.charCodeAt(start + 1) !== 0x24) return false;
    if (!atBlockBoundary(state, startLine)) return false;
    let last = startLine;
    const close = state.src.indexOf('$$', start + 2);
    while (close >= 0 && close > state.eMarks[last]!) {
      if (++last >= endLine || close < state.bMarks[last]!) return false;
    }
    if (close < 0) return false;
    if (state.src.slice(close + 2, state.eMarks[last]).trim() !== '') return false;
    if (last + 1 < endLine && !state.isEmpty(last + 1) && !boundaryLine(state, last + 1)) return false;
    if (silent) return true;
    const body = state.getLines(startLine, last + 1, state.sCount[startLine]!, false);
    const token = state.push('math_block', '', 0);
    token.map = [startLine, last + 1];
    token.content = body.slice(2, body.lastIndexOf('$$')).trim();
    token.meta = { unindented: compat === 2 };
    state.line = last + 1;
    return true;
  });
  md.renderer.rules.math_block = (tokens, idx, _options, _env, self) => {
    const math = tokens[idx]!.content;
    // kramdown 2 wraps math with attributes (a block IAL) in a `<div>` that has them.
    if (compat === 2 && tokens[idx]!.attrs?.length)
      return `<div${self.renderAttrs(tokens[idx]!)}>\\[${escapeText(math)}\\]\n</div>\n`;
    if (compat === 2) return `\\[${escapeText(math)}\\]\n`;
    const body = /[<&]/.test(math) ? `% <![CDATA[\n${math} %]]>` : math;
    return `<script type="math/tex; mode=display">${body}</script>\n`;
  };
}
