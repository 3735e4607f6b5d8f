import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { transliterate } from 'transliteration';
import type { Config } from './config/types.js';
import { KilnError } from './shared/errors.js';
import { strftime } from './shared/strftime.js';

/**
 * The slug of a title: ASCII, lower case, words joined by dashes. Letters of any script are
 * transliterated (`Ça marche!` → `ca-marche`, `Straße` → `strasse`, `你好` → `ni-hao`);
 * symbols (`®`, emoji) are dropped.
 */
export function slugOf(title: string): string {
  return transliterate(title.normalize('NFKC').replace(/\p{S}/gu, ' '))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface NewPostOptions {
  readonly category?: string;
  readonly author?: string;
  /** The file name's slug, instead of the title's. */
  readonly slug?: string;
  /** Write to _posts/ dated now, instead of _drafts/. */
  readonly publish?: boolean;
}

/** A path as the user should read it: relative to where they are. */
const shown = (path: string) => relative(process.cwd(), path) || path;

/**
 * Writes a new post, `_drafts/SLUG.md` (or `_posts/YYYY-MM-DD-SLUG.md` dated now in the site's
 * zone with `publish`), and returns its path. Refuses to overwrite a file that exists.
 */
export function newPost(config: Config, title: string, options: NewPostOptions): string {
  const slug = options.slug === undefined ? slugOf(title) : slugOf(options.slug);
  if (!slug)
    throw new KilnError(
      options.slug === undefined
        ? `the title "${title}" has no letters or digits to make a file name from; give one with --slug`
        : `--slug "${options.slug}" has no letters or digits`,
    );
  const dir = join(config.source, options.publish ? '_posts' : '_drafts');
  const name = options.publish ? `${strftime(config.clock, '%Y-%m-%d', config.timezone)}-${slug}.md` : `${slug}.md`;
  const path = join(dir, name);
  if (existsSync(path)) throw new KilnError('already exists; kiln new never overwrites a post', shown(path));
  const lines = [
    '---',
    'layout: post',
    `title: ${JSON.stringify(title)}`,
    ...(options.publish ? [`date: ${strftime(config.clock, '%Y-%m-%d %H:%M:%S %z', config.timezone)}`] : []),
    `categories: ${options.category ? JSON.stringify([options.category]) : '[]'}`,
    ...(options.author ? ['authors:', `  - name: ${JSON.stringify(options.author)}`] : []),
    '# One sentence for the blog index; leave it empty to use the first paragraph.',
    'excerpt:',
    '---',
    '',
    'Write the first paragraph here: it is the excerpt unless `excerpt:` says otherwise.',
    '',
  ];
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, lines.join('\n'), { flag: 'wx' });
  return shown(path);
}

/**
 * Moves a draft to `_posts/YYYY-MM-DD-SLUG.md`, dated now in the site's zone: its `date:` line is
 * set (or added), everything else is kept. `draft` is the draft's path, file name or slug.
 * Returns the new path.
 */
export function publishDraft(config: Config, draft: string): string {
  const drafts = join(config.source, '_drafts');
  const candidates = [draft, join(config.source, draft), join(drafts, draft), join(drafts, `${draft}.md`)];
  const from = candidates.find((c) => /\.(md|markdown)$/.test(c) && existsSync(c) && statSync(c).isFile());
  if (!from)
    throw new KilnError(`no draft "${draft}" in ${shown(drafts)}; give its file name or slug (kiln new writes drafts)`);
  const text = readFileSync(from, 'utf8');
  const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!fence) throw new KilnError('has no front matter (a --- line, its keys, and a --- line)', shown(from), 1);
  const date = `date: ${strftime(config.clock, '%Y-%m-%d %H:%M:%S %z', config.timezone)}`;
  const keys = fence[1]!.split('\n');
  const at = keys.findIndex((l) => /^date\s*:/.test(l));
  if (at >= 0) keys[at] = date;
  else
    keys.splice(
      Math.max(
        0,
        keys.findIndex((l) => /^title\s*:/.test(l)),
      ) + 1,
      0,
      date,
    );
  const day = strftime(config.clock, '%Y-%m-%d', config.timezone);
  const to = join(config.source, '_posts', `${day}-${basename(from).replace(/^\d{4}-\d\d-\d\d-/, '')}`);
  if (existsSync(to)) throw new KilnError('already exists; kiln publish never overwrites a post', shown(to));
  mkdirSync(join(config.source, '_posts'), { recursive: true });
  writeFileSync(to, `---\n${keys.join('\n')}\n---\n${text.slice(fence[0].length)}`, { flag: 'wx' });
  // The draft goes only once the post is written: a failure in between loses nothing.
  rmSync(from);
  return shown(to);
}
