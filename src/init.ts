import { cpSync, existsSync, readdirSync, renameSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config/load-config.js';
import { KilnError } from './shared/errors.js';
import { strftime } from './shared/strftime.js';

// The starter site ships with kiln, beside dist/.
const STARTER = fileURLToPath(new URL('../starter', import.meta.url));

/**
 * What a folder may already hold for `kiln init`: an npm project (`npm init`, `npm install
 * kiln-ssg`), which the build never reads, and dotfiles (.git, .gitignore, .npmrc).
 */
const PROJECT_FILES = new Set(['package.json', 'package-lock.json', 'node_modules']);

/**
 * `kiln init [DIR]`: writes the starter site (config, layouts, a post dated today, a paginated
 * blog with its feed, a home page, an about page, a 404 page, a stylesheet) into a folder that
 * does not exist yet, is empty, or holds only an npm project, and returns the files written.
 */
export function initSite(dir: string): string[] {
  const target = resolve(dir);
  const there = existsSync(target) ? readdirSync(target) : [];
  const other = there.filter((name) => !PROJECT_FILES.has(name) && !name.startsWith('.'));
  if (other.length > 0)
    throw new KilnError(
      `holds ${named(other.sort())}; kiln init writes a new site only into a new or empty folder (package.json, node_modules and dotfiles may be there)`,
      dir,
    );
  cpSync(STARTER, target, { recursive: true, errorOnExist: true, force: false });
  const config = loadConfig({ source: target });
  const day = strftime(config.time, '%Y-%m-%d', config.timezone);
  const post = `_posts/${day}-welcome.md`;
  renameSync(join(target, '_posts', 'welcome.md'), join(target, post));
  // What was written, not what the folder holds (node_modules may be there).
  const written = list(STARTER).map((p) => (p === '_posts/welcome.md' ? post : p));
  return written.sort().map((p) => relative(process.cwd(), join(target, p)) || p);
}

/** `a, b, c and 4 more`: enough names to recognise the folder. */
function named(names: readonly string[]): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}

function list(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true })
    .flatMap((e) => {
      const path = prefix ? `${prefix}/${e.name}` : e.name;
      return e.isDirectory() ? list(root, path) : [path];
    })
    .sort();
}
