import type { Config } from '../config/types.js';
import { deepMergeHashes } from '../shared/deep-merge.js';
import { collectErrors, KilnError, KilnWarning } from '../shared/errors.js';
import { unsafeOutputPath } from '../shared/output-path.js';
import { sameItems } from '../shared/paths.js';
import { rubyTextCompare } from '../shared/ruby-text.js';
import { withoutBom } from '../shared/utf8.js';
import { lineOfKey } from '../source/front-matter.js';
import type { Document, SourceFile } from '../source/types.js';
import { buildArchives, placeArchives } from './archives.js';
import { buildCollections } from './collection.js';
import { coordinate } from './coordinate.js';
import { readData } from './data-files.js';
import { withDefaultLayouts } from './default-layout.js';
import { excerptSeparator } from './excerpt.js';
import { parentLayoutName, staticFileDefaults, staticFilePublished } from './front-matter-defaults.js';
import { withMarkdownPages } from './markdown-pages.js';
import { pagePlacement } from './page.js';
import { comparePages, compareStaticFiles } from './page-order.js';
import { isLaterPaginatorPage, paginate, paginatedPosts, paginationTemplate, paginatorPath } from './paginate.js';
import { paginateV2, paginationName } from './paginate-v2.js';
import { decodePath, isMarkdownPath, outputPathFor } from './permalink.js';
import { coordinated, languageData } from './polyglot-site.js';
import { buildPost, isFuture, isPostFileName } from './post.js';
import { asRendered } from './render-with-liquid.js';
import { cleanedStaticPath } from './static-name.js';
import type { CollectionDoc, Layout, Page, Post, Site, StaticFile } from './types.js';

/**
 * What the model keeps between the builds of one watch, each part keyed by what it was made from,
 * so that a rebuild hands the render stage the very objects of the last build wherever their
 * inputs are unchanged (it skips those by identity). A config change starts it afresh.
 */
export interface ModelMemory {
  /** Posts by document (the build time is applied after). */
  readonly posts: WeakMap<Document, Post | null>;
  /** A page document's pages, for the paginated posts (`paginatedPosts`, joined) and whether it is the paginated index (its copies depend on both). */
  readonly pages: WeakMap<
    Document,
    { readonly shown: string; readonly paginated: boolean; readonly pages: readonly Page[] }
  >;
  readonly statics: WeakMap<SourceFile, StaticFile>;
  /** Outputs whose path was found to stay inside the destination. */
  readonly contained: WeakSet<object>;
  /** Posts and documents whose excerpt was looked at for a block left open. */
  readonly closed: WeakSet<object>;
  /** The last build's posts in the order read, and the order that sorted them. */
  sorted?: { readonly posts: readonly Post[]; readonly order: readonly number[] };
  /** Whether the last build left a post out for being dated after its build time. */
  postsAhead?: boolean;
  /** The last build's output paths in Jekyll's write order, when no two were the same. */
  claimed?: readonly string[];
  /** The output paths of the builds so far, each with the number of the last build that had it (`claimedAgain`). */
  claims?: { build: number; readonly paths: Map<string, number> };
  data?: { readonly files: readonly SourceFile[]; readonly data: Record<string, unknown> };
  /** jekyll-archives' documents, by what each is made of (model/archives.ts). */
  archives?: Map<string, Document>;
  /** jekyll-paginate-v2's autopages' documents, by what each is made of (model/autopages.ts). */
  autopages?: Map<string, Document>;
}

export function createModelMemory(): ModelMemory {
  return {
    posts: new WeakMap(),
    pages: new WeakMap(),
    statics: new WeakMap(),
    contained: new WeakSet(),
    closed: new WeakSet(),
  };
}

/** Pure: the parsed source → the Site (posts newest first, pages, static files, layouts, data). */
export function buildSite(
  config: Config,
  docs: readonly Document[],
  files: readonly SourceFile[],
  memory?: ModelMemory,
): Site {
  const posts: Post[] = [];
  const layouts = new Map<string, Layout>();
  const pageDocs: Document[] = [];
  const collectionDocs: Document[] = [];
  const warnings: KilnWarning[] = [];
  let ahead = false;
  const take = (post: Post | null) => {
    if (!post) return;
    if (isFuture(post, config)) ahead = true;
    else posts.push(post);
  };
  collectErrors(docs, (doc) => {
    const kind = doc.file.kind;
    if (doc.warning) warnings.push(doc.warning);
    if (doc.file.unreadable) return;
    // A document the watch made a post (or left out) before: its name was a post's.
    const known = memory?.posts.get(doc);
    if (known !== undefined) take(known);
    else if (kind === 'post' && !isPostFileName(doc.file.path)) {
      warnings.push(
        new KilnWarning('not a post: its name has no date (YYYY-MM-DD-title.md)', doc.file.path, undefined, 'skipped'),
      );
    } else if (kind === 'post' || (kind === 'draft' && config.drafts)) {
      const post = buildPost(doc, config);
      memory?.posts.set(doc, post);
      take(post);
    } else if (kind === 'layout') {
      refuseEmptyPermalink(doc);
      // As Jekyll names a layout: its path in `_layouts/` without the last extension (`doc.liquid` is `doc`).
      const name = doc.file.path.slice('_layouts/'.length).replace(/\.[^./]*$/, '');
      // The site's layout of a name wins over the theme's, and the theme's first over its others.
      if (!(doc.file.fromTheme && layouts.has(name)))
        layouts.set(name, { name, doc, layout: parentLayoutName(doc.data) });
    } else if (kind === 'page') {
      refuseEmptyPermalink(doc);
      pageDocs.push(doc);
    } else if (kind === 'collection') {
      collectionDocs.push(doc);
    }
  });
  if (memory) memory.postsAhead = ahead;
  sortPosts(posts, memory);
  if (config.limitPosts !== null && posts.length > config.limitPosts) posts.length = config.limitPosts;
  // jekyll-polyglot takes the posts oldest first, as Jekyll's collection holds them; site.posts is sorted again.
  let postsOrder: number[] | undefined;
  if (config.polyglotPass) {
    const approved = coordinated([...posts].reverse(), config.polyglotPass);
    const kept = new Map(approved.map((p) => [p.doc, p]));
    const all = [...posts];
    posts.length = 0;
    for (const p of all) {
      const c = kept.get(p.doc);
      if (c) posts.push(c);
    }
    const at = new Map(posts.map((p, i) => [p.doc, i]));
    postsOrder = approved.map((p) => at.get(p.doc)!);
  }

  pageDocs.sort((a, b) => comparePages(a.file, b.file));
  const template = config.paginate
    ? paginationTemplate(
        config.paginatePath,
        pageDocs.filter((d) => d.data.published !== false || config.unpublished).map((d) => d.file.path),
      )
    : null;
  let collections = buildCollections(
    config,
    collectionDocs,
    files.filter((f) => f.kind === 'static'),
    warnings,
  );
  // jekyll-polyglot: one language's posts, documents and pages, in the order the plugin takes them.
  const pass = config.polyglotPass;
  const permalinks = new Map<Document, string>();
  let placedDocs = pageDocs;
  if (pass) {
    collections = collections.map((c) => ({ ...c, docs: coordinated(c.docs, pass) }));
    // A page's `lang` may come from `defaults:`, as Jekyll's page data has them.
    const published = pageDocs
      .map((doc) => ({ doc, ...pagePlacement(doc, config), relativePath: doc.file.path }))
      .filter((p) => p.data.published !== false || config.unpublished);
    placedDocs = coordinate(published, pass).map(({ item, permalink }) => {
      permalinks.set(item.doc, permalink);
      return item.doc;
    });
    if (config.sass.sourcemap)
      for (const doc of placedDocs)
        if (/\.s[ac]ss$/i.test(doc.file.path))
          warnings.push(
            new KilnWarning(
              "Jekyll with jekyll-polyglot writes this stylesheet's source map over its CSS (the map shares the page's permalink, which the plugin sets)",
              doc.file.path,
              undefined,
              'kiln writes the CSS and its map; `sass: { sourcemap: never }` makes both the same',
            ),
          );
  }
  const shownPosts = template === null ? [] : paginatedPosts(posts);
  const shown = shownPosts.join(',');
  let pages = placedDocs.flatMap((doc) => {
    const known = memory?.pages.get(doc);
    const paginated = doc.file.path === template;
    if (!pass && known?.shown === shown && known.paginated === paginated) return known.pages;
    const placed = placePage(doc, config, shownPosts, paginated, permalinks.get(doc));
    memory?.pages.set(doc, { shown, paginated, pages: placed });
    return placed;
  });
  const inCollection = new Set(collections.flatMap((c) => c.files.map((s) => s.file)));
  let staticFiles: StaticFile[] = [];
  for (const file of files) {
    if (file.kind !== 'static') continue;
    let s = memory?.statics.get(file);
    if (!s) {
      s = siteStaticFile(file, config);
      memory?.statics.set(file, s);
    }
    if (config.languagePass?.rootOnly(file.path)) s = { ...s, written: false };
    staticFiles.push(s);
  }
  if (config.theme) staticFiles.sort((a, b) => compareStaticFiles(a.file, b.file));
  if (inCollection.size) {
    // Jekyll lists a collection's files after the others, collection by collection.
    staticFiles = [...staticFiles.filter((s) => !inCollection.has(s.file)), ...collections.flatMap((c) => c.files)];
  }
  if (config.optionalFrontMatter || config.readmeIndex)
    ({ pages, staticFiles, collections } = withMarkdownPages(config, pages, staticFiles, collections));
  const includes = new Map<string, string>();
  // Without a byte-order mark, as Jekyll reads an include.
  for (const f of files)
    if (f.kind === 'include') includes.set(f.path.slice('_includes/'.length), withoutBom(f.bytes.toString('utf8')));
  const read = dataOf(files, memory, config, config.themeData);
  const data = config.polyglotPass ? languageData(read, config.polyglotPass) : read;

  const collected = collections.flatMap((c) => c.docs);
  checkContained(
    posts,
    pages,
    [...staticFiles.filter((s) => s.written), ...collected.filter((d) => d.written)],
    memory,
  );
  warnings.push(
    ...missingLayouts(layouts, [...posts, ...collected], pages),
    ...rubyPlugins(files),
    ...excerptsClosed([...posts, ...collected], config, memory),
  );
  const losers = claimedTwice(posts, pages, staticFiles, collected, warnings, memory);
  if (losers.size) {
    // A page whose URL a later file took is still listed (site.pages), but not written.
    pages = pages.map((p) => (losers.has(p) ? { ...p, written: false as const } : p));
    staticFiles = staticFiles.filter((s) => !losers.has(s));
    // A post or document whose URL another one took is still listed (site.posts, its collection), but not written.
    for (let i = 0; i < posts.length; i++) if (losers.has(posts[i]!)) posts[i] = { ...posts[i]!, written: false };
    collections = collections.map((c) => ({
      ...c,
      docs: c.docs.map((d) => (losers.has(d) ? { ...d, written: false } : d)),
      files: c.files.filter((f) => !losers.has(f)),
    }));
  }
  // Static files and documents, which Jekyll writes after every page: where one is, a generated page is not.
  const written = () => [
    ...staticFiles.filter((s) => s.written).map((s) => ({ outputPath: s.outputPath, path: s.file.path })),
    ...posts,
    ...collections.flatMap((c) => c.docs.filter((d) => d.written)),
  ];
  // jekyll-archives' pages come last in site.pages, as the plugin adds them after Jekyll read the site.
  const archives = buildArchives(config, posts, postsOrder, layouts, memory && (memory.archives ??= new Map()));
  if (archives.pages.length) {
    checkContained([], archives.pages, [], memory);
    const placed = placeArchives(archives.pages, pages, written());
    pages = [...placed.pages, ...placed.archives];
    warnings.push(...archives.warnings, ...placed.warnings);
  }
  // jekyll-default-layout and jekyll-paginate-v2 have the lowest priority: the one loaded first
  // runs first. Before, it gives a Markdown template its layout, which the template's pages copy.
  const loaded = [...config.plugins];
  const defaultLayout = loaded.indexOf('jekyll-default-layout');
  const layoutsFirst = defaultLayout >= 0 && !(loaded.indexOf('jekyll-paginate-v2') < defaultLayout);
  if (layoutsFirst) pages = withDefaultLayouts(pages, 'page', layouts);
  // jekyll-paginate-v2: its templates leave site.pages, their pages come after all others (where
  // they stand among the other plugins' pages: plugins/generator-order.ts).
  const autopages = memory && (memory.autopages ??= new Map());
  const paginated = paginateV2(config, pages, posts, postsOrder, collections, layouts, autopages);
  warnings.push(...paginated.warnings);
  if (paginated.made.length) {
    checkContained([], paginated.made, [], memory);
    const placed = placeArchives(paginated.made, paginated.pages, written(), paginationName);
    pages = [...placed.pages, ...placed.archives];
    warnings.push(...placed.warnings);
  }
  if (defaultLayout < 0)
    return { config, posts, postsOrder, pages, staticFiles, collections, layouts, includes, data, warnings };
  // After jekyll-paginate-v2, it sees the plugin's pages (Markdown only when `extension` is), not the templates.
  if (!layoutsFirst) pages = withDefaultLayouts(pages, 'page', layouts);
  return {
    config,
    posts: withDefaultLayouts(posts, 'post', layouts),
    postsOrder,
    pages,
    staticFiles,
    collections,
    layouts,
    includes,
    data,
    warnings,
  };
}

/**
 * A file of the site (not of a collection) copied as it is. Its URL is its path as written, and it
 * is written where a server finds that URL, its escapes decoded, as Jekyll writes it
 * (`a%20b.png`, as uploads mirrored from WordPress are named, is written as `a b.png`).
 */
function siteStaticFile(file: SourceFile, config: Config): StaticFile {
  const data = staticFileDefaults(config, file.path, null);
  // Jekyll's URL drops the periods ending the name's stem (`IMG_001..jpg` is at `IMG_001.jpg`),
  // and whether the file is written follows that URL's defaults.
  const path = cleanedStaticPath(file.path);
  const written = staticFilePublished(path === file.path ? data : staticFileDefaults(config, path, null));
  const outputPath = path.includes('%') ? decodePath(path) : path;
  return { file, url: `/${path}`, outputPath, collection: null, written, data };
}

/**
 * Jekyll sorts by date then path, and lists site.posts in reverse: newest first. Posts read with
 * the same dates and paths as last time sort as they did then.
 */
function sortPosts(posts: Post[], memory: ModelMemory | undefined): void {
  const last = memory?.sorted;
  const same =
    last !== undefined &&
    last.posts.length === posts.length &&
    posts.every((p, i) => {
      const q = last.posts[i]!;
      return p === q || (p.date === q.date && p.path === q.path);
    });
  let order: readonly number[];
  if (same) order = last.order;
  else {
    order = posts
      .map((_, i) => i)
      .sort((i, j) => {
        const a = posts[i]!,
          b = posts[j]!;
        return b.date - a.date || rubyTextCompare(b.path, a.path);
      });
  }
  if (memory) memory.sorted = { posts: [...posts], order };
  const read = [...posts];
  for (let k = 0; k < order.length; k++) posts[k] = read[order[k]!]!;
}

/** `site.data`, read again only when a data file is new, gone or changed. */
function dataOf(
  files: readonly SourceFile[],
  memory: ModelMemory | undefined,
  config: Config,
  themeData: readonly SourceFile[] = [],
): Record<string, unknown> {
  const own = files.filter((f) => f.kind === 'data');
  const dataFiles = [...themeData, ...own];
  const last = memory?.data;
  if (last && sameItems(last.files, dataFiles)) return last.data;
  // jekyll-data: the site's data merged over the theme's, key by key.
  const read = (some: readonly SourceFile[]) =>
    readData(some, config.templateEngine === 'liquid', config.timezone, config.tables);
  const data = themeData.length ? deepMergeHashes(read(themeData), read(own)) : read(own);
  if (memory) memory.data = { files: dataFiles, data };
  return data;
}

/** An excerpt cut inside a block tag: Jekyll closes the block and warns. */
function excerptsClosed(
  docs: ReadonlyArray<Post | CollectionDoc>,
  config: Config,
  memory: ModelMemory | undefined,
): KilnWarning[] {
  const warnings: KilnWarning[] = [];
  for (const post of docs) {
    // Most bodies have no template at all (known from reading them): nothing to close. A post
    // the watch found nothing to close in before is the same object.
    if (!post.doc.hasTemplate || memory?.closed.has(post)) continue;
    const warning = closedWarning(post, config);
    if (warning) warnings.push(warning);
    else memory?.closed.add(post);
  }
  return warnings;
}

function closedWarning({ doc, data, excerptSource }: Post | CollectionDoc, config: Config): KilnWarning | null {
  const closed = typeof excerptSource === 'object' ? excerptSource?.closed : undefined;
  if (!closed?.length) return null;
  const separator = excerptSeparator(data, config);
  const line = doc.bodyLine + (doc.body.slice(0, doc.body.indexOf(separator)).match(/\n/g)?.length ?? 0);
  const tags = closed.map((name) => `{% ${name} %}`).join(', ');
  return new KilnWarning(
    `the excerpt ends inside ${tags} (set \`excerpt\` or \`excerpt_separator\` in the front matter to choose another)`,
    doc.file.path,
    line,
    'closed at its end, as Jekyll does',
  );
}

/**
 * A layout that does not exist: Jekyll warns and renders the content without it (and stops at a
 * missing layout further up the chain, silently; kiln says so).
 */
function missingLayouts(
  layouts: ReadonlyMap<string, Layout>,
  posts: ReadonlyArray<Post | CollectionDoc>,
  pages: readonly Page[],
): KilnWarning[] {
  const warnings: KilnWarning[] = [];
  const warned = new Set<string>();
  const check = (doc: Document, name: string | null) => {
    if (name === null || layouts.has(name) || warned.has(doc.file.path)) return;
    warned.add(doc.file.path);
    const fromDefaults = doc.data.layout === undefined;
    warnings.push(
      new KilnWarning(
        `layout "${name}" does not exist${fromDefaults ? ' (set by defaults in _config.yml)' : ''}`,
        doc.file.path,
        fromDefaults ? undefined : lineOfKey(doc, 'layout'),
        'the content is written without it',
      ),
    );
  };
  for (const p of posts) check(p.doc, p.layout);
  for (const p of pages) check(p.doc, p.layout);
  for (const l of layouts.values()) check(l.doc, l.layout);
  return warnings;
}

/**
 * Ruby plugins cannot run: each is named once, with what to do. kiln's own `toc` tag and code
 * markup (`jekyll_version`) stand in for the two most common ones.
 */
function rubyPlugins(files: readonly SourceFile[]): KilnWarning[] {
  const plugins = files.filter((f) => f.kind === 'plugin');
  // `_plugins/x.rb` beside its port `_plugins/x.mjs` (or .js) is replaced: nothing to say.
  const ported = new Set(plugins.filter((f) => /\.m?js$/.test(f.path)).map((f) => f.path.replace(/\.m?js$/, '')));
  return plugins
    .filter((f) => f.path.endsWith('.rb') && !ported.has(f.path.slice(0, -'.rb'.length)))
    .map(
      (f) =>
        new KilnWarning(
          'Ruby plugins cannot run in kiln',
          f.path,
          undefined,
          'its tags and filters render as unknown; port it to a JavaScript plugin (README: "Moving a Jekyll site to kiln")',
        ),
    );
}

type Output = Post | Page | StaticFile | CollectionDoc;

/**
 * Two files claiming one URL: Jekyll writes both, in the order pages (by file name), static files
 * (by path, then those of collections), posts (oldest first), the other collections' documents,
 * so the last one stays. kiln keeps that one, writes it once and warns, naming every claimant.
 */
function claimedTwice(
  posts: readonly Post[],
  pages: readonly Page[],
  staticFiles: readonly StaticFile[],
  docs: readonly CollectionDoc[],
  warnings: KilnWarning[],
  memory?: ModelMemory,
): Set<Output> {
  // Checked on every rebuild of a watch: the same paths as last time, all different, are still
  // all different; only a URL claimed twice needs the lists below.
  const lists = [pages, staticFiles, posts, docs] as ReadonlyArray<ReadonlyArray<Output>>;
  const claimed = memory?.claimed;
  if (claimed && claimed.length === pages.length + staticFiles.length + posts.length + docs.length) {
    let k = 0;
    if (lists.every((list) => list.every((out) => out.outputPath === claimed[k++]))) return new Set();
  }
  const twice = memory ? claimedAgain(lists, memory) : claimsTwice(lists);
  if (!twice) return new Set();
  // Pages are already in Jekyll's order, by file name, but jekyll-paginate's pages 2… (after all others).
  const writeOrder: Array<{ out: Output; path: string; outputPath: string }> = [
    ...[...pages.filter((p) => !isLaterPaginatorPage(p)), ...pages.filter(isLaterPaginatorPage)].map((p) => ({
      out: p,
      path: p.path,
      outputPath: p.outputPath,
    })),
    ...staticFiles.filter((s) => s.written).map((s) => ({ out: s, path: s.file.path, outputPath: s.outputPath })),
    ...[...posts].reverse().map((p) => ({ out: p, path: p.path, outputPath: p.outputPath })),
    ...docs.filter((d) => d.written).map((d) => ({ out: d, path: d.path, outputPath: d.outputPath })),
  ];
  const claims = new Map<string, Array<{ out: Output; path: string }>>();
  for (const w of writeOrder) {
    const list = claims.get(w.outputPath);
    if (list) list.push(w);
    else claims.set(w.outputPath, [w]);
  }
  const losers = new Set<Output>();
  for (const [outputPath, list] of claims) {
    if (list.length < 2) continue; // the common case, checked on every rebuild of a watch
    const paths = [...new Set(list.map((c) => c.path))];
    if (paths.length < 2) continue;
    const winner = list[list.length - 1]!;
    for (const c of list) if (c.out !== winner.out) losers.add(c.out);
    warnings.push(
      new KilnWarning(
        `${paths.length} files claim ${outputPath}: ${paths.join(', ')}`,
        winner.path,
        undefined,
        `as in Jekyll, the last one is written: ${winner.path}`,
      ),
    );
  }
  return losers;
}

function claimsTwice(lists: ReadonlyArray<ReadonlyArray<Output>>): boolean {
  const seen = new Set<string>();
  let count = 0;
  for (const list of lists) {
    for (const out of list) seen.add(out.outputPath);
    count += list.length;
  }
  return seen.size < count;
}

/**
 * `claimsTwice` in a watch, with the paths of the builds before it in `memory.claims`, each with
 * the number of the last build that had it: a path met twice in one build is claimed twice. An
 * added post adds a path to thousands, which made into a new set cost 2 ms a rebuild.
 */
function claimedAgain(lists: ReadonlyArray<ReadonlyArray<Output>>, memory: ModelMemory): boolean {
  const claims = (memory.claims ??= { build: 0, paths: new Map() });
  const build = ++claims.build;
  const claimed: string[] = [];
  let twice = false;
  for (const list of lists)
    for (const out of list) {
      const path = out.outputPath;
      if (claims.paths.get(path) === build) twice = true;
      else claims.paths.set(path, build);
      claimed.push(path);
    }
  // Paths no longer claimed are dropped once they are as many as those claimed.
  if (claims.paths.size > 2 * claimed.length)
    for (const [path, last] of claims.paths) if (last !== build) claims.paths.delete(path);
  memory.claimed = twice ? undefined : claimed;
  return twice;
}

/**
 * Jekyll refuses a page or layout whose own front matter has `permalink: ""` (not one from
 * `defaults:`, nor a post's or document's, which it places at `/`).
 */
function refuseEmptyPermalink(doc: Document): void {
  if (doc.data.permalink === '')
    throw new KilnError(
      'invalid permalink: it is empty (give a URL, or leave the key out)',
      doc.file.path,
      lineOfKey(doc, 'permalink'),
    );
}

/** A page and its (jekyll-paginate) copies; `permalink`: what jekyll-polyglot set in its data (not the copies'). */
function placePage(
  doc: Document,
  config: Config,
  shownPosts: readonly number[],
  paginated: boolean,
  permalink?: string,
): Page[] {
  const { url, outputPath, data, layout } = pagePlacement(doc, config);
  if (data.published === false && !config.unpublished) return [];
  const isMarkdown = isMarkdownPath(doc.file.path);
  const own = permalink === undefined ? data : { ...data, permalink };
  const base = {
    doc: asRendered(doc, own),
    path: doc.file.path,
    url,
    outputPath,
    data: own,
    layout,
    isMarkdown,
    paginator: null,
  };
  // With no posts (or all hidden) jekyll-paginate makes no pages: the index renders once, with no paginator.
  if (!config.paginate || !paginated || shownPosts.length === 0) return [base];
  return paginate(config, url, shownPosts, config.paginate).map((paginator) => {
    // Jekyll's page 2… is a folder's index: `page.url` ends with `/` (paginator paths do not),
    // or with `/index.html` in Jekyll 2 (as its first page's does).
    if (paginator.page === 1) return { ...base, paginator };
    // In a Liquid site a template with its own permalink keeps it on every page (Jekyll's Page#url
    // is the permalink whatever folder the pager gives it): they share one URL, the last one wins.
    // A Nunjucks site's pages 2… go to paginate_path.
    if (config.templateEngine === 'liquid' && typeof data.permalink === 'string' && data.permalink !== '')
      return { ...base, data, paginator };
    const path = paginatorPath(config, url, paginator.page);
    const folder = path.endsWith('/') ? path : `${path}/`;
    const pageUrl = url.endsWith('/index.html') ? `${folder}index.html` : folder;
    return { ...base, data, paginator, url: pageUrl, outputPath: outputPathFor(pageUrl, '.html') };
  });
}

/** Every output path stays inside the destination, or the build fails naming the file and line. */
function checkContained(
  posts: readonly Post[],
  pages: readonly Page[],
  others: ReadonlyArray<StaticFile | CollectionDoc>,
  memory: ModelMemory | undefined,
): void {
  const contained = memory?.contained;
  collectErrors([posts, pages, others] as ReadonlyArray<ReadonlyArray<Output>>, (list) =>
    collectErrors(list, (o) => {
      // Posts, pages and static files the watch checked before are the same objects.
      if (contained?.has(o)) return;
      const unsafe = unsafeOutputPath(o.outputPath);
      if (unsafe) {
        const [path, doc] = 'file' in o ? [o.file.path, undefined] : [o.path, o.doc];
        throw new KilnError(`its URL ${o.url} cannot be written (${unsafe})`, path, doc && lineOfCause(doc));
      }
      contained?.add(o);
    }),
  );
}

/** The front-matter line that made a URL leave the destination: a key that can put `..` in it. */
function lineOfCause(doc: Document): number | undefined {
  const keys = ['permalink', 'slug', 'categories', 'category'].filter((k) => doc.data[k] !== undefined);
  const guilty = keys.find((k) => /\.\.|%|\\/.test(JSON.stringify(doc.data[k]))) ?? keys[0];
  return guilty === undefined ? undefined : lineOfKey(doc, guilty);
}
