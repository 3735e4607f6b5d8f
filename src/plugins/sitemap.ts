import { isHtmlPage, isListed, pageSlot } from '../model/page.js';
import { redirectTarget } from '../model/redirect-to.js';
import { inPostsOrder, type PluginPage, type Post, type Site } from '../model/types.js';
import { parseDate } from '../shared/dates.js';
import { timestampKeys } from '../shared/yaml.js';
import type { PluginFilters } from './filters.js';
import { pageGenerators, slotOf } from './generator-order.js';
import {
  type Generated,
  inSiteOrder,
  liquidTruthy,
  pluginPage,
  present,
  printedTime,
  siteHasUrl,
  xmlAttribute,
} from './values.js';

/** The static files jekyll-sitemap lists: its extension test is case-sensitive (`Manual.PDF` is not). */
const LISTED_STATIC = /\.(html?|xhtml|pdf)$/;

/**
 * jekyll-sitemap: /sitemap.xml lists the documents of every written collection (by label; posts
 * oldest first), then the HTML pages (by file
 * name, as Jekyll sorts site.pages, the pages plugins made and then paginated pages after them) and the static HTML/PDF files,
 * leaving out `sitemap: false` and the 404 page; /robots.txt points to it. A page or static
 * file of the site at either URL wins, as in Jekyll (its file name does not count).
 */
export function sitemapOutputs(site: Site, f: PluginFilters): Generated[] {
  const has = siteHas(site);
  const out: Generated[] = [];
  if (!has('/sitemap.xml')) out.push({ path: 'sitemap.xml', text: sitemap(site, f) });
  if (!has('/robots.txt')) out.push({ path: 'robots.txt', text: `Sitemap: ${f.absoluteUrl('sitemap.xml')}\n` });
  return out;
}

/** The pages the plugin adds to site.pages (sitemap.xml, robots.txt), as templates see them. */
export function sitemapPages(site: Site): PluginPage[] {
  const has = siteHas(site);
  const out: PluginPage[] = [];
  if (!has('/sitemap.xml'))
    out.push(
      pluginPage(
        site,
        'sitemap.xml',
        '/sitemap.xml',
        'sitemap.xml',
        { layout: null, static_files: null, xsl: has('/sitemap.xsl') },
        true,
      ),
    );
  if (!has('/robots.txt'))
    out.push({
      ...pluginPage(site, 'robots.txt', '/robots.txt', 'robots.txt', { layout: null }),
      // The plugin's template, as the site's pages read it (they render before it).
      content: 'Sitemap: {{ "sitemap.xml" | absolute_url }}\n',
    });
  return out;
}

/**
 * Whether the site has its own page or static file at a URL, as the plugin asks: in the list it
 * made in its first build, which jekyll-polyglot's languages built in turn share (a robots.txt in
 * `exclude_from_localization` stops every language's).
 */
function siteHas(site: Site): (url: string) => boolean {
  const kept = site.config.polyglotPass?.sitemapLookup;
  const own = (url: string) => siteHasUrl(site, url);
  if (!kept) return own;
  kept.has ??= own;
  return kept.has;
}

function sitemap(site: Site, f: PluginFilters): string {
  const loc = (url: string) => `<loc>${f.xmlEscape(f.absoluteUrl(url.replaceAll('/index.html', '/')))}</loc>\n`;
  // jekyll-redirect-from sets `sitemap: false` on a document or page with `redirect_to`.
  const redirects = site.config.plugins.has('jekyll-redirect-from');
  const listed = (data: Readonly<Record<string, unknown>>) =>
    data.sitemap !== false && !(redirects && redirectTarget(data) !== null);
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (siteHas(site)('/sitemap.xsl'))
    out += `<?xml-stylesheet type="text/xsl" href="${xmlAttribute(f.absoluteUrl('/sitemap.xsl'))}"?>\n`;
  out +=
    '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
  // Every written collection's documents, collections by label (posts among them, oldest first).
  const collections = [
    {
      label: 'posts',
      docs: inPostsOrder(site, site.posts) as ReadonlyArray<Pick<Post, 'data' | 'url' | 'date' | 'doc' | 'path'>>,
    },
    ...site.collections.filter((c) => c.config.output),
  ].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  for (const collection of collections)
    for (const doc of collection.docs) {
      if (!listed(doc.data)) continue;
      const own = modifiedOf(doc, site.config.timezone);
      const modified = present(own) ? own : new Date(doc.date);
      out += `<url>\n${loc(doc.url)}<lastmod>${printedTime(f.xmlschema, modified, doc, 'last_modified_at')}</lastmod>\n</url>\n`;
    }
  const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  // The pages plugins made come after the site's own, as their generators add them to site.pages
  // (all of jekyll-paginate-v2's are in it; most are no HTML pages: `.html` has no extension).
  const first = site.pages.filter(isListed);
  const slots = pageGenerators(site.config.plugins).map(slotOf);
  const pages = inSiteOrder(
    !!site.config.polyglotPass,
    first.filter((p) => !pageSlot(p)),
  ).concat(
    ...slots.map((slot) => (slot ? first.filter((p) => pageSlot(p) === slot) : [])),
    site.pages.filter((p) => !isListed(p)),
  );
  for (const page of pages) {
    if (!isHtmlPage(page) || !listed(page.data) || page.url === '/404.html') continue;
    out += `<url>\n${loc(page.url)}`;
    const modified = modifiedOf(page, site.config.timezone);
    if (liquidTruthy(modified))
      out += `<lastmod>${printedTime(f.xmlschema, modified, page, 'last_modified_at')}</lastmod>\n`;
    out += '</url>\n';
  }
  const dir = site.config.collectionsDir;
  for (const s of site.staticFiles) {
    if (s.unlisted || !LISTED_STATIC.test(s.file.path) || s.data.sitemap === false || name(s.file.path) === '404.html')
      continue;
    // The file's `path`: a collection's file by its path inside collections_dir, as Jekyll has it.
    const path = s.collection ? s.file.path.slice(dir ? dir.length + 1 : 0) : s.url;
    out += `<url>\n${loc(path)}<lastmod>${f.xmlschema(new Date(s.file.mtimeMs))}</lastmod>\n</url>\n`;
  }
  return `${out}</urlset>\n`;
}

/**
 * `last_modified_at`, a front-matter time (which kiln keeps as its text) as the time YAML reads:
 * `2022-02-02 10:00:00` is UTC, where the filter would read the text in the site's zone.
 */
function modifiedOf(item: Pick<Post, 'data' | 'doc'>, timeZone: string): unknown {
  const value = item.data.last_modified_at;
  if (typeof value !== 'string' || !timestampKeys(item.doc.frontMatter, false).includes('last_modified_at'))
    return value;
  const ms = parseDate(value, timeZone);
  return ms === null ? value : new Date(ms);
}
