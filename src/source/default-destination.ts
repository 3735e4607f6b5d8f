import { type Dirent, existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ANOTHER } from '../config/destination.js';
import type { Config } from '../config/types.js';
import { KilnError } from '../shared/errors.js';
import { MANIFEST_NAME } from '../shared/output-path.js';
import { Classifier } from './classify.js';

/** Entries looked at in a default destination kiln has not written. */
const SCAN_LIMIT = 20_000;

/**
 * Refuses kiln's default destination (`content`, where Jekyll's is `_site`) when kiln has not
 * written it (no manifest) and it holds the site's own files: a Jekyll site's `content/` of
 * images or audio, which Jekyll publishes at `/content/…` and kiln would leave out and write
 * among. A folder holding a page (`.html`) is taken for a site built there before, by kiln
 * without its manifest or by another tool, and is written as it is.
 */
export function checkDefaultDestination(config: Config): void {
  const dest = config.destination;
  if (!config.destinationIsDefault || !existsSync(dest) || existsSync(join(dest, MANIFEST_NAME))) return;
  const top = relative(config.source, dest).split(sep).join('/');
  if (!top || top.startsWith('..')) return;
  // The site as Jekyll reads it, with the destination elsewhere: is the folder's file its input?
  const classifier = new Classifier({ ...config, destination: join(config.source, '_site') });
  const scan: Scan = { left: SCAN_LIMIT, page: false, published: null };
  walk(dest, top, classifier, scan);
  if (scan.page || !scan.published) return;
  throw new KilnError(
    `${top}/ is kiln's default destination, but it holds the site's own files, which Jekyll publishes (this one at /${scan.published}) and kiln would leave out and write among (${ANOTHER})`,
    scan.published,
  );
}

interface Scan {
  left: number;
  /** A page was found: a built site. */
  page: boolean;
  /** The first file the site publishes, by its path from the source. */
  published: string | null;
}

/** Looks through `dir` (its path from the source: `path`) for a page and for a file the site publishes. */
function walk(dir: string, path: string, classifier: Classifier, scan: Scan): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (scan.page || scan.left-- <= 0) return;
    const inside = `${path}/${e.name}`;
    // Dot entries (`.git`, `.DS_Store`) are no built site's pages, and published only when `include:` names them.
    const dot = e.name.startsWith('.');
    if (e.isDirectory()) {
      if (!dot || classifier.walksInto(inside)) walk(join(dir, e.name), inside, classifier, scan);
    } else if (e.isFile()) {
      if (!dot && /\.html?$/i.test(e.name)) scan.page = true;
      else if (!scan.published && classifier.kindOf(inside) !== null) scan.published = inside;
    }
  }
}
