import type { MarkdownIt } from 'markdown-it';

/** `~~gone~~` is `<del>gone</del>` in kramdown's GFM (markdown-it writes `<s>`). */
export function strikethrough(md: MarkdownIt): void {
  md.renderer.rules.s_open = () => '<del>';
  md.renderer.rules.s_close = () => '</del>';
}
