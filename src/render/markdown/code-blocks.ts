import type { MarkdownIt } from 'markdown-it';
import { escapeText } from './escaping.js';
import { highlight } from './highlight/highlight.js';
import { ROUGE_LANGUAGES } from './rouge-languages.js';
import type { MarkdownOptions } from './types.js';

/** The language named in a fence's info string: its first word as it is (`java title=x`; `{.java}` is `{.java}` to kramdown). */
function fenceLanguage(info: string): string {
  return info.trim().split(/\s+/)[0]!;
}

// A language an IAL's class names: kramdown takes the first `language-…` for the code's language.
const CLASS_LANGUAGE = /(?:^|\s)language-(\S+)/;

/**
 * A code block's language from its IAL (`{: .language-ruby}`), when its fence names none, and its
 * attributes without that class (kramdown moves it to the code).
 */
function ialLanguage(attrs: Array<[string, string]>): { lang: string; attrs: Array<[string, string]> } {
  const cls = attrs.find(([k]) => k === 'class')?.[1];
  const m = cls === undefined ? null : CLASS_LANGUAGE.exec(cls);
  if (!m) return { lang: '', attrs };
  const rest = `${cls!.slice(0, m.index)} ${cls!.slice(m.index + m[0].length)}`.trim();
  return {
    lang: m[1]!,
    attrs: attrs.flatMap(([k, v]): Array<[string, string]> => (k !== 'class' ? [[k, v]] : rest ? [[k, rest]] : [])),
  };
}

/**
 * Code blocks and inline code in the markup of the site's Jekyll (`codeMarkup`):
 * - `rouge` (Jekyll 4): `<div class="language-LANG highlighter-rouge"><div class="highlight"><pre class="highlight"><code>`,
 *   `plaintext` without a language; a language Rouge does not know is kramdown's plain markup;
 *   inline code `<code class="language-plaintext highlighter-rouge">`;
 * - `pygments` (Jekyll 2/3 with a Pygments plugin): `<div class="highlight"><pre><code class="language-LANG">`;
 * - `kramdown` (kramdown without a highlighter): `<pre><code class="language-LANG">`, not coloured.
 */
export function codeBlocks(md: MarkdownIt, options: Pick<MarkdownOptions, 'codeMarkup'>): void {
  const escapeHtml = md.utils.escapeHtml;
  // A block IAL's attributes (`{: .x #id}`), in their order, `class` where it stands.
  const attrsHtml = (attrs: Array<[string, string]>) =>
    attrs.map(([k, v]) => ` ${escapeHtml(k)}="${escapeHtml(v)}"`).join('');
  const withClass = (attrs: Array<[string, string]>, wrap: (cls: string) => string): Array<[string, string]> => {
    const cls = attrs.find(([k]) => k === 'class');
    if (!cls) return [...attrs, ['class', wrap('')]];
    return attrs.map(([k, v]) => [k, k === 'class' ? wrap(v) : v]);
  };
  // kramdown ends the code with one line break (an empty block is one empty line).
  const plain = (code: string, lang: string, attrs: Array<[string, string]>) =>
    `<pre${attrsHtml(attrs)}><code${lang ? ` class="language-${escapeHtml(lang)}"` : ''}>${escapeText(code.endsWith('\n') ? code : `${code}\n`)}</code></pre>\n`;
  const codeBlockHtml = {
    rouge: (code: string, lang: string, attrs: Array<[string, string]>) => {
      if (lang && !ROUGE_LANGUAGES.has(lang)) return plain(code, lang, attrs);
      const name = lang || 'plaintext';
      const div = withClass(attrs, (cls) => `language-${name} ${cls ? `${cls} ` : ''}highlighter-rouge`);
      return `<div${attrsHtml(div)}><div class="highlight"><pre class="highlight"><code>${highlight(code, lang, 'rouge')}</code></pre></div></div>\n`;
    },
    pygments: (code: string, lang: string) => {
      const cls = lang ? ` class="language-${escapeHtml(lang)}"` : '';
      return `<div class="highlight"><pre><code${cls}>${highlight(code, lang)}</code></pre></div>\n`;
    },
    kramdown: plain,
  }[options.codeMarkup];
  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx]!;
    const lang = fenceLanguage(token.info);
    if (lang) return codeBlockHtml(token.content, lang, token.attrs ?? []);
    const own = ialLanguage(token.attrs ?? []);
    return codeBlockHtml(token.content, own.lang, own.attrs);
  };
  md.renderer.rules.code_block = (tokens, idx) => {
    const own = ialLanguage(tokens[idx]!.attrs ?? []);
    return codeBlockHtml(tokens[idx]!.content, own.lang, own.attrs);
  };
  if (options.codeMarkup === 'rouge') {
    const inline = md.renderer.rules.code_inline!; // kramdown's escaping (escaping.ts)
    md.renderer.rules.code_inline = (tokens, idx, opts, env, self) => {
      // A header's tokens render twice (its TOC entry, the page): the class is set on a copy.
      // An IAL's classes go between the language and Jekyll's `highlighter-rouge`.
      const token = tokens[idx]!;
      const attrs = token.attrs;
      const own = token.attrGet('class');
      // An IAL naming a language (`{:.language-ruby}`): the code in Rouge's colours, a language
      // Rouge does not know as kramdown writes it without a highlighter.
      const m = own === null ? null : CLASS_LANGUAGE.exec(own);
      const lang = m?.[1];
      if (lang !== undefined && !ROUGE_LANGUAGES.has(lang)) return inline(tokens, idx, opts, env, self);
      token.attrs = attrs ? attrs.map(([k, v]) => [k, v]) : null;
      // (The class starts with the language, once: kramdown drops it where the class starts with it.)
      const rest = m?.index === 0 ? own!.slice(m[0].length).trim() : own;
      token.attrSet('class', `language-${lang ?? 'plaintext'} ${rest ? `${rest} ` : ''}highlighter-rouge`);
      const html =
        lang === undefined
          ? inline(tokens, idx, opts, env, self)
          : `<code${self.renderAttrs(token)}>${highlight(token.content, lang, 'rouge')}</code>`;
      token.attrs = attrs;
      return html;
    };
  }
}
