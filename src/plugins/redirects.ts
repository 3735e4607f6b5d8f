import { isListed } from '../model/page.js';
import { isLaterPaginatorPage } from '../model/paginate.js';
import { cleanUrl, documentOutputPath, outputPathFor } from '../model/permalink.js';
import { redirectTarget } from '../model/redirect-to.js';
import { inPostsOrder, type Page, type PluginPage, type Site } from '../model/types.js';
import { KilnError } from '../shared/errors.js';
import { unsafeOutputPath } from '../shared/output-path.js';
import { lineOfKey } from '../source/front-matter.js';
import { feedSpecs } from './feed.js';
import type { PluginFilters } from './filters.js';
import { pageGenerators } from './generator-order.js';
import { type Generated, inSiteOrder, obj, pluginPage, sourceFolderHas } from './values.js';

/** A redirect jekyll-redirect-from makes: from a URL (with a leading slash) to an absolute one. */
interface Redirect {
  /** As written (with a leading slash): redirects.json's key, the page's `redirect.from`. */
  readonly from: string;
  /** The redirect page's URL: `from` with each run of `/` one (`/https:/old.example.org/`). */
  readonly url: string;
  /** Where it is written under the destination. */
  readonly outputPath: string;
  readonly to: string;
  /** A `redirect_from` entry (a page of its own), not a `redirect_to` (the document's own page). */
  readonly page: boolean;
  /**
   * False for the `redirect_to` of a post whose URL a later file took, or a `redirect_from` page
   * where a static file or document is written: listed, but not written.
   */
  readonly written: boolean;
  /** The post, document or page that has it. */
  readonly source: string;
}

/**
 * Every redirect, in the order the plugin makes them: the documents Jekyll writes (posts oldest
 * first, then each collection's in the config's order), then the pages by name; each document's
 * `redirect_from` entries, then its `redirect_to`.
 */
function redirects(site: Site, f: PluginFilters): Redirect[] {
  // site.pages (before rendering) and the outputs (after) ask for the same list in one build.
  const known = madeFor.get(site);
  if (known?.f === f) return known.list;
  const list = listRedirects(site, f);
  madeFor.set(site, { f, list });
  return list;
}

const madeFor = new WeakMap<Site, { f: PluginFilters; list: Redirect[] }>();

function listRedirects(site: Site, f: PluginFilters): Redirect[] {
  const out: Redirect[] = [];
  // Jekyll writes pages (the plugin's among them), then static files, then documents: where one
  // of those is written, a `redirect_from` page is written over.
  const laterFiles = new Set<string>();
  for (const s of site.staticFiles) if (s.written) laterFiles.add(s.outputPath);
  for (const p of site.posts) if (p.written !== false) laterFiles.add(p.outputPath);
  for (const c of site.collections) for (const d of c.docs) if (d.written) laterFiles.add(d.outputPath);
  for (const path of laterGenerated(site)) laterFiles.add(path);
  // `written`: false for a post or page whose URL a later file took (its redirect is listed, not written).
  const visit = (source: Source, written = true) => {
    const { url, data, path } = source;
    const froms = data.redirect_from;
    for (const entry of (Array.isArray(froms) ? froms : [froms]).filter((x) => x !== undefined && x !== null)) {
      const from = withLeadingSlash(String(entry));
      const place = redirectPlace(from, source);
      out.push({
        ...place,
        from,
        to: absoluteTarget(url, f),
        page: true,
        written: !laterFiles.has(place.outputPath),
        source: path,
      });
    }
    const to = redirectTarget(data);
    if (to !== null)
      out.push({
        from: url,
        url,
        outputPath: outputPathFor(url, '.html'),
        to: absoluteTarget(String(to), f),
        page: false,
        written,
        source: path,
      });
  };
  for (const post of inPostsOrder(site, site.posts)) visit(post, post.written !== false);
  for (const c of site.collections) for (const d of c.docs) if (d.written) visit(d);
  // A jekyll-paginate-v2 template is read as it was (that plugin runs after this one): once.
  const pages = site.pages
    .filter(isListed)
    .flatMap((p) => (!p.paginated ? [p] : p.paginator?.page === 1 ? [p.paginated.template] : []));
  for (const page of inSiteOrder(!!site.config.polyglotPass, pages)) visit(page, page.written !== false);
  return out;
}

/**
 * The pages of the generators Jekyll runs after this one's (generator-order.ts), which are later
 * in site.pages and so written over a redirect page at their URL: jekyll-paginate's pages 2…
 * and jekyll-feed's feeds (the lowest priority), jekyll-archives' pages when it is loaded after.
 */
function laterGenerated(site: Site): string[] {
  const plugins = site.config.plugins;
  const order = pageGenerators(plugins);
  const archivesAfter = order.indexOf('jekyll-archives') > order.indexOf('jekyll-redirect-from');
  const paths: string[] = [];
  for (const p of site.pages) {
    if (p.written === false) continue;
    if (isLaterPaginatorPage(p) || (archivesAfter && p.archive)) paths.push(p.outputPath);
  }
  if (plugins.has('jekyll-feed')) for (const spec of feedSpecs(site)) paths.push(spec.path.slice(1));
  return paths;
}

/** A post, document or page that may redirect. */
type Source = Pick<Page, 'url' | 'data' | 'path' | 'doc'>;

// An empty one stays empty (redirects.json's key), as Jekyll's ensure_leading_slash leaves it.
const withLeadingSlash = (url: string) => (url === '' || url.startsWith('/') ? url : `/${url}`);

/**
 * Where a `redirect_from` page is, as Jekyll places a page whose permalink is `from`: its URL
 * sanitized as any page's (`//` collapsed, `..` a `/`, `./` dropped), written with the
 * permalink's extension (Ruby's File.extname, `.php?year=2023`), else `.html`. A place kiln cannot
 * write (its own `.kiln-manifest.json`, a NUL or a backslash) fails the build at the source's
 * `redirect_from`.
 */
function redirectPlace(from: string, source: Source): { url: string; outputPath: string } {
  const url = cleanUrl(from);
  const outputPath = documentOutputPath(url, from, '.html', true);
  const unsafe = unsafeOutputPath(outputPath);
  if (unsafe)
    throw new KilnError(
      `redirect_from ${from} cannot be written (${unsafe})`,
      source.path,
      lineOfKey(source.doc, 'redirect_from'),
    );
  return { url, outputPath };
}

/** A redirect's target as the plugin writes it: a URL with a scheme as it is, else the site's absolute URL. */
function absoluteTarget(to: string, f: PluginFilters): string {
  return /^https?:\/\//.test(to) ? to : f.absoluteUrl(to);
}

/** /redirects.json's text: each redirect's source URL to its target. */
function redirectsJson(list: readonly Redirect[]): string {
  return JSON.stringify(Object.fromEntries(list.map((r) => [r.from, r.to])));
}

/** Whether the plugin writes /redirects.json: unless `redirect_from: { json: false }` or the site has one. */
function writesJson(site: Site): boolean {
  return obj(site.config.siteData.redirect_from).json !== false && !sourceFolderHas(site, '/redirects.json');
}

/**
 * Whether the site (or its theme) has a `redirect` layout: the plugin then renders its pages
 * through it, as any page through its layout (render/render-site.ts), and never uses its own.
 */
export function siteRedirectLayout(site: Site): boolean {
  return site.layouts.has('redirect');
}

/**
 * jekyll-redirect-from: a page at each `redirect_from` URL that sends the reader to the post,
 * document or page; one with `redirect_to` is replaced by such a page; /redirects.json maps every
 * redirect (unless `redirect_from: { json: false }`). The pages are the plugin's own template's,
 * unless the site has a `redirect` layout (then they render as pages: `redirectFromPages`).
 */
export function redirectOutputs(site: Site, f: PluginFilters): Generated[] {
  const list = redirects(site, f);
  const out: Generated[] = siteRedirectLayout(site)
    ? []
    : list.filter((r) => r.written).map((r) => ({ path: r.outputPath, text: redirectPage(r.to) }));
  if (writesJson(site)) out.push({ path: 'redirects.json', text: redirectsJson(list) });
  return out;
}

/** A `redirect_from` page: the one the plugin adds to site.pages, where it is written and whose entry made it. */
export interface RedirectFromPage {
  readonly page: PluginPage;
  readonly outputPath: string;
  readonly source: string;
}

/**
 * The `redirect_from` pages that render through the site's `redirect` layout, one per output
 * path (the last, as Jekyll writes them in turn); none when the site has no such layout.
 */
export function redirectFromPages(site: Site, f: PluginFilters): RedirectFromPage[] {
  if (!siteRedirectLayout(site)) return [];
  const byPath = new Map<string, RedirectFromPage>();
  for (const r of redirects(site, f))
    if (r.page && r.written) {
      byPath.delete(r.outputPath);
      byPath.set(r.outputPath, { page: redirectFromPage(site, r), outputPath: r.outputPath, source: r.source });
    }
  return [...byPath.values()];
}

/** A `redirect_from` entry's page as the plugin adds it: named `redirect.html` (its template's), with its data. */
function redirectFromPage(site: Site, r: Redirect): PluginPage {
  return pluginPage(site, 'redirect.html', r.url, 'redirect.html', {
    sitemap: false,
    layout: 'redirect',
    permalink: r.from,
    redirect: { from: r.from, to: r.to },
  });
}

/**
 * The pages the plugin adds to site.pages, as templates see them: a redirect page per
 * `redirect_from` entry (each named `redirect.html`, the plugin's), then redirects.json.
 */
export function redirectPages(site: Site, f: PluginFilters): PluginPage[] {
  const list = redirects(site, f);
  const pages = list.filter((r) => r.page).map((r) => redirectFromPage(site, r));
  if (writesJson(site))
    pages.push({
      ...pluginPage(site, 'redirects.json', '/redirects.json', 'redirects.json', { layout: null }),
      content: redirectsJson(list),
    });
  return pages;
}

/**
 * What the plugin merges into the data of a post, document or page with `redirect_to` (its page
 * is the redirect), as templates see it; null for one without.
 */
export function redirectToData(
  url: string,
  data: Readonly<Record<string, unknown>>,
  f: PluginFilters,
): Record<string, unknown> | null {
  const to = redirectTarget(data);
  if (to === null) return null;
  return {
    sitemap: false,
    layout: 'redirect',
    permalink: url,
    redirect: { from: url, to: absoluteTarget(String(to), f) },
  };
}

/**
 * The documents the plugin redirects away (`redirect_to`), by source path, each with its output,
 * the redirect page: posts, written collection documents and pages, as it finds them. Before
 * anything renders it empties their content (a Markdown one then renders as a line break) and
 * makes their output that page; their excerpt, made when the site was read, stays the body's.
 * The output is null when the site has a `redirect` layout: the document renders through it.
 * Null when there are none.
 */
export function redirectedAway(
  site: Site,
  listed: readonly Page[],
  f: PluginFilters,
): Map<string, string | null> | null {
  let away: Map<string, string | null> | null = null;
  const own = !siteRedirectLayout(site);
  const visit = (path: string, data: Readonly<Record<string, unknown>>) => {
    // Most have no redirect_to: one look at the key.
    if (data.redirect_to === undefined) return;
    const to = redirectTarget(data);
    if (to !== null) (away ??= new Map()).set(path, own ? redirectPage(absoluteTarget(String(to), f)) : null);
  };
  for (const post of site.posts) visit(post.doc.file.path, post.data);
  for (const c of site.collections) for (const d of c.docs) if (d.written) visit(d.doc.file.path, d.data);
  for (const page of listed) if (!page.paginated && !page.paginator) visit(page.doc.file.path, page.data);
  return away;
}

/** The page jekyll-redirect-from's own `redirect` layout makes. */
function redirectPage(to: string): string {
  return `<!DOCTYPE html>
<html lang="en-US">
  <meta charset="utf-8">
  <title>Redirecting&hellip;</title>
  <link rel="canonical" href="${to}">
  <script>location="${to}"</script>
  <meta http-equiv="refresh" content="0; url=${to}">
  <meta name="robots" content="noindex">
  <h1>Redirecting&hellip;</h1>
  <a href="${to}">Click here if you are not redirected.</a>
</html>
`;
}
