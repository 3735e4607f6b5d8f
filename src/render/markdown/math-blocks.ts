import type { MarkdownIt, StateBlock } from 'markdown-it';
import { escapeText } from './escaping.js';

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

/**
 * kramdown's math blocks: a block that starts with `$$` and ends with `$$` at the end of a line,
 * followed by a blank line or the end of its container (otherwise it is inline math in a
 * paragraph). kramdown 1 writes MathJax's `<script type="math/tex; mode=display">` (content
 * with `<` or `&` in a CDATA comment); kramdown 2 writes `\[…\]`, not indented.
 */
export function mathBlocks(md: MarkdownIt, compat: 1 | 2): void {
  // Where kramdown tries it: after block HTML, before tables (`$$a | b$$` is math).
  md.block.ruler.after('kramdown_html_block', 'kramdown_math_block', (state, startLine, endLine, silent) => {
    if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
    const first = lineText(state, startLine);
    if (!first.startsWith('$$')) return false;
    let last = startLine;
    for (; last < endLine; last++) {
      if (state.isEmpty(last)) return false;
      const text = lineText(state, last).trimEnd();
      if (text.endsWith('$$') && (last > startLine || text.length >= 4)) break;
    }
    if (last >= endLine) return false;
    if (last + 1 < endLine && !state.isEmpty(last + 1)) return false;
    if (silent) return true;
    const body = state.getLines(startLine, last + 1, state.sCount[startLine]!, false).trim();
    const token = state.push('math_block', '', 0);
    token.map = [startLine, last + 1];
    token.content = body.slice(2, -2).trim();
    token.meta = { unindented: compat === 2 };
    state.line = last + 1;
    return true;
  });
  md.renderer.rules.math_block = (tokens, idx) => {
    const math = tokens[idx]!.content;
    if (compat === 2) return `\\[${escapeText(math)}\\]\n`;
    const body = /[<&]/.test(math) ? `% <![CDATA[\n${math} %]]>` : math;
    return `<script type="math/tex; mode=display">${body}</script>\n`;
  };
}
