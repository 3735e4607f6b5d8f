import type { MarkdownIt } from 'markdown-it';
import { highlight } from './highlight/highlight.js';

/** The language named in a fence's info string (`java`, `{.java}`, `java title=x`). */
export function fenceLanguage(info: string): string {
  return info.trim().split(/\s+/)[0]!.replace(/^\{\.?|\}$/g, '');
}

/** kramdown + Rouge markup for a code block: `<div class="highlight"><pre><code class="language-x">`. */
export function codeBlockHtml(code: string, lang: string): string {
  const cls = lang ? ` class="language-${md_escape(lang)}"` : '';
  return `<div class="highlight"><pre><code${cls}>${highlight(code, lang)}</code></pre></div>\n`;
}

/** Renders fenced and indented code the way Jekyll's kramdown does. */
export function codeBlocks(md: MarkdownIt): void {
  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx]!;
    return codeBlockHtml(token.content, fenceLanguage(token.info));
  };
  md.renderer.rules.code_block = (tokens, idx) => codeBlockHtml(tokens[idx]!.content, '');
}

function md_escape(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
