import type { MarkdownIt } from 'markdown-it';

const TEXT_SPECIAL = /[&<>]/;

/** Text as kramdown writes it: only `&`, `<` and `>` escaped (quotes stay quotes, unlike in attributes). */
export function escapeText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text;
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

const ATTRIBUTE_SPECIAL = /&(?:[\w:][-\w.:]*;|#\d+;|#x[0-9a-fA-F]+;)|[<>&"]/g;
const ATTRIBUTE_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

/** An attribute value as kramdown writes HTML it parsed: `&` kept where it starts a character reference. */
export function escapeAttribute(value: string): string {
  return value.replace(ATTRIBUTE_SPECIAL, (m) => ATTRIBUTE_ESCAPES[m] ?? m);
}

/**
 * kramdown's escaping of text and code spans (markdown-it's also turns `"` into `&quot;`), and of
 * attributes (a character reference kept, as a link's URL or title gives it).
 */
export function kramdownEscaping(md: MarkdownIt): void {
  md.renderer.renderAttrs = (token) => {
    let out = '';
    for (const [k, v] of token.attrs ?? []) out += ` ${escapeAttribute(k)}="${escapeAttribute(v)}"`;
    return out;
  };
  md.renderer.rules.text = (tokens, idx) => escapeText(tokens[idx]!.content);
  md.renderer.rules.code_inline = (tokens, idx, _options, _env, self) => {
    const token = tokens[idx]!;
    return `<code${self.renderAttrs(token)}>${escapeText(token.content)}</code>`;
  };
}
