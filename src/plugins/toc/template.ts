import type { TocConfig } from '../../config/types.js';
import type { Site } from '../../model/types.js';
import type { Filter } from '../../render/templates/filters/types.js';
import { RENDER_STATE_KEY, type SimpleTag } from '../../render/templates/tags.js';
import type { Document } from '../../source/types.js';
import { TableOfContents } from './toc.js';

/** The template's `page`: Liquid hands a filter its context, Nunjucks its variables (`this.ctx`). */
function pageOf(self: unknown): Record<string, unknown> | undefined {
  const liquid = (self as { context?: { getSync?: (path: string[]) => unknown } } | undefined)?.context;
  const page = liquid?.getSync
    ? liquid.getSync(['page'])
    : (self as { ctx?: { page?: unknown } } | undefined)?.ctx?.page;
  return typeof page === 'object' && page !== null ? (page as Record<string, unknown>) : undefined;
}

/** A value as the plugin's parser reads it: Ruby's text of it (nil is nothing). */
const text = (input: unknown) => (input === undefined || input === null ? '' : String(input));

/**
 * jekyll-toc's filters, in both template languages, on a page with `toc: true` (exactly true,
 * as the plugin asks; elsewhere they give their input back, and `toc_only` nothing): `toc_only`
 * the list, `inject_anchors` the HTML with an anchor in each listed header, `toc` both.
 */
export function tocFilters(config: TocConfig): Map<string, Filter> {
  const on = (self: unknown) => pageOf(self)?.toc === true;
  return new Map<string, Filter>([
    [
      'toc_only',
      function (this: unknown, input: unknown) {
        return on(this) ? new TableOfContents(text(input), config).list() : '';
      },
    ],
    [
      'inject_anchors',
      function (this: unknown, input: unknown) {
        return on(this) ? new TableOfContents(text(input), config).withAnchors() : input;
      },
    ],
    [
      'toc',
      function (this: unknown, input: unknown) {
        if (!on(this)) return input;
        const toc = new TableOfContents(text(input), config);
        return toc.list() + toc.withAnchors();
      },
    ],
  ]);
}

/**
 * jekyll-toc's `{% toc %}`: the list of the page's `content` as the plugin reads it, on a page
 * whose `toc` is set to anything but false. That content is what Jekyll holds at the time: a
 * page's source as written (before Liquid and Markdown: only its HTML headers count), a post's
 * or document's source while its body renders and its HTML in its layouts.
 */
export function tocTag(site: Site, config: TocConfig): SimpleTag {
  let sources: Map<string, { doc: Document; page: boolean }> | undefined;
  return (vars) => {
    const page = vars.page as Record<string, unknown> | undefined;
    if (page?.toc === undefined || page.toc === null || page.toc === false) return '';
    if (!sources) {
      sources = new Map();
      for (const p of site.pages) if (!p.archive) sources.set(p.path, { doc: p.doc, page: true });
      for (const p of site.posts) sources.set(p.relativePath, { doc: p.doc, page: false });
      for (const c of site.collections)
        for (const d of c.docs) sources.set(d.relativePath, { doc: d.doc, page: false });
    }
    const source = sources.get(String(page.path));
    const whileBody = RENDER_STATE_KEY in vars;
    const content = source && (source.page || whileBody) ? source.doc.body : text(page.content);
    return new TableOfContents(content, config).list();
  };
}
