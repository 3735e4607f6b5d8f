import type nunjucks from 'nunjucks';
import { rubyStrip } from '../../shared/ruby-text.js';
import type { KeptRenders } from '../kept.js';
import { highlight } from '../markdown/highlight/highlight.js';
import { escapeCode } from '../markdown/highlight/lexer.js';
import { TOC_MARKER } from '../markdown/types.js';
import { escapeHtml } from './filters/standard.js';

/** Per-render state the content tags write into (the HTML that stands in for placeholders). */
export interface RenderState {
  readonly placeholders: string[];
  /** Each placeholder's block as the tag printed it (shieldHighlights finds it by this). */
  blocks?: string[];
  /** The Jekyll whose `{% highlight %}` markup the site expects (`jekyll_version`). */
  readonly jekyllVersion?: 2 | 3 | 4;
  /** The document converts with Markdown (HIGHLIGHT_LINES_KEY). */
  readonly markdown?: boolean;
}

export const RENDER_STATE_KEY = '__kiln';

/**
 * Set (true) among a layout's variables when the document it lays out converts with Markdown: in
 * Jekyll the Markdown converter has `{% highlight %}` put a line break before and after its block,
 * in the document's body, its excerpt and its layouts alike (an HTML document's has none).
 */
export const HIGHLIGHT_LINES_KEY = '__kilnMarkdown';

/** What `{% toc %}` outputs: a marker the Markdown stage replaces. */
export const TOC_OUTPUT = `\n${TOC_MARKER}\n`;

// biome-ignore lint/suspicious/noExplicitAny: Nunjucks types its extension parser API as any
type Parser = any;
// biome-ignore lint/suspicious/noExplicitAny: as above
type Nodes = any;

/** `{% toc %}`: a marker the Markdown stage replaces with the page's table of contents. */
export class TocTag implements nunjucks.Extension {
  tags = ['toc'];
  parse(parser: Parser, nodes: Nodes) {
    const tok = parser.nextToken();
    const args = parser.parseSignature(null, true);
    parser.advanceAfterBlockEnd(tok.value);
    return new nodes.CallExtension(this, 'run', args, []);
  }
  run(): string {
    return TOC_OUTPUT;
  }
}

/**
 * `{% highlight LANG [linenos] %}…{% endhighlight %}` as Jekyll writes it. The HTML waits in a
 * placeholder so that Markdown cannot touch the code.
 */
export class HighlightTag implements nunjucks.Extension {
  tags = ['highlight'];
  constructor(private readonly colour: Highlighter) {}
  parse(parser: Parser, nodes: Nodes) {
    const tok = parser.nextToken();
    // Jekyll's markup is words, not an expression: `ruby`, `c++ linenos` (or a quoted "ruby").
    let markup = '';
    let t = parser.nextToken(true);
    for (; t && t.type !== 'block-end'; t = parser.nextToken(true)) markup += t.value;
    if (t) parser.pushToken(t);
    parser.advanceAfterBlockEnd(tok.value);
    const [lang = '', ...options] = markup.trim().split(/\s+/);
    const literal = (value: unknown) => new nodes.Literal(tok.lineno, tok.colno, value);
    const args = new nodes.NodeList(tok.lineno, tok.colno, [
      literal(lang),
      literal(options.some((o) => /^linenos(?:=|$)/.test(o))),
    ]);
    const body = parser.parseUntilBlocks('endhighlight');
    parser.advanceAfterBlockEnd();
    return new nodes.CallExtension(this, 'run', args, [body]);
  }
  run(context: { ctx: Record<string, unknown> }, lang: string, linenos: boolean, body: () => string): string {
    const state = context.ctx[RENDER_STATE_KEY] as RenderState | undefined;
    return highlightBlock(lang, body(), state, this.colour, {
      linenos,
      lines: state ? state.markdown === true : context.ctx[HIGHLIGHT_LINES_KEY] === true,
    });
  }
}

/** Colours a block of code in a language (highlight.ts), as Rouge or as Pygments does. */
export type Highlighter = ((code: string, lang: string, as: 'rouge' | 'pygments') => string) & {
  /** Writes the code uncoloured (PLAIN_HIGHLIGHTER). */
  readonly plain?: boolean;
};

/**
 * Jekyll 4's `{% highlight %}` under a `highlighter:` that names no highlighter (`none`, `false`):
 * the code escaped as Liquid's `h` escapes it and stripped, with no line numbers.
 */
export const PLAIN_HIGHLIGHTER: Highlighter = Object.assign((code: string) => rubyStrip(escapeHtml(code)), {
  plain: true,
});

/**
 * The highlighter, answering from what earlier builds kept and keeping what it colours (a block
 * is a function of its code, language and highlighter alone).
 */
export function keptHighlighter(kept: KeptRenders | undefined): Highlighter {
  if (!kept) return highlight;
  return (code, lang, as) => kept.textOf('highlight', `${as} ${lang}\n${code}`, () => highlight(code, lang, as));
}

/**
 * A `{% highlight %}` block's HTML, in either template language, printed as it is (filters over a
 * capture of it see it, as Just the Docs' `fix_linenos.html` does) and, in a body that converts
 * with Markdown, recorded in `state` so that shieldHighlights can put a placeholder in its place
 * before Markdown, which then cannot touch the code. Jekyll 3 and 4 colour it with
 * Rouge (`linenos`: Rouge's line-number table); Jekyll 2 with Pygments. `lines`: in a document
 * that converts with Markdown, a line break before and after it (HIGHLIGHT_LINES_KEY), so that
 * Markdown reads it as a block of its own: it ends a paragraph or list before it, and a body that
 * starts with it starts with a blank line.
 */
export function highlightBlock(
  name: string,
  body: string,
  state: RenderState | undefined,
  colour: Highlighter,
  options: { linenos?: boolean; lines?: boolean } = {},
): string {
  const lang = name.toLowerCase();
  const code = body.replace(/^[\r\n]+|[\r\n]+$/g, '');
  const jekyll2 = state?.jekyllVersion === 2;
  let colored = jekyll2 ? colour(`${code}\n`, lang, 'pygments').replace(/\n$/, '') : colour(code, lang, 'rouge');
  if (options.linenos && !jekyll2 && !colour.plain) {
    const lines = code.split('\n').length;
    const numbers = Array.from({ length: lines }, (_, i) => `${i + 1}\n`).join('');
    colored = `<table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">${numbers}</pre></td><td class="code"><pre>${colored}\n</pre></td></tr></tbody></table>`;
  }
  const inner = `<pre><code class="language-${escapeCode(lang.replace(/\+/g, '-'))}" data-lang="${escapeCode(lang)}">${colored}</code></pre>`;
  // Jekyll 2 wrapped highlight blocks in a div; Jekyll 3 and 4 in a figure.
  const element = jekyll2 ? 'div' : 'figure';
  const html = `<${element} class="highlight">${inner}</${element}>`;
  if (state?.markdown === true) {
    // Markdown reads every line break as `\n` (kramdown's `\r\n?`): a CR of the code comes out as one.
    state.placeholders.push(inner.replace(/\r\n?/g, '\n'));
    (state.blocks ??= []).push(html);
  }
  return options.lines ? `\n${html}\n` : html;
}

/**
 * A body's text before Markdown, each highlighted block the tags printed (`state.blocks`) in it
 * replaced by its placeholder: an element of the block's own name around an empty `<pre>`, which
 * Markdown reads as it reads the block and lays out as kramdown lays the block out (with
 * `parse_block_html`, the `<pre>` on a line of its own, indented); fillPlaceholders keeps that. A
 * block a filter changed is no longer found, and goes through Markdown as written, as in Jekyll.
 */
export function shieldHighlights(text: string, state: RenderState): string {
  const blocks = state.blocks;
  if (!blocks) return text;
  blocks.forEach((html, n) => {
    const element = html.startsWith('<div') ? 'div' : 'figure';
    if (text.includes(html)) text = text.split(html).join(`<${element} data-kiln-hl="${n}"><pre></pre></${element}>`);
  });
  return text;
}

/**
 * `{% post_url 2021-07-07-slug %}` and `{% link path/to/file.md %}`: the URL of a post or of any
 * source file, or an error naming what was not found.
 */
export class UrlTag implements nunjucks.Extension {
  tags = ['post_url', 'link'];
  constructor(private readonly resolve: (tag: 'post_url' | 'link', target: string) => string) {}
  parse(parser: Parser, nodes: Nodes) {
    const tok = parser.nextToken();
    const args = parser.parseSignature(null, true);
    parser.advanceAfterBlockEnd(tok.value);
    return new nodes.CallExtension(this, tok.value === 'link' ? 'link' : 'postUrl', args, []);
  }
  postUrl(_context: unknown, target: unknown): string {
    return this.resolve('post_url', String(target));
  }
  link(_context: unknown, target: unknown): string {
    return this.resolve('link', String(target));
  }
}

/**
 * A tag that prints text made from the template's variables (`{% seo %}`, `{% feed_meta %}`). In
 * Liquid it is given its markup as written, unless it reads the markup itself (`liquid`).
 */
export type SimpleTag = ((vars: Readonly<Record<string, unknown>>, args: readonly unknown[]) => string) & {
  readonly liquid?: LiquidTag;
  /** A Liquid block tag instead (`{% NAME %}…{% endNAME %}`): its output made of its rendered body. */
  readonly liquidBlock?: (body: string) => string;
};

/** A tag's Liquid form, reading its markup as the Jekyll plugin does (`{% gist page.gist file.rb %}`). */
export type LiquidTag = (markup: string, context: LiquidTagContext) => string;

/** What a Liquid tag may ask of the template it is in. */
export interface LiquidTagContext {
  /** Ruby Liquid's `context[markup]`: a literal's value or a variable's; undefined for nil. */
  value(markup: string): unknown;
  /** Liquid text rendered with the template's variables (a markup that holds `{{ }}`). */
  render(text: string): string;
}

/** A tag given as a function (a plugin's): `{% name args… %}` with no body. */
export class FunctionTag implements nunjucks.Extension {
  tags: string[];
  constructor(
    name: string,
    private readonly fn: SimpleTag,
  ) {
    this.tags = [name];
  }
  parse(parser: Parser, nodes: Nodes) {
    const tok = parser.nextToken();
    const args = parser.parseSignature(null, true);
    parser.advanceAfterBlockEnd(tok.value);
    return new nodes.CallExtension(this, 'run', args, []);
  }
  run(context: { ctx: Record<string, unknown> }, ...args: unknown[]): string {
    return this.fn(context.ctx, args);
  }
}

/** Puts the highlighted blocks back where their placeholders stand, laid out as Markdown laid them out. */
export function fillPlaceholders(html: string, state: RenderState): string {
  if (state.placeholders.length === 0) return html;
  return html.replace(
    /<(figure|div) data-kiln-hl="(\d+)">(\s*)<pre><\/pre>(\s*)<\/\1>/g,
    (m, element: string, n: string, before: string, after: string) => {
      const inner = state.placeholders[Number(n)];
      return inner === undefined ? m : `<${element} class="highlight">${before}${inner}${after}</${element}>`;
    },
  );
}
