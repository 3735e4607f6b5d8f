import type { Token } from 'markdown-it';
import type { TypographicSymbol } from '../../shared/kramdown-values.js';

/** Where `{% toc %}` stands until the headers are known (toc.ts puts the list there). */
export const TOC_MARKER = '<!--kiln-toc-->';
/** A header as the table of contents lists it. */
export interface Heading {
  readonly level: number;
  readonly id: string;
  /** The header's inline HTML, as a TOC entry shows it (links unwrapped). */
  readonly html: string;
  /** The entry kramdown's own `{:toc}` writes: kramdown 1 keeps the header's links. */
  readonly kramdownHtml: string;
  readonly inToc: boolean;
}

/** What the Markdown stage needs from the site's configuration. */
export interface MarkdownOptions {
  readonly compat: 1 | 2;
  readonly tocLevels: readonly number[];
  readonly autoIds: boolean;
  /** `kramdown.entity_output`. */
  readonly entityOutput: 'as_char' | 'numeric' | 'symbolic' | 'as_input';
  /** Code markup: Jekyll 4's Rouge wrappers, a Jekyll 2/3 Pygments plugin's, or kramdown's own. */
  readonly codeMarkup: 'rouge' | 'pygments' | 'kramdown';
  /** `kramdown.parse_block_html` (default false): block HTML's inside is Markdown, as with `markdown="1"`. */
  readonly parseBlockHtml?: boolean;
  /** kramdown's `auto_id_prefix` (default ''): written before every automatic header id. */
  readonly autoIdPrefix?: string;
  /** kramdown's `footnote_nr` (default 1): the number of the first footnote. */
  readonly footnoteNr?: number;
  /** kramdown's `footnote_backlink` (default `&#8617;`): the back link's text, as text (references kept); empty: none. */
  readonly footnoteBacklink?: string;
  /** kramdown 2's `footnote_prefix` (default ''): written after `fn:` and `fnref:` in footnote ids. */
  readonly footnotePrefix?: string;
  /** kramdown 2's `footnote_backlink_inline` (default false): the back link goes in the last paragraph or header, however deep. */
  readonly footnoteBacklinkInline?: boolean;
  /** kramdown's `math_engine`: `mathjax` (the default), or null: math written as it is (`$$…$$` in `<pre>`/`<span>`, kramdown 2 with class `kdmath`). */
  readonly mathEngine?: 'mathjax' | null;
  /** kramdown's `smart_quotes`: the code points of ‘ ’ “ ” as written (default those). */
  readonly smartQuotes?: readonly [number, number, number, number];
  /** kramdown's `header_offset` (default 0): added to each header's level on output, kept within 1–6. */
  readonly headerOffset?: number;
  /** kramdown 1's `hard_wrap` (default false, as Jekyll sets it): a line break in text is a `<br />`. */
  readonly hardWrap?: boolean;
  /** kramdown's `parse_span_html` (default true): the content of span HTML such as `<span>` is Markdown. */
  readonly parseSpanHtml?: boolean;
  /**
   * kramdown's `auto_id_stripping`: header ids from the header's text, not its source (kramdown 1:
   * default false; kramdown 2's GFM parser: on, unless a document's `{::options}` turns it off).
   */
  readonly autoIdStripping?: boolean;
  /** kramdown 2's `remove_line_breaks_for_cjk` (default false): no line break between two CJK characters. */
  readonly removeLineBreaksForCjk?: boolean;
  /** kramdown 2's `typographic_symbols`: text written instead of `...`, `---`, `--`, `<<`, `>>` (`<< `, ` >>`). */
  readonly typographicSymbols?: Readonly<Partial<Record<TypographicSymbol, string>>>;
  /** `markdown: CommonMark` (jekyll-commonmark): its options and extensions; the kramdown ones above are unused then. */
  readonly commonmark?: CommonmarkOptions | null;
  /** `kramdown.syntax_highlighter_opts` as kramdown's Rouge highlighter reads them (default: Jekyll's). */
  readonly rouge?: RougeOptions | null;
}

/** How kramdown's Rouge highlighter writes code blocks (`block`) and inline code (`span`). */
export interface RougeOptions {
  readonly block: RougeCodeOptions;
  readonly span: RougeCodeOptions;
}

/** `syntax_highlighter_opts` for one kind of code, its `block:` or `span:` over the top-level ones. */
export interface RougeCodeOptions {
  /** `disable`: no highlighting, kramdown's plain markup. */
  readonly disable: boolean;
  /** `default_lang` (Jekyll: `plaintext`): the language of code that names none; null: none. */
  readonly defaultLang: string | null;
  /** Jekyll's `kramdown.guess_lang` (default true): plain text is highlighted too (nothing is guessed). */
  readonly guessLang: boolean;
  /** `formatter`: Rouge's `HTMLLegacy` (the default) or `HTML` (bare spans). */
  readonly formatter: 'legacy' | 'html';
  /** `wrap` (default true; always false for inline code): the `<div class="highlight"><pre>` around the code. */
  readonly wrap: boolean;
  /** `css_class` (default `highlight`): the class of that `<pre>`. */
  readonly cssClass: string;
  /** `line_numbers`: Rouge's table with the line numbers in a gutter, and what it is made of. */
  readonly lineNumbers: RougeTable | null;
}

/** The options of Rouge's `HTMLTable`. */
export interface RougeTable {
  readonly startLine: number;
  /** `line_format` (default `%i`): a gutter line, `%…i` standing for the number. */
  readonly lineFormat: string;
  readonly tableClass: string;
  readonly gutterClass: string;
  readonly codeClass: string;
}

/** jekyll-commonmark's `commonmark:` options and extensions kiln builds (config/commonmark.ts). */
export interface CommonmarkOptions {
  /** Raw HTML written as it is; without it, `<!-- raw HTML omitted -->`. */
  readonly unsafe: boolean;
  /** Curly quotes, dashes and ellipses. */
  readonly smart: boolean;
  /** A line break in a paragraph is a `<br />`. */
  readonly hardbreaks: boolean;
  /** A line break in a paragraph is a space. */
  readonly nobreaks: boolean;
  /** A code block's language in a `data-lang` on its `<pre>`. */
  readonly githubPreLang: boolean;
  /** Only `~~` strikes through, not `~`. */
  readonly doubleTilde: boolean;
  readonly table: boolean;
  readonly strikethrough: boolean;
  readonly autolink: boolean;
  readonly tagfilter: boolean;
  readonly tasklist: boolean;
}

/** A `^` or `{::options /}` line's end: the line after it (see keptForNext in ial-targets.ts). */
export interface EobMeta {
  end: number;
  /** Made by `{::options /}`, not `^`. */
  extension?: true;
}

/** Per-document state the plugins share while one document renders. */
export interface MarkdownEnv {
  headings: Heading[];
  usedIds: Map<string, number>;
  /** The document's source lines, for the layout's blank lines (see sourceLines). */
  lines?: string[];
  /** kramdown abbreviation definitions (`*[HTML]: title`), by abbreviation, for the text to apply. */
  abbreviations?: Map<string, string>;
  /** The IALs right after an abbreviation's definition, by abbreviation: its `<abbr>` elements' attributes. */
  abbreviationIals?: Map<string, string>;
  /** kramdown attribute list definitions (`{:name: .class}`), by name, for the IALs that name them. */
  alds?: Map<string, string>;
  /** kramdown link definitions (`[id]: url "title"`), by normalized id, the last of an id winning. */
  linkDefinitions?: Map<string, { href: string; title: string | undefined }>;
  /** Whether kramdown's own `{:toc}` list became a TOC marker (see toc.ts). */
  tocMarker?: boolean;
  /** Whether a backslash before a line break made a `<br />` (see backslashBreaks in line-breaks.ts). */
  backslashBreaks?: boolean;
  /** The lines where a paragraph starts with `\$$…$$` that kramdown reads as inline math (see math-blocks.ts). */
  mathEscapes?: Set<number>;
  /** Whether a span extension that writes nothing left a mark in the text (see typography.ts). */
  spanMarks?: boolean;
  /** The lines inside block IALs and ALDs that go over lines, which are no blank lines (see layout.ts). */
  ialLines?: Set<number>;
  /** The lines of footnote definitions of more than one line: no blank lines between the blocks around them. */
  definitionLines?: Set<number>;
  /** What the document's `{::options … /}` set, the last value of each winning. */
  documentOptions?: DocumentOptions;
  /** When set, how links, images, code spans and definitions were written (see WrittenSources). */
  written?: WrittenSources;
}

/**
 * Where a document's links, images, code spans and link definitions stand in the text they were
 * parsed from, and how each was written, recorded only when a parse asks (jekyll-relative-links
 * rewrites what the plugin's textual rewriting would, see render/markdown/link-edits.ts).
 */
export interface WrittenSources {
  readonly links: Map<Token, WrittenLink>;
  /** A code span's content: the inline text and where the content begins in it. */
  readonly code: Map<Token, { readonly src: string; readonly from: number }>;
  readonly definitions: WrittenDefinition[];
}

/** A link or image as written: offsets in `src`, the inline text it was parsed from. */
export interface WrittenLink {
  readonly src: string;
  /** Its text, between the brackets. */
  readonly text: readonly [number, number];
  /** Written inline (`(…)`): the destination between `(` and `)` or the title; null for a reference. */
  readonly destination: readonly [number, number] | null;
  /** `(<url>)`. */
  readonly angle: boolean;
  /** Its title's quote, the title, and whether `)` follows the closing quote at once. */
  readonly title: { readonly quote: string; readonly text: string; readonly tight: boolean } | null;
}

/** A link definition (`[id]: url "title"`) as written, offsets in the parsed text. */
export interface WrittenDefinition {
  /** Where its `[` stands. */
  readonly at: number;
  /** Its destination as written (null for `<url>`), and where it starts. */
  readonly destination: string | null;
  readonly destinationAt: number;
  /** The blanks between `]:` and the destination. */
  readonly gap: string;
  /** A title on the definition's own line: its quote and text; null for none (or one on the next line). */
  readonly title: { readonly quote: string; readonly text: string } | null;
}

/**
 * The options a document may set for itself: kramdown writes the whole document with the values
 * it ended with, but reads `parse_block_html` from where it is set on.
 */
export type DocumentOptions = Partial<
  Pick<
    MarkdownOptions,
    | 'autoIds'
    | 'tocLevels'
    | 'entityOutput'
    | 'parseBlockHtml'
    | 'autoIdPrefix'
    | 'footnoteNr'
    | 'footnoteBacklink'
    | 'footnotePrefix'
    | 'footnoteBacklinkInline'
    | 'mathEngine'
    | 'smartQuotes'
    | 'headerOffset'
    | 'hardWrap'
    | 'parseSpanHtml'
    | 'typographicSymbols'
    | 'autoIdStripping'
    | 'removeLineBreaksForCjk'
    | 'rouge'
    | 'codeMarkup'
  >
>;

/** The site's options with what the document being rendered set for itself. */
export function optionsFor(options: MarkdownOptions, env: unknown): MarkdownOptions {
  const own = (env as MarkdownEnv).documentOptions;
  return own ? { ...options, ...own } : options;
}

/** The markdown-it env of a document, as kiln's plugins read it. */
export function kilnEnv(env: unknown): MarkdownEnv {
  return env as MarkdownEnv;
}

/**
 * The document's source lines, split once for every rule that reads them (each render has its own
 * env, and no rule changes the source after markdown-it's normalize).
 */
export function sourceLines(state: { src: string; env: unknown }): string[] {
  const env = kilnEnv(state.env);
  env.lines ??= state.src.split('\n');
  return env.lines;
}
