import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KilnError } from '../shared/errors.js';

/**
 * Where `theme: NAME` lives: `_themes/NAME/` in the site, else an npm package `NAME` or
 * `jekyll-theme-NAME` in a `node_modules` folder of the site or above it. Not found, the error
 * lists every place looked at.
 */
export function findTheme(name: string, source: string, configName: string): string {
  if (!/^(@[\w.-]+\/)?[\w.-]+$/.test(name) || name === '.' || name === '..')
    throw new KilnError(`theme: "${name}" is not a theme name`, configName);
  const places = [join(source, '_themes', name)];
  for (let dir = source; ; dir = dirname(dir)) {
    places.push(join(dir, 'node_modules', name), join(dir, 'node_modules', `jekyll-theme-${name}`));
    if (dirname(dir) === dir) break;
  }
  const found = places.find((p) => isDir(p));
  if (found) return found;
  throw new KilnError(
    `theme "${name}" not found; kiln looked in:\n${places.map((p) => `  ${p}`).join('\n')}\n` +
      `copy the theme's _layouts, _includes, _sass and assets into _themes/${name}/, or npm install it`,
    configName,
  );
}

/** The theme's own `_sass` folder, for the Sass load path. */
export function themeSassDir(themeDir: string | null): string | null {
  return themeDir && isDir(join(themeDir, '_sass')) ? join(themeDir, '_sass') : null;
}

function isDir(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}
