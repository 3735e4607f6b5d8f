import type { PluginPageSlot, Site } from '../model/types.js';
import { feedPages } from './feed.js';
import type { PluginFilters } from './filters.js';
import { pageGenerators, slotOf } from './generator-order.js';
import { redirectPages } from './redirects.js';
import { sitemapPages } from './sitemap.js';

/**
 * The pages the site's plugins add to site.pages after the site's own, in the order Jekyll's
 * generators add them (slots where the pages the model made stand: jekyll-archives', those made
 * of Markdown files, jekyll-paginate-v2's), made before anything renders as Jekyll's generators run before it: every
 * template sees them.
 */
export function pluginPages(site: Site, f: PluginFilters): PluginPageSlot[] {
  return pageGenerators(site.config.plugins).flatMap((plugin): PluginPageSlot[] => {
    const slot = slotOf(plugin);
    if (slot) return [slot];
    if (plugin === 'jekyll-redirect-from') return redirectPages(site, f);
    if (plugin === 'jekyll-feed') return feedPages(site);
    return sitemapPages(site);
  });
}
