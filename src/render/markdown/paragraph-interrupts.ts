import type { MarkdownIt } from 'markdown-it';
import { blockRule } from './block-rules.js';
import { firstChar, lineText } from './line-text.js';

/**
 * kramdown 1 (compat 1): a list, a blockquote, a fenced code block or an ATX header does not
 * interrupt a paragraph (`The cause:` followed directly by `1. first` stays one paragraph); kramdown 2's GFM
 * parser, like markdown-it, lets them. markdown-it asks a rule whether it interrupts a block
 * by calling it in silent mode, so each rule is wrapped to say no.
 */
export function paragraphInterrupts(md: MarkdownIt, compat: 1 | 2): void {
  // A horizontal rule ends no paragraph (`m` then `***` is one paragraph), but in kramdown 2 a
  // rule that also starts a list item does (`* * *`, `- - -`): that ends a paragraph there.
  const hr = blockRule(md, 'hr')!;
  const hrFn = hr.fn;
  md.block.ruler.at(
    'hr',
    (state, startLine, endLine, silent) => {
      if (silent && state.parentType === 'paragraph') {
        if (compat === 1) return false;
        const c = firstChar(state, startLine);
        if ((c !== 0x2a /* * */ && c !== 0x2d) /* - */ || !/^[*-][ \t]/.test(lineText(state, startLine))) return false;
      }
      return hrFn(state, startLine, endLine, silent);
    },
    { alt: hr.alt },
  );
  if (compat !== 1) return;
  // (Lists decide for themselves: list-items.ts.)
  for (const name of ['blockquote', 'fence', 'heading']) {
    const rule = blockRule(md, name);
    if (!rule) continue;
    const fn = rule.fn;
    md.block.ruler.at(
      name,
      (state, startLine, endLine, silent) => (silent ? false : fn(state, startLine, endLine, silent)),
      { alt: rule.alt },
    );
  }
}
