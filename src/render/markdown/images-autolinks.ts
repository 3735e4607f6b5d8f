import type { MarkdownIt } from 'markdown-it';
import { escapeAttribute, escapeText } from './escaping.js';

/** kramdown 1's e-mail obfuscation: every byte below 128 (and 128) as a decimal reference. */
function obfuscate(text: string): string {
  let out = '';
  for (const b of Buffer.from(text, 'utf8'))
    out += b > 128 ? String.fromCharCode(b) : `&#${String(b).padStart(3, '0')};`;
  return Buffer.from(out, 'latin1').toString('utf8');
}

// kramdown's autolinks: a URL with one of a few schemes, up to the first `>` on its line, or an
// e-mail address ([[:alnum:]] is Unicode in Ruby). kramdown 2 takes letters, digits, `-`, `_` and
// `.` around the `@`. kramdown 1 wants the domain to end in any character (its pattern's `\.` was
// written in a Ruby string, where it is `.`) and lower-case letters: `<e@plb>` is a link, `<e@g>`
// text.
const LINK = '(?:mailto|https?|ftps?):[^\\n]+?';
const ALNUM = '\\p{Alphabetic}\\p{Nd}_';
const AUTOLINK = {
  1: new RegExp(`<(${LINK}|[${ALNUM}.-]+@[${ALNUM}-]+(?:[^\\n][${ALNUM}-]+)*[^\\n][a-z]+)>`, 'uy'),
  2: new RegExp(`<(${LINK}|[${ALNUM}.-]+?@[${ALNUM}.-]+?)>`, 'uy'),
};
const SCHEME = /^(?:mailto|https?|ftps?):/;

/**
 * How kramdown writes images and autolinks: an image's `alt` is its label as written
 * (`![alt *text*](a.png)` keeps the stars); an autolink's text is the URL as written, an address
 * without `mailto:`. kramdown 1 obfuscates `mailto:` links: the address as character references,
 * in the `href` and in the text when the text is the address.
 */
export function imagesAndAutolinks(md: MarkdownIt, compat: 1 | 2): void {
  md.renderer.rules.image = (tokens, idx, options, _env, self) =>
    `<img${self.renderAttrs(tokens[idx]!)}${options.xhtmlOut ? ' /' : ''}>`;
  const re = AUTOLINK[compat];
  md.inline.ruler.at('autolink', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x3c) return false;
    re.lastIndex = state.pos;
    const m = re.exec(state.src);
    if (!m || re.lastIndex > state.posMax) return false;
    if (!silent) {
      const url = m[1]!;
      const open = state.push('link_open', 'a', 1);
      open.attrs = [['href', SCHEME.test(url) ? url : `mailto:${url}`]];
      open.markup = 'autolink';
      open.info = 'auto';
      state.push('text', '', 0).content = url.replace(/^mailto:/, '');
      const close = state.push('link_close', 'a', -1);
      close.markup = 'autolink';
      close.info = 'auto';
    }
    state.pos = re.lastIndex;
    return true;
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
