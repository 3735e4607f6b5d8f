import type { Config } from '../config/types.js';
import { rubyExtname } from '../shared/ruby-extname.js';
import type { Document } from '../source/types.js';
import { excerptSource } from './excerpt.js';
import { applyDefaults, layoutName, pageDefault } from './front-matter-defaults.js';
import { withLastModified } from './last-modified.js';
import {
  documentOutputPath,
  expandPermalink,
  isHtmlExtension,
  outputExtension,
  permalinkExtension,
  permalinkSuffix,
  placedPermalink,
} from './permalink.js';
import type { ExcerptSource, FrontMatter, Page, PageSlot } from './types.js';

/**
 * The language of a page named `NAME.LANG.EXT` (LANG one of `languages:` other than the first),
 * else the default language; null on a site with one language.
 */
function pageLanguage(path: string, config: Config): { language: string; suffixed: boolean } | null {
  if (config.languages.length === 0) return null;
  const m = /\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.[^./]+$/.exec(path);
  if (m && config.languages.indexOf(m[1]!) > 0) return { language: m[1]!, suffixed: true };
  return { language: config.languages[0]!, suffixed: false };
}

/**
 * The URL, output path and data of a page (a non-post file with front matter); `ownData`: its
 * front matter as a plugin changed it (jekyll-readme-index's `permalink`).
 */
export function pagePlacement(
  doc: Document,
  config: Config,
  ownData: FrontMatter = doc.data,
): { url: string; outputPath: string; data: FrontMatter; layout: string | null } {
  const lang = pageLanguage(doc.file.path, config);
  const own = lang ? { language: lang.language, is_default_language: !lang.suffixed, ...ownData } : ownData;
  const data = withLastModified(config, doc.file.path, applyDefaults(config, doc.file.path, 'pages', own), true);
  const path = doc.file.path;
  const slash = path.lastIndexOf('/');
  const dir = slash < 0 ? '' : path.slice(0, slash);
  const name = path.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  // Jekyll's Page#process drops the dots that end it (`end..md` is `/end/`).
  let basename = (dot <= 0 ? name : name.slice(0, dot)).replace(/\.+$/, '');
  // community.zh.md is the Chinese community page: /zh/community.html
  if (lang?.suffixed) basename = basename.slice(0, -(lang.language.length + 1));
  const ext = outputExtension(path);
  // An HTML page's index has its folder's URL, and a pretty URL ends in `/`.
  const html = isHtmlExtension(ext);
  const isIndex = basename === 'index' && html;
  const pretty = config.permalink.endsWith('/') || config.permalink === 'pretty';
  let template: string;
  // Jekyll 2 gave an index page its file name in its URL (`/index.html`) unless permalinks were pretty.
  const folderUrl = config.jekyllVersion !== 2 || pretty;
  const placing = placingData(config, path, own, data);
  const permalink = placedPermalink(config, placing);
  if (permalink !== undefined && permalink !== null) template = String(permalink);
  else if (isIndex && folderUrl) template = '/:path/';
  else if (!html) template = '/:path/:basename:output_ext';
  // Jekyll 3 and 4: the site's style decides the ending (a pattern such as `/:year/:title.html`
  // gives none: `/about`); Jekyll 2: a folder when pretty, else the extension.
  else if (config.jekyllVersion !== 2) template = permalinkSuffix('/:path/:basename', config.permalink);
  else if (pretty) template = '/:path/:basename/';
  else template = '/:path/:basename:output_ext';
  const prefix = lang?.suffixed ? `/${lang.language}` : '';
  const url = expandPermalink(prefix + template, { path: dir, basename, output_ext: ext });
  // Jekyll's Page#destination: a folder's URL is its index, and the output's extension is added
  // unless the URL ends with it (`/feed/` of feed.xml: feed/index.xml; `/about`: about.html).
  const outputPath = documentOutputPath(url, permalink, ext, true);
  // Jekyll never places a stylesheet (its asset_file?) in a layout, whatever `layout` says.
  const layout = /\.s[ac]ss$/.test(path) ? null : layoutName(placing);
  return { url, outputPath, data, layout };
}

/**
 * The page's data as Jekyll places it: `layout` and `permalink` the front matter does not set are
 * the most specific default's, a null there meaning none though the merged `page` Liquid sees
 * keeps a wider scope's value.
 */
function placingData(config: Config, path: string, own: FrontMatter, data: FrontMatter): FrontMatter {
  let placing = data;
  // A page renders with no layout when its front matter says `layout: null` (Jekyll looks a
  // page's layout up in its defaults only when it has no such key), though Liquid's merged
  // `page.layout` keeps the default's.
  if (Object.hasOwn(own, 'layout') && own.layout == null && placing.layout != null)
    placing = { ...placing, layout: null };
  for (const key of ['layout', 'permalink'])
    if (!Object.hasOwn(own, key) && placing[key] != null && pageDefault(config, path, key) === null)
      placing = { ...placing, [key]: null };
  return placing;
}

/**
 * Whether a page is in Jekyll's `site.html_pages` (and so in jekyll-sitemap's sitemap): its URL
 * ends in `/`, or its output extension is `.html`, `.htm` or `.xhtml`: Jekyll's, that of its
 * `permalink` when that has one (`/data.json`), else its converter's (Markdown's `.html`, else
 * the source's own).
 */
export function isHtmlPage(page: Pick<Page, 'path' | 'url' | 'isMarkdown' | 'data' | 'paginated'>): boolean {
  if (page.url.endsWith('/')) return true;
  // A jekyll-paginate-v2 page converts by its own name's extension (Ruby's: `.html` alone has none).
  const own = page.paginated ? rubyExtname(page.paginated.name) : outputExtension(page.path);
  const ext = permalinkExtension(page.data.permalink) || (page.isMarkdown ? '.html' : own);
  return isHtmlExtension(ext);
}

/**
 * A page's generated excerpt with `page_excerpts` (Jekyll's PageExcerpt): as `excerptOf`, for a
 * page of the site's own (not one a plugin makes of its own kind: archives, jekyll-paginate-v2's)
 * whose output is HTML. Jekyll decides when it reads the page, before `defaults:` apply: by the
 * page's own front matter (its `excerpt`, `excerpt_separator` and `permalink`) alone. Null: none.
 */
export function pageExcerptOf(page: Page, config: Config): ExcerptSource | 'body' | null {
  if (!config.pageExcerpts || page.archive || page.paginated) return null;
  const own = page.doc.data;
  // Ruby's `||=`: an `excerpt` of the front matter stays, but for false.
  if (own.excerpt !== undefined && own.excerpt !== null && own.excerpt !== false) return null;
  const ext = permalinkExtension(own.permalink) || (page.isMarkdown ? '.html' : outputExtension(page.path));
  if (!isHtmlExtension(ext)) return null;
  const written = own.excerpt_separator;
  const separator = written === undefined || written === null ? config.excerptSeparator : String(written);
  return separator ? (excerptSource(page.doc.body, separator) ?? 'body') : null;
}

/**
 * The key of a page's render state: its output path, which a page not written shares with the one
 * written there (then its source, or its archive's kind and title, tells it apart).
 */
export function pageKey(page: Page): string {
  if (page.written !== false) return page.outputPath;
  const { archive, paginator } = page;
  const own = archive
    ? `${archive.type}\u0000${archive.date ?? `${typeof archive.name}\u0000${String(archive.name)}`}`
    : `${page.path}\u0000${paginator?.page ?? ''}`;
  return `${page.outputPath}\u0000${own}`;
}

/** The slot of a page a plugin made (`PageSlot`); null for a page of the site's own. */
export function pageSlot(page: Page): PageSlot | null {
  if (page.paginated) return 'jekyll-paginate-v2';
  if (page.paginator && page.paginator.page > 1) return 'jekyll-paginate';
  return page.archive ? 'archives' : (page.addedBy ?? null);
}

/**
 * Whether a page is rendered with the site's own pages (and is in `site.pages` before the
 * lowest-priority generators run): all are but jekyll-paginate's pages 2…, which that plugin
 * adds last and kiln renders as they are written; jekyll-paginate-v2's pages all are.
 */
export function isListed(page: Pick<Page, 'paginator' | 'paginated'>): boolean {
  return !page.paginator || page.paginator.page === 1 || page.paginated !== undefined;
}
