import type { Config, OptionalFrontMatterConfig } from '../config/types.js';
import { includeMatcher } from '../source/classify.js';
import { baseName, pageOfFile } from './file-pages.js';
import { isMarkdownPath } from './permalink.js';
import type { Page, StaticFile } from './types.js';

// The names (any case, without the extension) jekyll-optional-front-matter leaves as files:
// a repository's own documents, not the site's pages.
const LEFT_AS_FILES = new Set([
  'README',
  'LICENSE',
  'LICENCE',
  'COPYING',
  'CODE_OF_CONDUCT',
  'CONTRIBUTING',
  'ISSUE_TEMPLATE',
  'PULL_REQUEST_TEMPLATE',
]);

/**
 * jekyll-optional-front-matter: each Markdown file without front matter (the site's static
 * files, those of collections too, in their order) becomes a page after the site's own, unless
 * its name is one the plugin leaves (README, LICENSE, …) and `include:` does not name it.
 * `removed`: the files that are then no longer copied (`remove_originals: true`).
 */
export function optionalFrontMatterPages(
  config: Config,
  settings: OptionalFrontMatterConfig,
  staticFiles: readonly StaticFile[],
): { pages: Page[]; removed: Set<StaticFile> } {
  const pages: Page[] = [];
  const removed = new Set<StaticFile>();
  const included = includeMatcher(config.include);
  for (const s of staticFiles) {
    const path = s.file.path;
    if (!isMarkdownPath(path)) continue;
    if (LEFT_AS_FILES.has(baseName(path).toUpperCase()) && !included(path)) continue;
    pages.push(pageOfFile(s.file, config, 'jekyll-optional-front-matter'));
    if (settings.removeOriginals) removed.add(s);
  }
  return { pages, removed };
}
