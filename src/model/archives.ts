import type { ArchiveType, Config } from '../config/types.js';
import { zonedParts } from '../shared/dates.js';
import { KilnWarning } from '../shared/errors.js';
import { slugify } from '../shared/slugify.js';
import { eqlKey } from '../shared/yaml-keys.js';
import type { Document } from '../source/types.js';
import { applyDefaults, layoutName, nameText } from './front-matter-defaults.js';
import { expandPermalink, outputPathFor } from './permalink.js';
import { type ArchiveInfo, inPostsOrder, type Layout, type Page, type Post } from './types.js';

/** Where an archive stands in the site's config, for what kiln says about archives. */
const CONFIG = '_config.yml';

/**
 * jekyll-archives: one page per tag, category, year, month and day the site enables, in the
 * plugin's order (tags, categories and years as the posts collection's first post to have each
 * names them: oldest first, a jekyll-polyglot translation in its original's place (`postsOrder`);
 * the months and days in each year newest first), each page's posts newest first; two at one
 * URL are left to placeArchives. `docs`: each archive's document of the last build by what it is
 * made of, so a watch hands the render stage the same one (and reuses what it rendered).
 */
export function buildArchives(
  config: Config,
  posts: readonly Post[],
  postsOrder: readonly number[] | undefined,
  layouts: ReadonlyMap<string, Layout>,
  docs?: Map<string, Document>,
): { pages: Page[]; warnings: KilnWarning[] } {
  const archives = config.archives;
  if (!archives || archives.enabled.length === 0) return { pages: [], warnings: [] };
  const order = inPostsOrder(
    { postsOrder },
    posts.map((_, i) => i),
  );
  const on = new Set(archives.enabled);
  const made: Page[] = [];
  const kept = new Map<string, Document>();
  const add = (type: ArchiveType, name: unknown, parts: readonly string[], postIndexes: number[]) => {
    if (!on.has(type)) return;
    const { layout, permalink } = archives.types[type];
    const [year, month, day] = parts;
    const dated = type === 'year' || type === 'month' || type === 'day';
    // The plugin slugifies a name that is text; any other (`tags: [2024]`) has no `:name`, no title.
    const title = typeof name === 'string' ? name : null;
    const values: Record<string, string> = dated
      ? { year: year!, type, ...(month && { month }), ...(day && { day }) }
      : { name: title === null ? '' : slugify(title, 'default'), type };
    const url = expandPermalink(permalink, values);
    // Jekyll's relative_path: the URL unescaped, `index.html` in a folder; no extension is added.
    const path = outputPathFor(url, '');
    // Front matter defaults apply by this path and by the archive's type (`tag`, not `pages`).
    const data = applyDefaults(config, path, type, { layout });
    const key = JSON.stringify([path, data]);
    const doc = docs?.get(key) ?? archiveDocument(path, data);
    kept.set(key, doc);
    const date = dated ? `${year}-${month ?? '01'}-${day ?? '01'}` : null;
    const archive: ArchiveInfo = { type, name: dated ? null : name, title, date, postIndexes };
    made.push({
      doc,
      path,
      url,
      outputPath: path,
      data,
      layout: layoutName(data),
      isMarkdown: false,
      paginator: null,
      archive,
    });
  };
  for (const [type, key] of [
    ['tag', 'tags'],
    ['category', 'categories'],
  ] as const) {
    if (!on.has(type)) continue;
    for (const [name, list] of byName(posts, order, (p) => p[key])) add(type, name, [], list);
  }
  const tz = config.timezone;
  const pad = (n: number) => String(n).padStart(2, '0');
  const dated = on.has('year') || on.has('month') || on.has('day');
  const dates = dated ? posts.map((p) => zonedParts(p.date, tz)) : [];
  const years = dated
    ? byName(posts, order, (_, i) => [String(dates[i]!.year).padStart(4, '0')])
    : new Map<string, number[]>();
  for (const [year, inYear] of years) {
    add('year', null, [year], inYear);
    for (const [month, inMonth] of groups(inYear, (i) => pad(dates[i]!.month))) {
      add('month', null, [year, month], inMonth);
      for (const [day, onDay] of groups(inMonth, (i) => pad(dates[i]!.day)))
        add('day', null, [year, month, day], onDay);
    }
  }
  if (docs) {
    docs.clear();
    for (const [k, d] of kept) docs.set(k, d);
  }
  return { pages: made, warnings: missingLayouts(made, layouts) };
}

/**
 * Names (tags, years) → the indexes of their posts, newest first, the names in the order the
 * first post in `order` (the collection's, oldest first) to have each gives them (Jekyll's
 * post_attr_hash: a Hash, so `2024` and `"2024"` are two names).
 */
function byName<T>(
  posts: readonly Post[],
  order: readonly number[],
  names: (post: Post, i: number) => readonly T[],
): Map<T, number[]> {
  const lists = new Map<unknown, [T, number[]]>();
  for (const i of order)
    for (const name of names(posts[i]!, i)) {
      const key = eqlKey(name);
      const had = lists.get(key);
      if (had) had[1].push(i);
      else lists.set(key, [name, [i]]);
    }
  return new Map([...lists.values()].map(([name, list]) => [name, list.sort((a, b) => a - b)]));
}

/** Indexes (newest first) grouped by a key, in the order the keys come. */
function groups(indexes: readonly number[], key: (i: number) => string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const i of indexes) {
    const k = key(i);
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  }
  return out;
}

/** An archive has no source: a document with no body, its front matter its data. */
function archiveDocument(path: string, data: Readonly<Record<string, unknown>>): Document {
  return {
    file: { path, kind: 'page', bytes: Buffer.alloc(0), text: '', mtimeMs: 0 },
    data,
    frontMatter: '',
    body: '',
    bodyLine: 1,
    hasTemplate: false,
    dropBody() {},
  };
}

/** An archive as kiln names it in a message: `the tag archive "Static Sites"`, `the month archive 2021-03`. */
function archiveName(p: Page): string {
  const a = p.archive!;
  const when = a.date?.slice(0, a.type === 'year' ? 4 : a.type === 'month' ? 7 : 10);
  const name = a.title === null ? nameText(a.name) : JSON.stringify(a.title);
  return `the ${a.type} archive ${a.date === null ? name : when}`;
}

/**
 * Archives among the site's other outputs, as Jekyll writes them: every page, then the archives
 * (one at a page's path replaces it; of two archives at one path the last stays), then static
 * files and documents (one of those replaces an archive). kiln writes what stays, lists them all
 * (as `written: false`, those it does not write) and warns.
 * (jekyll-paginate-v2's pages, added to site.pages last, stand where archives do: `named`.)
 */
export function placeArchives(
  archives: readonly Page[],
  pages: readonly Page[],
  others: ReadonlyArray<{ readonly outputPath: string; readonly path: string }>,
  named: (p: Page) => string = archiveName,
): { archives: Page[]; pages: Page[]; warnings: KilnWarning[] } {
  const warnings: KilnWarning[] = [];
  const claim = (path: string, names: string[], winner: string) =>
    warnings.push(
      new KilnWarning(
        `${names.length} outputs claim ${path}: ${names.join(', ')}`,
        CONFIG,
        undefined,
        `as in Jekyll, the last one is written: ${winner}`,
      ),
    );
  // Those whose output a later one takes stay listed (site.pages, site.archives, the sitemap), as
  // in Jekyll, but are not written.
  const unwritten = (p: Page): Page => (p.written === false ? p : { ...p, written: false });
  const last = new Map<string, Page>();
  for (const a of archives) last.set(a.outputPath, a);
  let placed = [...archives];
  if (last.size < archives.length) {
    placed = archives.map((a) => (last.get(a.outputPath) === a ? a : unwritten(a)));
    for (const [path, winner] of last) {
      const all = archives.filter((a) => a.outputPath === path);
      if (all.length > 1) claim(path, all.map(named), named(winner));
    }
  }
  const taken = new Map(others.map((o) => [o.outputPath, o.path]));
  placed = placed.map((a) => {
    const other = a.written === false ? undefined : taken.get(a.outputPath);
    if (other === undefined) return a;
    claim(a.outputPath, [named(a), other], other);
    return unwritten(a);
  });
  const byPath = new Map(placed.filter((a) => a.written !== false).map((a) => [a.outputPath, a]));
  const left = pages.map((p) => {
    const a = p.written === false ? undefined : byPath.get(p.outputPath);
    if (!a) return p;
    claim(p.outputPath, [p.path, named(a)], named(a));
    return unwritten(p);
  });
  return { archives: placed, pages: left, warnings };
}

/** An archive's layout that does not exist: Jekyll warns and writes the page empty. */
function missingLayouts(pages: readonly Page[], layouts: ReadonlyMap<string, Layout>): KilnWarning[] {
  const warned = new Set<string>();
  const warnings: KilnWarning[] = [];
  for (const p of pages) {
    const name = p.layout;
    if (name === null || layouts.has(name) || warned.has(`${p.archive!.type} ${name}`)) continue;
    warned.add(`${p.archive!.type} ${name}`);
    warnings.push(
      new KilnWarning(
        `jekyll-archives: layout "${name}" of the ${p.archive!.type} archives does not exist`,
        CONFIG,
        undefined,
        'they are written empty, as Jekyll writes them',
      ),
    );
  }
  return warnings;
}
