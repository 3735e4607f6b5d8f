import type { MarkdownIt } from 'markdown-it';
import { rubyStrip } from '../../shared/ruby-text.js';
import { escapeText } from './escaping.js';
import { fancyName, type LexerOptions } from './highlight/fancy.js';
import { highlight } from './highlight/highlight.js';
import { rougeGuess } from './highlight/rouge-guess.js';
import { ROUGE_LANGUAGES as LEXERS } from './highlight/rouge-languages.js';
import { NON_SPACE, WORD_CHARS } from './highlight/ruby-regex.js';
import { ROUGE_LANGUAGES } from './rouge-languages.js';
import { JEKYLL_ROUGE, rougeFormat } from './rouge-table.js';
import { type MarkdownOptions, optionsFor, type RougeCodeOptions } from './types.js';

/** The language named in a fence's info string: its first word as it is (`java title=x`; `{.java}` is `{.java}` to kramdown). */
function fenceLanguage(info: string): string {
  // (Ruby's white space: a no-break space is part of the word.)
  return rubyStrip(info).split(/[ \t\n\v\f\r]+/)[0]!;
}

// A fence's word as kramdown 2's GFM parser splits it: the language its class names runs to the
// first `?` after its first character, and Rouge is given the whole word, its options after the
// `?` (`php?start_inline=1` is class `language-php`; `?x` names `?x`). kramdown 1 names the whole
// word in the class, and its plain markup writes the language up to the first `?`.
const FENCE_WORD = new RegExp(`^(${NON_SPACE}+?)(?:\\?${NON_SPACE}*)?$`, 'u');

// The code's language in its class, as kramdown finds it: the first `language-…` after a word
// boundary (Ruby's: Unicode word characters), so `x-language-c` names `c` too; the name runs to an
// ASCII white space.
const CODE_CLASS_LANGUAGE = new RegExp(`(?<![${WORD_CHARS}])language-(${NON_SPACE}+)`, 'u');
// The class kramdown gives a highlighted block: its first token if that is a `language-…`, else none.
const LEADING_LANGUAGE = new RegExp(`^language-${NON_SPACE}+`, 'u');

/**
 * A code block's language from its class, as kramdown reads it: a fence's language is the block's
 * first class (`language-java`, before its IAL's), and the first `language-…` in the class names
 * the code's language; the attributes come back without that class (kramdown moves it to the code),
 * and without the class attribute when nothing is left of it.
 */
function classLanguage(attrs: Array<[string, string]>): { lang: string; attrs: Array<[string, string]> } {
  const cls = attrs.find(([k]) => k === 'class')?.[1];
  const m = cls === undefined ? null : CODE_CLASS_LANGUAGE.exec(cls);
  if (!m) return { lang: '', attrs };
  const rest = rubyStrip(cls!.slice(0, m.index) + cls!.slice(m.index + m[0].length));
  return {
    lang: m[1]!,
    attrs: attrs.flatMap(([k, v]): Array<[string, string]> => (k !== 'class' ? [[k, v]] : rest ? [[k, rest]] : [])),
  };
}

/** A fenced block's attributes as kramdown's parser leaves them: its language's class first, the IAL's classes after it. */
function withFenceClass(lang: string, attrs: Array<[string, string]>): Array<[string, string]> {
  const own = attrs.find(([k]) => k === 'class')?.[1];
  return [
    ['class', own === undefined ? `language-${lang}` : `language-${lang} ${own}`],
    ...attrs.filter(([k]) => k !== 'class'),
  ];
}

/**
 * The class of a block Rouge coloured, as kramdown makes it: Jekyll's `highlighter-rouge` after the
 * block's classes, and the language's class in place of a `language-…` that leads them, else first
 * (none without a language).
 */
function rougeClass(cls: string, lang: string | null): string {
  const classes = `${cls} highlighter-rouge`.replace(/^[\0\t\n\v\f\r ]+/, '');
  if (lang === null) return classes;
  const leading = LEADING_LANGUAGE.exec(classes);
  return leading ? `language-${lang}${classes.slice(leading[0].length)}` : `language-${lang} ${classes}`;
}

/**
 * The language Rouge colours code in for kramdown, given the code's language or else the
 * `default_lang` (`name`): Rouge's name, its guess from the code for `guess` and for none (a
 * `default_lang: null`: Rouge's `find_fancy` guesses then, if `guess_lang` lets it get there);
 * undefined, kramdown's plain markup, for a name Rouge does not know, for plain text unless
 * `guess_lang` is on, and when highlighting is `disable`d.
 */
function rougeLexer(
  asked: string | null,
  code: string,
  options: RougeCodeOptions,
): { name: string; options: LexerOptions } | undefined {
  if (options.disable || (asked === null && !options.guessLang)) return undefined;
  // A name may carry the lexer's options (fancy.ts: `php?start_inline=1`).
  const { name, options: lexerOptions } = asked === null ? { name: null, options: {} } : fancyName(asked);
  const found = name === null || name === 'guess' ? (rougeGuess(code) ?? 'plaintext') : name;
  if (!ROUGE_LANGUAGES.has(found)) return undefined;
  if (LEXERS.get(found.toLowerCase())?.tag === 'plaintext' && !options.guessLang) return undefined;
  return { name: found, options: lexerOptions };
}

/**
 * Code blocks and inline code in the markup of the site's Jekyll (`codeMarkup`):
 * - `rouge` (Jekyll 4): `<div class="language-LANG highlighter-rouge"><div class="highlight"><pre class="highlight"><code>`,
 *   `plaintext` without a language; a language Rouge does not know is kramdown's plain markup;
 *   inline code `<code class="language-plaintext highlighter-rouge">`; `syntax_highlighter_opts`
 *   change these (rouge-table.ts);
 * - `pygments` (Jekyll 2/3 with a Pygments plugin): `<div class="highlight"><pre><code class="language-LANG">`;
 * - `kramdown` (kramdown without a highlighter): `<pre><code class="language-LANG">`, not coloured.
 */
export function codeBlocks(md: MarkdownIt, options: MarkdownOptions): void {
  const escapeHtml = md.utils.escapeHtml;
  // (A document's `{::options}` may set its own.)
  const rouge = (env: unknown) => optionsFor(options, env).rouge ?? JEKYLL_ROUGE;
  // A block IAL's attributes (`{: .x #id}`), in their order, `class` where it stands.
  const attrsHtml = (attrs: Array<[string, string]>) =>
    attrs.map(([k, v]) => ` ${escapeHtml(k)}="${escapeHtml(v)}"`).join('');
  const withClass = (attrs: Array<[string, string]>, wrap: (cls: string) => string): Array<[string, string]> => {
    const cls = attrs.find(([k]) => k === 'class');
    if (!cls) return [...attrs, ['class', wrap('')]];
    return attrs.map(([k, v]) => [k, k === 'class' ? wrap(v) : v]);
  };
  // kramdown ends the code with one line break (an empty block is one empty line); kramdown 1
  // writes the language up to a `?` (a fence's Rouge options).
  const plainLanguage = (lang: string) => (options.compat === 1 ? lang.replace(/\?[\s\S]*$/, '') : lang);
  const plain = (code: string, lang: string, attrs: Array<[string, string]>) =>
    `<pre${attrsHtml(attrs)}><code${lang ? ` class="language-${escapeHtml(plainLanguage(lang))}"` : ''}>${escapeText(code.endsWith('\n') ? code : `${code}\n`)}</code></pre>\n`;
  const codeMarkups = {
    // `asked`: what Rouge is given, a fence's whole word (with its options), else the class's language.
    rouge: (code: string, lang: string, attrs: Array<[string, string]>, env: unknown, asked = lang) => {
      const { block } = rouge(env);
      const name = lang || block.defaultLang;
      const lexer = rougeLexer(asked || block.defaultLang, code, block);
      if (lexer === undefined) return plain(code, lang, attrs);
      const div = withClass(attrs, (cls) => rougeClass(cls, name));
      return `<div${attrsHtml(div)}>${rougeFormat(code, highlight(code, lexer.name, 'rouge', lexer.options), block)}</div>\n`;
    },
    pygments: (code: string, lang: string) => {
      const cls = lang ? ` class="language-${escapeHtml(lang)}"` : '';
      return `<div class="highlight"><pre><code${cls}>${highlight(code, lang)}</code></pre></div>\n`;
    },
    kramdown: plain,
  };
  // kramdown 2 reads a document's `{::options syntax_highlighter="…" /}` (Jekyll 4's markups only).
  const documentMarkup = options.compat === 2 && options.codeMarkup !== 'pygments';
  const markupFor = (env: unknown) => (documentMarkup ? optionsFor(options, env).codeMarkup : options.codeMarkup);
  const codeBlockHtml = (code: string, lang: string, attrs: Array<[string, string]>, env: unknown, asked = lang) =>
    codeMarkups[markupFor(env)](code, lang, attrs, env, asked);
  md.renderer.rules.fence = (tokens, idx, _opts, env) => {
    const token = tokens[idx]!;
    const word = fenceLanguage(token.info);
    const lang = options.compat === 1 ? word : (FENCE_WORD.exec(word)?.[1] ?? word);
    const attrs = token.attrs ?? [];
    // With a language, the first `language-…` is the fence's: the IAL's stay classes.
    const own = classLanguage(lang ? withFenceClass(lang, attrs) : attrs);
    return codeBlockHtml(token.content, lang || own.lang, own.attrs, env, word || own.lang);
  };
  md.renderer.rules.code_block = (tokens, idx, _opts, env) => {
    const own = classLanguage(tokens[idx]!.attrs ?? []);
    return codeBlockHtml(tokens[idx]!.content, own.lang, own.attrs, env);
  };
  if (options.codeMarkup === 'rouge' || documentMarkup) {
    const inline = md.renderer.rules.code_inline!; // kramdown's escaping (escaping.ts)
    md.renderer.rules.code_inline = (tokens, idx, opts, env, self) => {
      if (markupFor(env) !== 'rouge') return inline(tokens, idx, opts, env, self);
      // A header's tokens render twice (its TOC entry, the page): the class is set on a copy.
      // The class as a highlighted block's (rougeClass), the IAL's language class kept.
      const token = tokens[idx]!;
      const attrs = token.attrs;
      const own = token.attrGet('class');
      // An IAL naming a language (`{:.language-ruby}`): the code in Rouge's colours, a language
      // Rouge does not know as kramdown writes it without a highlighter.
      const m = own === null ? null : CODE_CLASS_LANGUAGE.exec(own);
      const { span } = rouge(env);
      const name = m?.[1] ?? span.defaultLang;
      const lexer = rougeLexer(name, token.content, span);
      if (lexer === undefined) return inline(tokens, idx, opts, env, self);
      token.attrs = attrs ? attrs.map(([k, v]) => [k, v]) : null;
      token.attrSet('class', rougeClass(own ?? '', name));
      const code = highlight(token.content, lexer.name, 'rouge', lexer.options);
      const html = `<code${self.renderAttrs(token)}>${rougeFormat(token.content, code, span)}</code>`;
      token.attrs = attrs;
      return html;
    };
  }
}
