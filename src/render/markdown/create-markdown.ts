import MarkdownIt from 'markdown-it';
import deflist from 'markdown-it-deflist';
import { attributeLists } from './attribute-lists.js';
import { footnotes } from './footnotes.js';
import { codeBlocks } from './code-blocks.js';
import { headerIds } from './header-ids.js';
import { kramdownEmphasis } from './emphasis.js';
import { spanHtml } from './span-html.js';
import { htmlBlocks } from './html-blocks.js';
import { kramdownLists } from './lists.js';
import { collectHeadings, insertToc, tocList } from './toc.js';
import { typography } from './typography.js';
import type { Heading, MarkdownEnv, MarkdownOptions } from './types.js';

/** The Markdown stage: kramdown-compatible HTML for a document, and its headers. */
export interface MarkdownRenderer {
  render(src: string): { html: string; headings: Heading[] };
}

/** One markdown-it instance with kiln's kramdown plugins, made per build from the config. */
export function createMarkdown(options: MarkdownOptions): MarkdownRenderer {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  htmlBlocks(md);
  footnotes(md, options.compat);
  md.use(deflist);
  attributeLists(md);
  tocList(md);
  kramdownLists(md);
  headerIds(md, options);
  typography(md);
  kramdownEmphasis(md);
  spanHtml(md);
  collectHeadings(md, options);
  codeBlocks(md);
  return {
    render(src) {
      const env: MarkdownEnv = { headings: [], usedIds: new Map() };
      const html = md.render(src, env as unknown as Record<string, unknown>);
      return { html: insertToc(html, env.headings), headings: env.headings };
    },
  };
}
