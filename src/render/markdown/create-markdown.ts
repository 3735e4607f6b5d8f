import { createRequire } from 'node:module';
import type { MarkdownIt as Parser } from 'markdown-it';
import { abbreviations } from './abbreviations.js';
import { attributeLists } from './attribute-lists.js';
import { atxHeaders, setextFirst } from './atx-headers.js';
import { blockLines } from './block-lines.js';
import { blockquotes } from './blockquotes.js';
import { codeBlocks } from './code-blocks.js';
import { codeSpans } from './code-spans.js';
import { commonmarkToHtml } from './commonmark/create.js';
import { definitionLists } from './definition-lists.js';
import { kramdownEmphasis } from './emphasis.js';
import { entities } from './entities.js';
import { escapedChars } from './escaped-chars.js';
import { kramdownEscaping } from './escaping.js';
import { blockExtensions } from './extensions.js';
import { fences } from './fences.js';
import { footnotes } from './footnotes.js';
import { headerIds, headerOffset } from './header-ids.js';
import { htmlBlocks } from './html-blocks.js';
import { imagesAndAutolinks } from './images-autolinks.js';
import { indentedCode } from './indented-code.js';
import { inlineMath } from './inline-math.js';
import { kramdownLayout } from './layout.js';
import { lazyLines } from './lazy-lines.js';
import { cjkLineBreaks, lineBreaks } from './line-breaks.js';
import { linkUrls } from './link-urls.js';
import { links } from './links.js';
import { listItems } from './list-items.js';
import { kramdownLists } from './lists.js';
import { looseText } from './loose-text.js';
import { mathBlocks } from './math-blocks.js';
import { newlines } from './newlines.js';
import { paragraphInterrupts } from './paragraph-interrupts.js';
import { spanHtml } from './span-html.js';
import { strikethrough } from './strikethrough.js';
import { tables } from './tables.js';
import { taskLists } from './task-lists.js';
import { textRuns } from './text-runs.js';
import { collectHeadings, insertToc, mayHoldToc, tocList } from './toc.js';
import type { MarkdownEnv, MarkdownOptions } from './types.js';
import { typography } from './typography.js';

// markdown-it's CommonJS build is one file: it loads in about half the CPU its ES modules take
// (61–67 vs 121–155 ms), paid by every build and every Markdown worker.
const MarkdownIt = createRequire(import.meta.url)('markdown-it') as typeof import('markdown-it').default;

/**
 * A function from Markdown to kramdown-compatible HTML: one markdown-it instance with kiln's
 * kramdown plugins, made from the config (renderer.ts makes it at its first render).
 */
export function markdownToHtml(options: MarkdownOptions): (src: string) => string {
  if (options.commonmark) return commonmarkToHtml(options.commonmark);
  const md = kilnMarkdownIt(options);
  return (src) => {
    const env: MarkdownEnv = { headings: [], usedIds: new Map() };
    const html = md.render(src, env as unknown as Record<string, unknown>);
    return mayHoldToc(src, env) ? insertToc(html, env.headings) : html;
  };
}

/** Which of kiln's shortcuts through markdown-it's own parts to leave out (the tests compare with them). */
export interface Stock {
  /** markdown-it's `text` rule, not textRuns. */
  text?: boolean;
  /** markdown-it's block state, not blockLines'. */
  lines?: boolean;
  /** markdown-it's `normalize` rule, not newlines'. */
  newlines?: boolean;
}

/** The markdown-it instance markdownToHtml renders with. */
export function kilnMarkdownIt(options: MarkdownOptions, stock: Stock = {}): Parser {
  // kramdown writes void elements XHTML-style: `<br />`, `<hr />`, `<img … />`.
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false, xhtmlOut: true });
  if (!stock.text) textRuns(md);
  if (!stock.lines) blockLines(md);
  if (!stock.newlines) newlines(md);
  kramdownEscaping(md);
  escapedChars(md, options.hardWrap);
  entities(md, options);
  inlineMath(md, options);
  strikethrough(md, options.compat);
  lineBreaks(md, options);
  blockquotes(md); // replaces the blockquote rule: before the rules that wrap it
  codeSpans(md, options.compat);
  linkUrls(md);
  links(md);
  imagesAndAutolinks(md, options.compat);
  fences(md, options.compat); // before paragraphInterrupts, which wraps it
  listItems(md, options.compat);
  lazyLines(md);
  indentedCode(md);
  looseText(md); // before the code rule: `  \tx` is no code
  atxHeaders(md, options.compat);
  paragraphInterrupts(md, options.compat);
  htmlBlocks(md, options);
  abbreviations(md, options.compat);
  mathBlocks(md, options);
  footnotes(md, options);
  tables(md, options.compat);
  definitionLists(md, options.compat);
  attributeLists(md);
  if (options.compat === 2) taskLists(md); // after attributeLists: an item's IAL comes first
  blockExtensions(md);
  setextFirst(md, options.compat); // before blockExtensions' `^` and the definitions
  tocList(md);
  kramdownLists(md);
  headerIds(md, options);
  typography(md, options);
  kramdownEmphasis(md, options.compat);
  spanHtml(md, options.compat, options.parseSpanHtml);
  collectHeadings(md, options);
  headerOffset(md, options); // after collectHeadings: the TOC reads each header's own level
  cjkLineBreaks(md, options); // after abbreviations: `*[中中]` is not found across a line
  codeBlocks(md, options);
  kramdownLayout(md);
  return md;
}
