import type { MarkdownIt, Token } from 'markdown-it';
import { escapeText } from './escaping.js';
import { withKdmath } from './math-blocks.js';
import { type MarkdownOptions, optionsFor } from './types.js';

const MATH = /\$\$([\s\S]*?)\$\$/y;

/**
 * kramdown's inline math: `$$…$$` anywhere in a paragraph (the nearest `$$` closes it), written
 * as its default MathJax engine does: kramdown 1 `<script type="math/tex">` (content with `<`
 * or `&` in a CDATA comment), kramdown 2 `\(…\)` with the content escaped. With `math_engine`
 * null, `$…$` as it is in a `<span>` (kramdown 2: class `kdmath`).
 */
export function inlineMath(md: MarkdownIt, options: MarkdownOptions): void {
  const compat = options.compat;
  md.inline.ruler.before('entity', 'kramdown_inline_math', (state, silent) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) !== 0x24 || src.charCodeAt(pos + 1) !== 0x24) return false;
    MATH.lastIndex = pos;
    const m = MATH.exec(src);
    if (!m || MATH.lastIndex > state.posMax) return false;
    if (!silent) {
      const token = state.push('kramdown_math_inline', '', 0);
      token.content = m[1]!.replace(/^[ \t\n\v\f\r\0]+|[ \t\n\v\f\r\0]+$/g, '');
      // What typography's look-ahead sees after a quote: `"$$x$$` closes it.
      token.markup = '$$';
    }
    state.pos = MATH.lastIndex;
    return true;
  });
  md.renderer.rules.kramdown_math_inline = (tokens, idx, _options, env, self) => {
    const token = tokens[idx]!;
    const value = token.content;
    if (optionsFor(options, env).mathEngine === null) {
      return `<span${self.renderAttrs(compat === 2 ? (withKdmath(token) as Token) : token)}>$${value}$</span>`;
    }
    // With a span IAL, kramdown 2 writes the source between dollars in a span that has the attributes.
    if (compat === 2 && token.attrs?.length) return `<span${self.renderAttrs(token)}>$${value}$</span>`;
    if (compat === 2) return `\\(${escapeText(value)}\\)`;
    const text = /[<&]/.test(value) ? `% <![CDATA[\n${value} %]]>` : value;
    return `<script type="math/tex">${text.replace(/<\/?script>?/g, '')}</script>`;
  };
}
