// The order of site.pages and site.static_files. Jekyll 4 reads a folder's subfolders (depth
// first) before its own pages, then sorts the pages by file name with a stable sort, so pages
// with the same name (`index.html` in several folders) keep that reading order: `docs/index.html`
// comes before `index.html`. Jekyll takes sibling folders in the order the file system lists
// them, which differs between machines; kiln takes them by name, the order of a sorted listing.
// The theme's assets are read after that sort, folder by folder in name order, and added after
// the site's own pages and static files. Names compare as Ruby's strings do, by UTF-8 bytes.

import { rubyTextCompare } from '../shared/ruby-text.js';

/** Compares two pages' source files as Jekyll 4 orders site.pages. */
export function comparePages(a: PageSource, b: PageSource): number {
  if (a.fromTheme !== b.fromTheme) return a.fromTheme ? 1 : -1;
  if (a.fromTheme) return compareFolderWalk(a.path, b.path);
  const nameA = a.path.slice(a.path.lastIndexOf('/') + 1);
  const nameB = b.path.slice(b.path.lastIndexOf('/') + 1);
  if (nameA !== nameB) return rubyTextCompare(nameA, nameB);
  return compareReadOrder(a.path.split('/').slice(0, -1), b.path.split('/').slice(0, -1));
}

/** Compares two static files as Jekyll 4 orders site.static_files: the site's by path, then the theme's. */
export function compareStaticFiles(a: PageSource, b: PageSource): number {
  if (a.fromTheme !== b.fromTheme) return a.fromTheme ? 1 : -1;
  if (a.fromTheme) return compareFolderWalk(a.path, b.path);
  return rubyTextCompare(a.path, b.path);
}

interface PageSource {
  readonly path: string;
  readonly fromTheme?: true;
}

/** Which of two folders Jekyll reads a page of first: a subfolder's before its parent's. */
function compareReadOrder(dirA: readonly string[], dirB: readonly string[]): number {
  const shared = Math.min(dirA.length, dirB.length);
  for (let i = 0; i < shared; i++) {
    if (dirA[i] !== dirB[i]) return rubyTextCompare(dirA[i]!, dirB[i]!);
  }
  return dirB.length - dirA.length;
}

/** A walk of a folder tree taking each folder's entries by name (`a/x.scss` before `a.scss`). */
export function compareFolderWalk(a: string, b: string): number {
  const partsA = a.split('/');
  const partsB = b.split('/');
  const shared = Math.min(partsA.length, partsB.length);
  for (let i = 0; i < shared; i++) {
    if (partsA[i] !== partsB[i]) return rubyTextCompare(partsA[i]!, partsB[i]!);
  }
  return partsA.length - partsB.length;
}
