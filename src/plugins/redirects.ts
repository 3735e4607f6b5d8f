import { outputPathFor } from '../model/permalink.js';
import type { Site } from '../model/types.js';
import type { PluginFilters } from './filters.js';
import { byName, type Generated, obj, sourceHas } from './values.js';

/**
 * jekyll-redirect-from: a page at each `redirect_from` URL that sends the reader to the post or
 * page; a page with `redirect_to` is replaced by such a page; /redirects.json maps every
 * redirect (unless `redirect_from: { json: false }`). Posts first (oldest first), then pages by
 * name, as Jekyll visits them.
 */
export function redirectOutputs(site: Site, f: PluginFilters): Generated[] {
  const out: Generated[] = [];
  const map: Array<[string, string]> = [];
  const add = (from: string, to: string) => {
    const source = from.startsWith('/') ? from : `/${from}`;
    const target = /^https?:\/\//.test(to) ? to : f.absoluteUrl(to);
    out.push({ path: outputPathFor(source, '.html'), text: redirectPage(target) });
    map.push([source, target]);
  };
  const visit = (url: string, data: Readonly<Record<string, unknown>>) => {
    const froms = data.redirect_from;
    for (const from of (Array.isArray(froms) ? froms : [froms]).filter((x) => x !== undefined && x !== null))
      add(String(from), url);
    const to = Array.isArray(data.redirect_to) ? data.redirect_to.find((x) => x !== null) : data.redirect_to;
    if (to !== undefined && to !== null) add(url, String(to));
  };
  for (const post of [...site.posts].reverse()) visit(post.url, post.data);
  for (const page of byName(site.pages.filter((p) => !p.paginator || p.paginator.page === 1)))
    visit(page.url, page.data);
  if (obj(site.config.siteData.redirect_from).json !== false && !sourceHas(site, '/redirects.json'))
    out.push({ path: 'redirects.json', text: JSON.stringify(Object.fromEntries(map)) });
  return out;
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
