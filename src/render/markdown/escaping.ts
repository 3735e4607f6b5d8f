import type { MarkdownIt } from 'markdown-it';

// kramdown escapes HTML three ways (its escape_html types, checked against both versions):
// code and math escape every `&`; text (Markdown text, an autolink's URL, raw HTML's text, in
// spans and in blocks) keeps an `&` that starts a character reference; attribute values (links,
// images, IALs, HTML tags) keep it too and also escape `"`. A reference is REXML's: `&name;` with
// an ASCII name (`&é;` is escaped, `&check;` kept though HTML has no such entity), `&#N;`, `&#xH;`.
const ALL = /[&<>]/g;
const TEXT = /&(?:[\w:][-\w.:]*;|#\d+;|#x[0-9a-fA-F]+;)|[&<>]/g;
const ATTRIBUTE = /&(?:[\w:][-\w.:]*;|#\d+;|#x[0-9a-fA-F]+;)|[&<>"]/g;
const ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };
const escaped = (m: string) => ESCAPES[m] ?? m;
// (Most text has nothing to escape: three searches for a character find that quicker than a pattern.)
const special = (s: string) => s.includes('&') || s.includes('<') || s.includes('>');

/** Code and math as kramdown writes them: every `&`, `<` and `>` escaped (quotes stay quotes). */
export function escapeText(text: string): string {
  return special(text) ? text.replace(ALL, escaped) : text;
}

/** Text as kramdown writes it: `<`, `>` and `&` escaped, but an `&` that starts a character reference kept. */
export function escapeKeepingReferences(text: string): string {
  return special(text) ? text.replace(TEXT, escaped) : text;
}

/** An attribute value as kramdown writes it: as text, and `"` escaped. */
export function escapeAttribute(value: string): string {
  return special(value) || value.includes('"') ? value.replace(ATTRIBUTE, escaped) : value;
}

/** kramdown's escaping of text, code spans (markdown-it's also turns `"` into `&quot;`) and attributes. */
export function kramdownEscaping(md: MarkdownIt): void {
  md.renderer.renderAttrs = (token) => {
    let out = '';
    for (const [k, v] of token.attrs ?? []) out += ` ${escapeAttribute(k)}="${escapeAttribute(v)}"`;
    return out;
  };
  md.renderer.rules.text = (tokens, idx) => escapeKeepingReferences(tokens[idx]!.content);
  md.renderer.rules.code_inline = (tokens, idx, _options, _env, self) => {
    const token = tokens[idx]!;
    return `<code${self.renderAttrs(token)}>${escapeText(token.content)}</code>`;
  };
}
