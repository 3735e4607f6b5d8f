import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

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
