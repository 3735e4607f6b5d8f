import { closeSync, existsSync, openSync, readdirSync, readSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { hasFrontMatter } from '../shared/front-matter-line.js';
import { MANIFEST_NAME } from '../shared/output-path.js';

// The source folders kiln reads: a destination there would be read back, or overwrite input.
const INPUT_FOLDERS = new Set(['_posts', '_drafts', '_layouts', '_includes', '_data']);

/**
 * Why `destination` may not be written, or null: it may not be the source, a folder that holds
 * the source (a parent, `/`), or one of the source's input folders. Symbolic links are followed,
 * so another name for the same folder is caught too.
 */
export function checkDestination(source: string, destination: string): string | null {
  const src = real(source);
  const dest = real(destination);
  if (dest === src)
    return 'the destination may not be the source folder (the build would overwrite the site’s own files)';
  const up = relative(dest, src);
  if (!up.startsWith('..') && !up.startsWith(sep) && up !== '')
    return `the destination may not be a folder that holds the source (${source})`;
  const down = relative(src, dest);
  const top = down.split(sep)[0]!;
  if (!down.startsWith('..') && INPUT_FOLDERS.has(top))
    return `the destination may not be inside ${top}/, which kiln reads as input`;
  return null;
}

/** The real path of a folder, or of its nearest existing parent with the rest appended. */
function real(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(real(parent), basename(path));
}

/** A destination that holds the site's own input: why, and the file that shows it (else the config is at fault). */
export interface HeldInput {
  readonly problem: string;
  readonly file?: string;
}

/**
 * Why `destination` may not be written once the collections are known, or null: it may not be
 * `collections_dir` or a collection's folder (or inside or around one: their documents would be
 * left unread), nor, before kiln has written it (no manifest), a folder holding files with front
 * matter, which only a site's own sources have (a Jekyll site's `content/` of pages or documents,
 * the default destination's name): the build would silently leave them out and write among them.
 */
export function checkHeldInput(
  source: string,
  destination: string,
  collectionsDir: string,
  labels: readonly string[],
): HeldInput | null {
  const src = real(source);
  const dest = real(destination);
  // Posts and drafts move into collections_dir with the collections.
  const held = [...labels, 'posts', 'drafts'].map((label) => join(collectionsDir, `_${label}`));
  for (const folder of collectionsDir ? [collectionsDir, ...held] : held) {
    const down = relative(join(src, folder), dest);
    const inside = down === '' || (!down.startsWith('..') && folder !== collectionsDir);
    const around = !relative(dest, join(src, folder)).startsWith('..');
    if (inside || around)
      return {
        problem: `the destination may not be ${folder}/, inside it or around it: the site's documents are there (${ANOTHER})`,
      };
  }
  if (!existsSync(dest) || existsSync(join(dest, MANIFEST_NAME))) return null;
  const found = frontMatterFile(dest, 0, { left: SCAN_LIMIT });
  if (!found) return null;
  const file = relative(src, found).startsWith('..') ? found : relative(src, found);
  return {
    problem: `this file has front matter, so the destination holds the site's own files, which kiln would not read and would write among (${ANOTHER})`,
    file,
  };
}

export const ANOTHER = 'name another destination, such as `_site`: `destination:` in _config.yml or --destination';

/** Files looked at for front matter in a destination kiln has not written: a built site has none. */
const SCAN_LIMIT = 20_000;

/** The first file under `dir` (dot entries left out) that starts with a front matter line, if any. */
function frontMatterFile(dir: string, depth: number, budget: { left: number }): string | null {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return null;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || budget.left-- <= 0) continue;
    const path = join(dir, e.name);
    if (e.isDirectory() && depth < 32) {
      const found = frontMatterFile(path, depth + 1, budget);
      if (found) return found;
    } else if (e.isFile() && startsWithFrontMatter(path)) return path;
  }
  return null;
}

/** Whether a file's first bytes open front matter (a read error: no). */
function startsWithFrontMatter(path: string): boolean {
  const head = Buffer.alloc(64);
  let got = 0;
  try {
    const fd = openSync(path, 'r');
    try {
      got = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  return hasFrontMatter(head.subarray(0, got));
}
