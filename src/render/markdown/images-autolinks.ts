import type { MarkdownIt } from 'markdown-it';

/**
 * How kramdown writes what markdown-it parses as images and autolinks: an image's `alt` is its
 * label as written (`![alt *text*](a.png)` keeps the stars), and `<mailto:me@example.org>` shows
 * the address without its scheme.
 */
export function imagesAndAutolinks(md: MarkdownIt): void {
  md.renderer.rules.image = (tokens, idx, options, _env, self) => {
    const token = tokens[idx]!;
    token.attrSet('alt', token.content);
    return `<img${self.renderAttrs(token)}${options.xhtmlOut ? ' /' : ''}>`;
  };
  md.core.ruler.push('kramdown_autolinks', (state) => {
    for (const block of state.tokens) {
      const children = block.children;
      if (!children) continue;
      for (let i = 0; i + 1 < children.length; i++) {
        const open = children[i]!,
          text = children[i + 1]!;
        if (open.type === 'link_open' && open.markup === 'autolink' && text.content.startsWith('mailto:'))
          text.content = text.content.slice('mailto:'.length);
      }
    }
  });
}
