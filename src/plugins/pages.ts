import type { KnownPlugin } from '../config/types.js';
import type { PluginPage, Site } from '../model/types.js';
import { feedPages } from './feed.js';
import type { PluginFilters } from './filters.js';
import { redirectPages } from './redirects.js';
import { sitemapPages } from './sitemap.js';

/** Where jekyll-archives' pages (real pages of the site, model/archives.ts) stand among the plugins' pages. */
export const ARCHIVES = 'archives';

// Jekyll runs its generators by priority, those of one priority in the order they were loaded
// (the order `plugins:` names them): jekyll-redirect-from and jekyll-archives have the normal
// one, jekyll-feed and jekyll-sitemap the lowest.
const NORMAL: readonly KnownPlugin[] = ['jekyll-redirect-from', 'jekyll-archives'];
const LOWEST: readonly KnownPlugin[] = ['jekyll-feed', 'jekyll-sitemap'];

/**
 * The pages the site's plugins add to site.pages after the site's own, in the order Jekyll's
 * generators add them (ARCHIVES where jekyll-archives' pages go), made before anything renders
 * as Jekyll's generators run before it: every template sees them.
 */
export function pluginPages(site: Site, f: PluginFilters): Array<PluginPage | typeof ARCHIVES> {
  const on = [...site.config.plugins];
  const order = [...on.filter((p) => NORMAL.includes(p)), ...on.filter((p) => LOWEST.includes(p))];
  return order.flatMap((plugin): Array<PluginPage | typeof ARCHIVES> => {
    if (plugin === 'jekyll-redirect-from') return redirectPages(site, f);
    if (plugin === 'jekyll-archives') return [ARCHIVES];
    if (plugin === 'jekyll-feed') return feedPages(site);
    return sitemapPages(site);
  });
}
