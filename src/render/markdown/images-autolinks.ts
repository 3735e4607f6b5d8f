import type { MarkdownIt } from 'markdown-it';
import { escapeAttribute, escapeText } from './escaping.js';

/** kramdown 1's e-mail obfuscation: every byte below 128 (and 128) as a decimal reference. */
function obfuscate(text: string): string {
  let out = '';
  for (const b of Buffer.from(text, 'utf8'))
    out += b > 128 ? String.fromCharCode(b) : `&#${String(b).padStart(3, '0')};`;
  return Buffer.from(out, 'latin1').toString('utf8');
}

/**
 * How kramdown writes what markdown-it parses as images and autolinks: an image's `alt` is its
 * label as written (`![alt *text*](a.png)` keeps the stars), and `<mailto:me@example.org>` shows
 * the address without its scheme. kramdown 1 obfuscates `mailto:` links: the address as character
 * references, in the `href` and in the text when the text is the address.
 */
export function imagesAndAutolinks(md: MarkdownIt, compat: 1 | 2): void {
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
  if (compat === 1) mailtoObfuscation(md);
}

function mailtoObfuscation(md: MarkdownIt): void {
  const linkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const href = token.attrGet('href');
    if (!href?.startsWith('mailto:'))
      return linkOpen ? linkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
    const address = href.slice('mailto:'.length);
    const text = tokens[idx + 1];
    if (text?.type === 'text' && tokens[idx + 2]?.type === 'link_close' && escapeText(text.content) === address) {
      text.type = 'html_inline';
      text.content = obfuscate(address);
    }
    let attrs = '';
    for (const [k, v] of token.attrs ?? [])
      attrs += k === 'href' ? ` href="${obfuscate('mailto')}:${obfuscate(address)}"` : ` ${k}="${escapeAttribute(v)}"`;
    return `<a${attrs}>`;
  };
}
