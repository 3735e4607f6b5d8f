import type { Config } from '../config/types.js';
import { optionalFrontMatterPages } from './optional-front-matter.js';
import { readmeIndexPages } from './readme-index.js';
import type { Collection, Page, StaticFile } from './types.js';

/**
 * The pages GitHub Pages' plugins make of Markdown files without front matter, in the order
 * Jekyll runs them (jekyll-optional-front-matter has the normal priority, jekyll-readme-index
 * the low one, so READMEs see the pages the other made), after the site's own pages. A file a
 * plugin removes from site.static_files is no longer copied, unless it is a collection's: Jekyll
 * writes those from the collection, and they are only no longer listed (`unlisted`).
 */
export function withMarkdownPages(
  config: Config,
  pages: readonly Page[],
  staticFiles: readonly StaticFile[],
  collections: readonly Collection[],
): { pages: Page[]; staticFiles: StaticFile[]; collections: Collection[] } {
  let allPages = [...pages];
  let files = [...staticFiles];
  const unlisted = new Map<StaticFile, StaticFile>();
  const drop = (removed: ReadonlySet<StaticFile>) => {
    if (!removed.size) return;
    files = files.flatMap((s) => {
      if (!removed.has(s)) return [s];
      if (s.collection === null) return [];
      const kept = { ...s, unlisted: true };
      unlisted.set(s, kept);
      return [kept];
    });
  };
  // A file taken out of the list is none of the plugins' any more.
  const listed = () => files.filter((s) => !s.unlisted);
  if (config.optionalFrontMatter) {
    const made = optionalFrontMatterPages(config, config.optionalFrontMatter, listed());
    allPages.push(...made.pages);
    drop(made.removed);
  }
  if (config.readmeIndex) {
    // jekyll-paginate's pages 2… are not made yet when the plugin looks for a folder's index.
    const first = allPages.filter((p) => !p.paginator || p.paginator.page === 1);
    const made = readmeIndexPages(config, config.readmeIndex, first, listed());
    if (made.moved.size) allPages = allPages.map((p) => made.moved.get(p) ?? p);
    allPages.push(...made.added);
    drop(made.removed);
  }
  const withUnlisted = unlisted.size
    ? collections.map((c) => ({ ...c, files: c.files.map((f) => unlisted.get(f) ?? f) }))
    : [...collections];
  return { pages: allPages, staticFiles: files, collections: withUnlisted };
}
