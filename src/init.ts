import { cpSync, existsSync, readdirSync, renameSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config/load-config.js';
import { KilnError } from './shared/errors.js';
import { strftime } from './shared/strftime.js';

// The starter site ships with kiln, beside dist/.
const STARTER = fileURLToPath(new URL('../starter', import.meta.url));

/**
 * `kiln init [DIR]`: writes the starter site (config, layouts, a post dated today, a paginated
 * blog with its feed, a home page, an about page, a 404 page, a stylesheet) into a folder that
 * is empty or does not exist yet, and returns the files written.
 */
export function initSite(dir: string): string[] {
  const target = resolve(dir);
  if (existsSync(target) && readdirSync(target).length > 0)
    throw new KilnError('is not empty; kiln init writes a new site only into an empty or new folder', dir);
  cpSync(STARTER, target, { recursive: true, errorOnExist: true, force: false });
  const config = loadConfig({ source: target });
  const day = strftime(config.time, '%Y-%m-%d', config.timezone);
  renameSync(join(target, '_posts', 'welcome.md'), join(target, '_posts', `${day}-welcome.md`));
  return list(target).map((p) => relative(process.cwd(), join(target, p)) || p);
}

function list(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true })
    .flatMap((e) => {
      const path = prefix ? `${prefix}/${e.name}` : e.name;
      return e.isDirectory() ? list(root, path) : [path];
    })
    .sort();
}
