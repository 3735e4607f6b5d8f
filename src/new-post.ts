import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Config } from './config/types.js';
import { strftime } from './shared/dates.js';
import { KilnError } from './shared/errors.js';

/** The slug of a title: ASCII, lower case, words joined by dashes (`Ça marche!` → `ca-marche`). */
export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Writes `_posts/YYYY-MM-DD-slug.md` for a new post, dated now in the site's zone, and returns
 * its path. Refuses to overwrite a file that exists.
 */
export function newPost(config: Config, title: string, options: { category?: string; author?: string }): string {
  const slug = slugOf(title);
  if (!slug) throw new KilnError(`the title "${title}" has no letters or digits to make a file name from`);
  const day = strftime(config.time, '%Y-%m-%d', config.timezone);
  const dir = join(config.source, '_posts');
  const path = join(dir, `${day}-${slug}.md`);
  const shown = relative(process.cwd(), path) || path;
  if (existsSync(path)) throw new KilnError('already exists; kiln new never overwrites a post', shown);
  const lines = [
    '---',
    'layout: post',
    `title: ${JSON.stringify(title)}`,
    `date: ${strftime(config.time, '%Y-%m-%d %H:%M:%S %z', config.timezone)}`,
    `categories: ${options.category ? JSON.stringify([options.category]) : '[]'}`,
    'authors:',
    options.author ? `  - name: ${JSON.stringify(options.author)}` : '  - name: ""',
    '# One sentence for the blog index; leave it empty to use the first paragraph.',
    'excerpt:',
    '---',
    '',
    'Write the first paragraph here: it is the excerpt unless `excerpt:` says otherwise.',
    '',
  ];
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, lines.join('\n'), { flag: 'wx' });
  return shown;
}
