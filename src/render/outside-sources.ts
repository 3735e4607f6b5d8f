import { readFileSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * A file `include_relative` names that the site does not read (`_part.html` beside a page: Jekyll
 * leaves it out of the site but reads it from disk for the tag): its text, or undefined when there
 * is no such file, or it is a link out of the source (Jekyll refuses those too).
 */
export function readOutsideSource(source: string, path: string): string | undefined {
  try {
    const root = realpathSync(source);
    const real = realpathSync(join(source, path));
    if (!real.startsWith(root + sep) || !statSync(real).isFile()) return undefined;
    return readFileSync(real, 'utf8');
  } catch {
    return undefined;
  }
}
