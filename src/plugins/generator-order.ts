import type { KnownPlugin } from '../config/types.js';
import type { PageSlot } from '../model/types.js';

// Jekyll runs its generators by priority, those of one priority in the order they were loaded
// (`config.plugins`' order: Bundler's jekyll_plugins group, a theme gem's dependencies, then
// `plugins:`; config/load-config.ts). Of the plugins that add pages: jekyll-redirect-from,
// jekyll-archives and jekyll-optional-front-matter have the normal priority, jekyll-readme-index
// the low one, jekyll-feed, jekyll-sitemap, jekyll-paginate and jekyll-paginate-v2 the lowest.
const NORMAL: readonly KnownPlugin[] = ['jekyll-redirect-from', 'jekyll-archives', 'jekyll-optional-front-matter'];
const LOW: readonly KnownPlugin[] = ['jekyll-readme-index'];
const LOWEST: readonly KnownPlugin[] = ['jekyll-feed', 'jekyll-sitemap', 'jekyll-paginate', 'jekyll-paginate-v2'];

/** The site's plugins that add pages, in the order Jekyll's generators add them. */
export function pageGenerators(plugins: ReadonlySet<KnownPlugin>): KnownPlugin[] {
  const on = [...plugins];
  return [NORMAL, LOW, LOWEST].flatMap((level) => on.filter((p) => level.includes(p)));
}

/** Where the pages the model made for a plugin stand among the plugins' pages. */
export function slotOf(plugin: KnownPlugin): PageSlot | null {
  if (plugin === 'jekyll-archives') return 'archives';
  return plugin === 'jekyll-optional-front-matter' ||
    plugin === 'jekyll-readme-index' ||
    plugin === 'jekyll-paginate' ||
    plugin === 'jekyll-paginate-v2'
    ? plugin
    : null;
}
