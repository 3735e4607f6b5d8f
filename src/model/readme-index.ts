import type { Config, ReadmeIndexConfig } from '../config/types.js';
import { pageOfFile } from './file-pages.js';
import { pagePlacement } from './page.js';
import type { Page, StaticFile } from './types.js';

// The Markdown extensions as Jekyll lists them (its default `markdown_ext`).
const MARKDOWN_EXTENSIONS = ['.markdown', '.mkdown', '.mkdn', '.mkd', '.md'];

/**
 * Whether a file is a README as jekyll-readme-index finds them: named `readme` in any case with a
 * Markdown extension written in lower case (`ReadMe.md` is one, `README.MD` is not: the plugin
 * matches the name without regard to case but the extension with it).
 */
export function isReadme(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.slice(0, 6).toLowerCase() === 'readme' && MARKDOWN_EXTENSIONS.includes(name.slice(6));
}

/**
 * jekyll-readme-index: each README among the static files (in their order) becomes its folder's
 * index page (at the folder's URL) when no page or file is that folder's index yet, those made
 * from earlier READMEs included. With `with_frontmatter`, each page named README, in site.pages'
 * order (the ones just made too), then moves to the URL of the folder its URL is in, on the same
 * terms: a README page at `/docs/guide/` moves up to `/docs/` when `/docs/` has no index, as the
 * plugin moves it. `pages` is site.pages as the plugin finds it; `added` the pages it adds;
 * `moved`: the pages of `pages` given another URL, each with its replacement; `removed`: the
 * READMEs no longer copied (`remove_originals: true`).
 */
export function readmeIndexPages(
  config: Config,
  settings: ReadmeIndexConfig,
  pages: readonly Page[],
  staticFiles: readonly StaticFile[],
): { added: Page[]; removed: Set<StaticFile>; moved: Map<Page, Page> } {
  // Every page's and file's URL as it is now: a page that moves takes its old URL with it.
  const urls = [...pages.map((p) => p.url), ...staticFiles.map((s) => s.url)];
  const added: Page[] = [];
  const removed = new Set<StaticFile>();
  for (const s of staticFiles) {
    if (!isReadme(s.file.path)) continue;
    const dir = rubyDirname(s.url);
    if (hasIndex(urls, dir)) continue;
    const page = pageOfFile(s.file, config, 'jekyll-readme-index', { permalink: `${dir}/` });
    added.push(page);
    urls.push(page.url);
    if (settings.removeOriginals) removed.add(s);
  }
  const moved = new Map<Page, Page>();
  if (!settings.withFrontmatter) return { added, removed, moved };
  const all = [...pages, ...added];
  const at = (i: number) => (i < pages.length ? i : pages.length + staticFiles.length + i - pages.length);
  all.forEach((page, i) => {
    if (page.archive || !isReadme(page.path)) return;
    const dir = rubyDirname(page.url);
    if (hasIndex(urls, dir)) return;
    // The page's own permalink becomes its folder's URL.
    const placed = {
      ...page,
      ...pagePlacement(page.doc, config, { ...page.doc.data, permalink: `${dir}/` }),
    };
    urls[at(i)] = placed.url;
    if (i < pages.length) moved.set(page, placed);
    else added[i - pages.length] = placed;
  });
  return { added, removed, moved };
}

/**
 * Whether a folder (`/docs`, or `/` for the root) has an index among the URLs: its own URL
 * (`/docs/`) or its `index.html`, `.htm`, `.xhtml` or `.xml`, in any case, as the plugin asks.
 */
function hasIndex(urls: readonly string[], dir: string): boolean {
  const folder = (dir.endsWith('/') ? dir : `${dir}/`).toLowerCase();
  return urls.some((url) => {
    const lower = url.toLowerCase();
    if (!lower.startsWith(folder)) return false;
    const rest = lower.slice(folder.length);
    return rest === '' || ['index.html', 'index.htm', 'index.xhtml', 'index.xml'].includes(rest);
  });
}

/** Ruby's File.dirname of a URL: `/docs/README.md` → `/docs`, `/README.md` and `/docs/` → `/`. */
export function rubyDirname(url: string): string {
  let end = url.length;
  while (end > 1 && url[end - 1] === '/') end--;
  const path = url.slice(0, end);
  const slash = path.lastIndexOf('/');
  if (slash < 0) return '.';
  let dir = path.slice(0, slash);
  while (dir.length > 1 && dir.endsWith('/')) dir = dir.slice(0, -1);
  return dir || '/';
}
