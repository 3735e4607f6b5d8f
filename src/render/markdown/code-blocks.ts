import type { MarkdownIt } from 'markdown-it';
import { highlight } from './highlight/highlight.js';

/** The language named in a fence's info string (`java`, `{.java}`, `java title=x`). */
export function fenceLanguage(info: string): string {
  return info
    .trim()
    .split(/\s+/)[0]!
    .replace(/^\{\.?|\}$/g, '');
}

/** Renders fenced and indented code the way Jekyll's kramdown does: `<div class="highlight"><pre><code class="language-x">`. */
export function codeBlocks(md: MarkdownIt): void {
  const codeBlockHtml = (code: string, lang: string) => {
    const cls = lang ? ` class="language-${md.utils.escapeHtml(lang)}"` : '';
    return `<div class="highlight"><pre><code${cls}>${highlight(code, lang)}</code></pre></div>\n`;
  };
  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx]!;
    return codeBlockHtml(token.content, fenceLanguage(token.info));
  };
  md.renderer.rules.code_block = (tokens, idx) => codeBlockHtml(tokens[idx]!.content, '');
}
