import { keyLine } from '../config/key-line.js';
import { paginationSettings } from '../config/pagination.js';
import type { Config, PaginationSettings } from '../config/types.js';
import { deepMergeHashes, isMapping } from '../shared/deep-merge.js';
import { KilnError, KilnWarning } from '../shared/errors.js';
import { rubyExtname } from '../shared/ruby-extname.js';
import { rubyJoin, rubySub } from '../shared/ruby-text.js';
import { lineOfKey } from '../source/front-matter.js';
import { type Document, ParsedDocument } from '../source/types.js';
import { buildAutopages } from './autopages.js';
import { gaveLayout } from './default-layout.js';
import { applyDefaults } from './front-matter-defaults.js';
import { filterItems, ItemFailure, ItemSource, sortItems } from './paginate-v2-items.js';
import { documentOutputPath, isMarkdownPath } from './permalink.js';
import type { Collection, ItemRef, Layout, Page, Paginator, Post } from './types.js';

/**
 * jekyll-paginate-v2: each page whose front matter has `pagination: { enabled: true }` (with
 * `pagination: { enabled: true }` in _config.yml) is replaced by its pages, made as the plugin
 * makes them: `pages` are the site's pages without those templates, `made` the new pages in the
 * order the plugin adds them to site.pages (after all others).
 */
export function paginateV2(
  config: Config,
  pages: readonly Page[],
  posts: readonly Post[],
  postsOrder: readonly number[] | undefined,
  collections: readonly Collection[],
  layouts: ReadonlyMap<string, Layout>,
  docs?: Map<string, Document>,
): { pages: Page[]; made: Page[]; warnings: KilnWarning[] } {
  const site = config.pagination;
  if (!site) return { pages: [...pages], made: [], warnings: [] };
  // The plugin makes its autopages first (whether or not pagination is enabled), after the site's pages.
  const auto = buildAutopages(config, posts, postsOrder, collections, layouts, docs);
  if (!isTrue(site.enabled)) return { pages: [...pages], made: [], warnings: auto.warnings };
  const own = pages.filter((p) => isMapping(p.data.pagination) && isTrue(p.data.pagination.enabled));
  const templates = [...own, ...auto.pages];
  if (templates.length === 0)
    return {
      pages: [...pages],
      made: [],
      warnings: [
        ...auto.warnings,
        new KilnWarning(
          'jekyll-paginate-v2: pagination is enabled, but no page has pagination: { enabled: true } in its front matter',
          '_config.yml',
          undefined,
          'nothing is paginated, as in Jekyll',
        ),
      ],
    };
  const source = new ItemSource(posts, postsOrder, collections, config.timezone);
  const made = templates.flatMap((t) => paginatePage(t, config, site, source));
  const gone = new Set(own);
  return { pages: pages.filter((p) => !gone.has(p)), made, warnings: auto.warnings };
}

const isTrue = (v: unknown) => v !== undefined && v !== null && v !== false;

/** The pages of one template. */
function paginatePage(
  template: Page,
  config: Config,
  site: Readonly<Record<string, unknown>>,
  source: ItemSource,
): Page[] {
  const own = template.data.pagination as Record<string, unknown>;
  // A setting's error is at its line in the template's front matter (a layout's, for an autopage).
  const fail = (message: string, key: string) =>
    new KilnError(message, template.path, keyLine(template.doc.frontMatter, ['pagination', ...key.split('.')]));
  const settings = paginationSettings(deepMergeHashes(site, own), fail);
  let refs: ItemRef[];
  try {
    const items = source.items(settings.collections);
    refs = sortItems(filterItems(items, settings, source), settings).map((it) => it.ref);
  } catch (e) {
    if (!(e instanceof ItemFailure)) throw e;
    if (e.doc) throw new KilnError(e.message, e.doc.item.path, lineOfKey(e.doc.item.doc, e.doc.key));
    const field = JSON.stringify(settings.sortField);
    throw fail(`pagination.sort_field ${field}: ${e.message}, which jekyll-paginate-v2 fails on`, 'sort_field');
  }
  let total = Math.ceil(refs.length / settings.perPage);
  if (settings.limit > 0 && settings.limit < total) total = settings.limit;
  total = Math.max(total, 1);
  const paths = pagePaths(template, settings);
  const siteTitle = config.siteData.title;
  const baseTitle = isTrue(template.data.title) ? template.data.title : (siteTitle ?? null);
  const pages: Page[] = [];
  for (let n = 1; n <= total; n++) {
    const pagePath = paths.page(n, total);
    const url = pageUrl(pagePath, settings);
    const title = n > 1 ? formatTitle(settings.title, baseTitle, n, total) : baseTitle;
    const start = (n - 1) * settings.perPage;
    const paginator: Paginator = {
      page: n,
      perPage: settings.perPage,
      postIndexes: [],
      totalPosts: refs.length,
      totalPages: total,
      previousPage: n > 1 ? n - 1 : null,
      previousPagePath: n === 1 ? null : n === 2 ? paths.first(total) : paths.paginated(n - 1, total),
      nextPage: n < total ? n + 1 : null,
      nextPagePath: n < total ? paths.paginated(n + 1, total) : null,
      v2: {
        items: refs.slice(start, start + settings.perPage),
        pagePath,
        firstPagePath: paths.first(total),
        lastPage: total,
        lastPagePath: paths.paginated(total, total),
        trail: null,
      },
    };
    pages.push(paginationPage(template, config, settings, url, pagePath, title, n, total, paginator));
  }
  return withTrails(pages, settings);
}

/**
 * The plugin's URLs of a template's pages: the first page's folder is the template's `permalink`
 * (as written) or folder, with a `/` at its end; pages 2… are `permalink` joined to it. A URL
 * ending in `/` gets the index page's name (`index.html`), one without a dot `index` alone.
 */
function pagePaths(template: Page, settings: PaginationSettings) {
  const own = template.data.permalink;
  const folder = trailingSlash(
    own !== undefined && own !== null && own !== false ? String(own) : template.url.replace(/[^/]*$/, ''),
  );
  const paginated = rubyJoin(folder, settings.permalink);
  const indexName = settings.indexName === '' ? 'index' : settings.indexName;
  const indexExt = settings.indexExt === '' ? '.html' : settings.indexExt;
  // With `indexpage` set, the links to the first page and to pages 2… name the index page too.
  const first = settings.indexName !== '' ? fullPath(folder, settings.indexName, settings.indexExt) : folder;
  const later = settings.indexName !== '' ? fullPath(paginated, settings.indexName, settings.indexExt) : paginated;
  return {
    page: (n: number, total: number) =>
      pageNumber(fullPath(n === 1 ? folder : paginated, indexName, indexExt), n, total),
    first: (total: number) => pageNumber(first, 1, total),
    paginated: (n: number, total: number) => pageNumber(later, n, total),
  };
}

const trailingSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

function fullPath(url: string, name: string, ext: string): string {
  if (url.endsWith('/')) return url + name + ext;
  return url.includes('.') ? url : url + name;
}

/** `:num` and then `:max` replaced, each once, as the plugin does. */
function pageNumber(format: string, n: number, total: number): string {
  return rubySub(rubySub(format, ':num', String(n)), ':max', String(total));
}

function formatTitle(format: string, title: unknown, n: number, total: number): string {
  return pageNumber(rubySub(format, ':title', title === null || title === undefined ? '' : String(title)), n, total);
}

/** A page's URL from its `page_path`: with the index page's name where that ends in `/`, its extension where it has none. */
function pageUrl(pagePath: string, settings: PaginationSettings): string {
  const indexFile = settings.indexName + settings.indexExt;
  if (pagePath.endsWith('/')) return rubyJoin(pagePath, indexFile);
  return pagePath.endsWith(settings.indexExt) ? pagePath : pagePath + settings.indexExt;
}

/**
 * One page as the plugin makes it: the template's content and layout, its front matter with
 * `pagination_info`, `title` (and `autogen` after the first page; `permalink` its `page_path`
 * where the template had one), named `indexpage` + `extension` (`.html`). Its data as templates
 * see it has the `defaults:` of that name's path, not of the template's (the plugin's page has
 * no folder); its layout is still the template's.
 */
function paginationPage(
  template: Page,
  config: Config,
  settings: PaginationSettings,
  url: string,
  pagePath: string,
  title: unknown,
  n: number,
  total: number,
  paginator: Paginator,
): Page {
  const name = settings.indexName + settings.indexExt;
  const own: Record<string, unknown> = { ...template.doc.data };
  // The layout jekyll-default-layout set in the template's data, when it ran first, is copied too.
  if (gaveLayout(template)) own.layout = template.data.layout;
  // An autopage's pages (any page with `autopage`) have no content, and its values as `autopages`.
  const autopage = template.data.autopage;
  if (isMapping(autopage) && Object.hasOwn(autopage, 'display_name')) own.autopages = { ...autopage };
  own.pagination_info = { curr_page: n, total_pages: total };
  if (isTrue(template.data.permalink)) own.permalink = pagePath;
  own.title = title;
  if (n > 1) own.autogen = 'jekyll-paginate-v2';
  const data = applyDefaults(config, name, 'pages', own);
  // Jekyll converts by the page's own extension (Ruby's: `.html` alone has none, so no conversion).
  const ext = rubyExtname(name);
  const isMarkdown = ext !== '' && isMarkdownPath(name);
  const outputPath = documentOutputPath(url, data.permalink, isMarkdown ? '.html' : ext, true);
  const doc = isTrue(autopage) && template.doc.body !== '' ? withoutBody(template.doc) : template.doc;
  return {
    doc,
    path: template.path,
    url,
    outputPath,
    data,
    layout: template.layout,
    isMarkdown,
    paginator,
    paginated: { name, template },
  };
}

function withoutBody(doc: Document): Document {
  return new ParsedDocument(doc.file, doc.data, doc.frontMatter, '', doc.bodyLine, false);
}

/** `page_trail`: up to `before` pages before the current one and `after` after it, kept as long near the ends. */
function withTrails(pages: Page[], settings: PaginationSettings): Page[] {
  const { before, after } = settings.trail;
  if (pages.length < 2 || (before === 0 && after === 0)) return pages;
  const length = before + after + 1;
  return pages.map((p, i) => {
    let start = Math.max(i - before, 0);
    const end = Math.min(start + length, pages.length);
    if (end - start < length) start = Math.max(start - (length - (end - start)), 0);
    const trail = pages.slice(start, end).map((q, k) => ({
      num: start + k + 1,
      path: q.paginator!.v2!.pagePath,
      title: q.data.title ?? null,
    }));
    return { ...p, paginator: { ...p.paginator!, v2: { ...p.paginator!.v2!, trail } } };
  });
}

/** A page of the plugin as kiln names it in a message: `page 2 of blog/index.html` (`… for "Ruby"`: an autopage's). */
export function paginationName(p: Page): string {
  const autopage = p.paginated?.template.data.autopage;
  const value =
    isMapping(autopage) && autopage.display_name !== undefined ? ` for ${JSON.stringify(autopage.display_name)}` : '';
  return `page ${p.paginator?.page} of ${p.path}${value}`;
}
