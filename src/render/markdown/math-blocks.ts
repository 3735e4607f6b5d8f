import type { MarkdownIt, Token } from 'markdown-it';
import { rubyStrip } from '../../shared/ruby-text.js';
import { atBlockBoundary, boundaryLine } from './block-tokens.js';
import { escapeText } from './escaping.js';
import { ALD, BLOCK_IAL } from './ial-lines.js';
import { itemIal } from './item-body.js';
import { kilnEnv, type MarkdownOptions, optionsFor } from './types.js';

/** kramdown 2's markup for math no engine writes: the element's attributes with class `kdmath` (after any of its own). */
export function withKdmath(token: Token): Pick<Token, 'attrs'> {
  const attrs = (token.attrs ?? []).map(([k, v]): [string, string] => [k, k === 'class' ? `${v} kdmath` : v]);
  if (token.attrIndex('class') < 0) attrs.push(['class', 'kdmath']);
  return { attrs };
}

/**
 * Whether `\$$` at a block boundary is kramdown's escape for a paragraph starting with inline
 * math: the first `$$` after it (at `from`) followed by white space up to a line break. Else the
 * backslash escapes the `$` as anywhere.
 */
function escapedMath(src: string, from: number): boolean {
  const close = src.indexOf('$$', from);
  if (close < 0) return false;
  const after = /^[ \t\v\f\r]*(?:\n|$)/.exec(src.slice(close + 2));
  return after !== null;
}

/**
 * kramdown's math blocks: at a block boundary, `$$`, the text up to the next `$$` (over several
 * lines, blank ones too), then nothing more on that line and a block boundary after it (a blank
 * line, `^`, a block IAL or the container's end); otherwise the `$$` are inline math in a
 * paragraph (`$$$$$` too). kramdown 1 writes MathJax's `<script type="math/tex; mode=display">`
 * (content with `<` or `&` in a CDATA comment); kramdown 2 writes `\[…\]`, not indented. With
 * `math_engine` null, the math as it is between `$$` lines: kramdown 1 in a `<pre>`, kramdown 2
 * in a `<div class="kdmath">`, indented as any block.
 */
export function mathBlocks(md: MarkdownIt, options: MarkdownOptions): void {
  const compat = options.compat;
  // (The engine is the document's last word on it: known once every block and span is read.)
  md.core.ruler.push('kramdown_math_engine', (state) => {
    if (optionsFor(options, state.env).mathEngine !== null) return;
    for (const t of state.tokens) if (t.type === 'math_block') t.meta = { unindented: false };
  });
  // Where kramdown tries it: after block HTML, before tables (`$$a | b$$` is math).
  md.block.ruler.after('kramdown_html_block', 'kramdown_math_block', (state, startLine, endLine, silent) => {
    if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
    const start = state.bMarks[startLine]! + state.tShift[startLine]!;
    if (state.src.startsWith('\\$$', start)) {
      if (!silent && atBlockBoundary(state, startLine) && escapedMath(state.src, start + 3))
        (kilnEnv(state.env).mathEscapes ??= new Set()).add(startLine);
      return false;
    }
    if (state.src.charCodeAt(start) !== 0x24 || state.src.charCodeAt(start + 1) !== 0x24) return false;
    if (!atBlockBoundary(state, startLine)) return false;
    let last = startLine;
    const close = state.src.indexOf('$$', start + 2);
    while (close >= 0 && close > state.eMarks[last]!) {
      if (++last >= endLine || close < state.bMarks[last]!) return false;
    }
    if (close < 0) return false;
    // (Nothing more on the line, but a block IAL, the block's (`$$x$$ {: .c}`), or an ALD.)
    const rest = rubyStrip(state.src.slice(close + 2, state.eMarks[last]));
    const ald = rest === '' ? null : ALD.exec(rest);
    const ial = rest === '' || ald ? null : BLOCK_IAL.exec(rest);
    if (rest !== '' && !ial && !ald) return false;
    if (last + 1 < endLine && !state.isEmpty(last + 1) && !boundaryLine(state, last + 1)) return false;
    if (silent) return true;
    const body = state.getLines(startLine, last + 1, state.sCount[startLine]!, false);
    const token = state.push('math_block', '', 0);
    token.map = [startLine, last + 1];
    token.content = rubyStrip(body.slice(2, body.lastIndexOf('$$')));
    token.meta = { unindented: compat === 2 };
    if (ial) itemIal(state, last, ial[1]!);
    if (ald) {
      const definition = state.push('kramdown_ald', '', 0);
      definition.map = [last, last + 1];
      definition.content = ald[2]!;
      definition.info = ald[1]!;
    }
    state.line = last + 1;
    return true;
  });
  // kramdown's block math pattern drops the backslash of such a paragraph's `\$$`.
  md.core.ruler.after('block', 'kramdown_math_escapes', (state) => {
    const lines = kilnEnv(state.env).mathEscapes;
    if (!lines) return;
    state.tokens.forEach((t, i) => {
      const inline = state.tokens[i + 1];
      if (t.type === 'paragraph_open' && lines.has(t.map![0]) && inline?.content.startsWith('\\$$'))
        inline.content = inline.content.slice(1);
    });
  });
  md.renderer.rules.math_block = (tokens, idx, _options, env, self) => {
    const math = tokens[idx]!.content;
    if (optionsFor(options, env).mathEngine === null) {
      if (compat === 1) return `<pre${self.renderAttrs(tokens[idx]!)}>$$\n${math}\n$$</pre>\n`;
      return `<div${self.renderAttrs(withKdmath(tokens[idx]!) as Token)}>$$\n${math}\n$$</div>\n`;
    }
    // kramdown 2 wraps math with attributes (a block IAL) in a `<div>` that has them.
    if (compat === 2 && tokens[idx]!.attrs?.length)
      return `<div${self.renderAttrs(tokens[idx]!)}>\\[${escapeText(math)}\\]\n</div>\n`;
    if (compat === 2) return `\\[${escapeText(math)}\\]\n`;
    const body = /[<&]/.test(math) ? `% <![CDATA[\n${math} %]]>` : math;
    return `<script type="math/tex; mode=display">${body}</script>\n`;
  };
}
