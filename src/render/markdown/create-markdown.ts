import MarkdownIt from 'markdown-it';
import { abbreviationDefinitions } from './abbreviation-definitions.js';
import { attributeLists } from './attribute-lists.js';
import { codeBlocks } from './code-blocks.js';
import { codeSpans } from './code-spans.js';
import { definitionLists } from './definition-lists.js';
import { kramdownEmphasis } from './emphasis.js';
import { kramdownEscaping } from './escaping.js';
import { footnotes } from './footnotes.js';
import { headerIds } from './header-ids.js';
import { htmlBlocks } from './html-blocks.js';
import { imagesAndAutolinks } from './images-autolinks.js';
import { kramdownLayout } from './layout.js';
import { lineBreaks } from './line-breaks.js';
import { linkDefinitions } from './link-definitions.js';
import { linkSpaces } from './link-spaces.js';
import { listContinuation } from './list-continuation.js';
import { kramdownLists } from './lists.js';
import { mathBlocks } from './math-blocks.js';
import { paragraphInterrupts } from './paragraph-interrupts.js';
import { spanHtml } from './span-html.js';
import { strikethrough } from './strikethrough.js';
import { tables } from './tables.js';
import { collectHeadings, insertToc, tocList } from './toc.js';
import type { Heading, MarkdownEnv, MarkdownOptions } from './types.js';
import { typography } from './typography.js';

/** The Markdown stage: kramdown-compatible HTML for a document, and its headers. */
export interface MarkdownRenderer {
  render(src: string): { html: string; headings: Heading[] };
}

/** One markdown-it instance with kiln's kramdown plugins, made from the config (kept between the builds of a watch). */
export function createMarkdown(options: MarkdownOptions): MarkdownRenderer {
  // kramdown writes void elements XHTML-style: `<br />`, `<hr />`, `<img … />`.
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false, xhtmlOut: true });
  kramdownEscaping(md);
  strikethrough(md);
  lineBreaks(md, options.compat);
  codeSpans(md);
  linkSpaces(md);
  imagesAndAutolinks(md);
  paragraphInterrupts(md, options.compat);
  htmlBlocks(md);
  abbreviationDefinitions(md);
  linkDefinitions(md);
  mathBlocks(md, options.compat);
  footnotes(md, options.compat);
  tables(md);
  definitionLists(md);
  attributeLists(md);
  tocList(md);
  kramdownLists(md);
  listContinuation(md); // runs before kramdownLists, right after the block parse
  headerIds(md, options);
  typography(md);
  kramdownEmphasis(md);
  spanHtml(md);
  collectHeadings(md, options);
  codeBlocks(md, options);
  plainLinksAsIs(md);
  kramdownLayout(md);
  return {
    render(src) {
      const env: MarkdownEnv = { headings: [], usedIds: new Map() };
      const html = md.render(src, env as unknown as Record<string, unknown>);
      return { html: insertToc(html, env.headings), headings: env.headings };
    },
  };
}

// An http(s) or protocol-relative URL with a plain host, or a relative one without `:`, `@` or
// `%`, in characters percent-encoding leaves alone: markdown-it's normalizeLink (parse, punycode,
// encode, format) gives it back unchanged, at a tenth of the Markdown time of a link-heavy post.
// test/unit/render/markdown-links.test.ts compares the two on random URLs.
export const PLAIN_URL =
  /^(?:(?:https?:)?\/\/[A-Za-z0-9.-]+(?::\d+)?(?:[/?#][\w\-.~:/?#!$&'()*+,;=]*)?|[\w/#?.~-][\w\-.~/?#!$&'()*+,;=]*)$/;

function plainLinksAsIs(md: MarkdownIt): void {
  const normalize = md.normalizeLink.bind(md);
  md.normalizeLink = (url) => (PLAIN_URL.test(url) ? url : normalize(url));
}
