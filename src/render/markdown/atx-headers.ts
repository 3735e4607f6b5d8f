import type { MarkdownIt } from 'markdown-it';
import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs';

/**
 * kramdown's ATX headers have text. `#` alone, or with spaces after, is a paragraph (markdown-it:
 * an empty `<h1>`); so is `# #` in kramdown 1, where the closing hashes leave nothing, while
 * kramdown 2 keeps hashes that are all the text (`## ##` is `<h2>##</h2>`).
 */
export function atxHeaders(md: MarkdownIt, compat: 1 | 2): void {
  const rules = (md.block.ruler as unknown as { __rules__: Array<{ name: string; fn: RuleBlock; alt: string[] }> })
    .__rules__;
  const heading = rules.find((r) => r.name === 'heading')!;
  const original = heading.fn;
  const rule: RuleBlock = (state, startLine, endLine, silent) => {
    if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
    const text = state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[startLine]);
    if (text.charCodeAt(0) !== 0x23 /* # */) return false;
    let level: number;
    let contents: string;
    if (compat === 1) {
      // kramdown 1: up to six hashes and at least one character of text (`###` is an h2 of `#`),
      // closing hashes dropped with or without a space before them.
      const m = /^#{1,6}[ \t]/.test(`${text} `) ? /^(#{1,6})(.+?)[ \t]*#*[ \t]*$/.exec(text) : null;
      if (!m || m[2]!.trim() === '') return false;
      level = m[1]!.length;
      contents = m[2]!.trim();
    } else {
      const m = /^(#{1,6})[ \t]+(.*)$/.exec(text);
      if (!m) return /^#{1,6}[ \t]*$/.test(text) ? false : original(state, startLine, endLine, silent);
      contents = m[2]!.trim();
      if (contents === '') return false;
      if (!/^#+$/.test(contents)) return original(state, startLine, endLine, silent);
      level = m[1]!.length;
    }
    if (silent) return true;
    const markup = '#'.repeat(level);
    const open = state.push('heading_open', `h${level}`, 1);
    open.markup = markup;
    open.map = [startLine, startLine + 1];
    const inline = state.push('inline', '', 0);
    inline.content = contents;
    inline.map = [startLine, startLine + 1];
    inline.children = [];
    state.push('heading_close', `h${level}`, -1).markup = markup;
    state.line = startLine + 1;
    return true;
  };
  md.block.ruler.at('heading', rule, { alt: heading.alt });
}
