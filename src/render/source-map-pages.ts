import type { Config } from '../config/types.js';
import type { Page, PluginPage } from '../model/types.js';
import { isSassPage } from './sass.js';

// Jekyll's Sass converter adds a page for a stylesheet's source map to site.pages as it converts
// the stylesheet (`main.css.map`, sharing the stylesheet's front matter), so the pages Jekyll
// renders after a stylesheet find one more page at the end of site.pages: a loop over it that
// prints something for every page prints it once more there.

/** A stylesheet whose conversion adds its source map's page to site.pages, and that page. */
export interface SourceMapPage {
  readonly stylesheet: Page;
  readonly page: PluginPage;
}

/** The source-map pages of the site's stylesheets, in the order Jekyll renders the stylesheets. */
export function sourceMapPages(pages: readonly Page[], config: Config): SourceMapPage[] {
  if (!config.sass.sourcemap) return [];
  return pages
    .filter((p) => isSassPage(p.path))
    .map((stylesheet) => {
      const slash = stylesheet.path.lastIndexOf('/');
      const file = stylesheet.path.slice(slash + 1);
      const name = `${file.slice(0, file.lastIndexOf('.'))}.css.map`;
      const page: PluginPage = {
        path: `${stylesheet.path.slice(0, slash + 1)}${name}`,
        url: `${stylesheet.url.replace(/[^/]*$/, '')}${name}`,
        name,
        data: stylesheet.data,
        html: false,
      };
      return { stylesheet, page };
    });
}
