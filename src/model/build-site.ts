import type { Config } from '../config/types.js';
import { collectErrors, KilnError, KilnWarning } from '../shared/errors.js';
import { unsafeOutputPath } from '../shared/output-path.js';
import { lineOfKey } from '../source/front-matter.js';
import type { Document, SourceFile } from '../source/types.js';
import { buildCollections } from './collection.js';
import { readData } from './data-files.js';
import { excerptSeparator, excerptSource } from './excerpt.js';
import { layoutName } from './front-matter-defaults.js';
import { pagePlacement } from './page.js';
import { paginate, paginatedFolder, paginatorPath } from './paginate.js';
import { outputPathFor } from './permalink.js';
import { buildPost, isFuture, isPostFileName } from './post.js';
import type { CollectionDoc, Layout, Page, Post, Site, StaticFile } from './types.js';

/** Pure: the parsed source → the Site (posts newest first, pages, static files, layouts, data). */
export function buildSite(
  config: Config,
  docs: readonly Document[],
  files: readonly SourceFile[],
  postCache?: WeakMap<Document, Post | null>,
): Site {
  const posts: Post[] = [];
  const layouts = new Map<string, Layout>();
  const pageDocs: Document[] = [];
  const collectionDocs: Document[] = [];
  const warnings: KilnWarning[] = [];
  collectErrors(docs, (doc) => {
    const kind = doc.file.kind;
    if (doc.warning) warnings.push(doc.warning);
    if (kind === 'post' && !isPostFileName(doc.file.path)) {
      warnings.push(
        new KilnWarning('not a post: its name has no date (YYYY-MM-DD-title.md)', doc.file.path, undefined, 'skipped'),
      );
    } else if (kind === 'post' || (kind === 'draft' && config.drafts)) {
      let post = postCache?.get(doc);
      if (post === undefined) {
        post = buildPost(doc, config);
        postCache?.set(doc, post);
      }
      if (post && !isFuture(post, config)) posts.push(post);
    } else if (kind === 'layout') {
      const name = doc.file.path.slice('_layouts/'.length).replace(/\.(html|njk|htm|xml)$/, '');
      layouts.set(name, { name, doc, layout: layoutName(doc.data) });
    } else if (kind === 'page') {
      pageDocs.push(doc);
    } else if (kind === 'collection') {
      collectionDocs.push(doc);
    }
  });
  // Jekyll sorts by date then path, and lists site.posts in reverse: newest first.
  posts.sort((a, b) => b.date - a.date || (a.path < b.path ? 1 : a.path > b.path ? -1 : 0));
  if (config.limitPosts !== null && posts.length > config.limitPosts) posts.length = config.limitPosts;

  // Jekyll lists pages by file name (folders do not count); ties keep path order.
  const fileName = (d: Document) => d.file.path.slice(d.file.path.lastIndexOf('/') + 1);
  pageDocs.sort((a, b) => (fileName(a) < fileName(b) ? -1 : fileName(a) > fileName(b) ? 1 : 0));
  let pages = pageDocs.flatMap((doc) => placePage(doc, config, posts.length));
  let collections = buildCollections(
    config,
    collectionDocs,
    files.filter((f) => f.kind === 'static'),
    warnings,
  );
  const inCollection = new Set(collections.flatMap((c) => c.files.map((s) => s.file)));
  let staticFiles: StaticFile[] = files
    .filter((f) => f.kind === 'static')
    .map((file) => ({ file, url: `/${file.path}`, outputPath: file.path, collection: null, written: true }));
  if (inCollection.size) {
    // Jekyll lists a collection's files after the others, collection by collection.
    staticFiles = [...staticFiles.filter((s) => !inCollection.has(s.file)), ...collections.flatMap((c) => c.files)];
  }
  const includes = new Map<string, string>();
  for (const f of files)
    if (f.kind === 'include') includes.set(f.path.slice('_includes/'.length), f.bytes.toString('utf8'));
  const data = readData(files);

  const collected = collections.flatMap((c) => c.docs);
  checkContained(posts, pages, [...staticFiles.filter((s) => s.written), ...collected.filter((d) => d.written)]);
  warnings.push(
    ...missingLayouts(layouts, [...posts, ...collected], pages),
    ...rubyPlugins(files),
    ...excerptsClosed([...posts, ...collected], config),
  );
  const losers = claimedTwice(posts, pages, staticFiles, collected, warnings);
  if (losers.size) {
    pages = pages.filter((p) => !losers.has(p));
    staticFiles = staticFiles.filter((s) => !losers.has(s));
    const kept = posts.filter((p) => !losers.has(p));
    posts.length = 0;
    posts.push(...kept);
    // A document whose URL another one took is still listed in its collection, but not written.
    collections = collections.map((c) => ({
      ...c,
      docs: c.docs.map((d) => (losers.has(d) ? { ...d, written: false } : d)),
      files: c.files.filter((f) => !losers.has(f)),
    }));
  }
  return { config, posts, pages, staticFiles, collections, layouts, includes, data, warnings };
}

/** An excerpt cut inside a block tag: Jekyll closes the block and warns. */
function excerptsClosed(docs: ReadonlyArray<Post | CollectionDoc>, config: Config): KilnWarning[] {
  const warnings: KilnWarning[] = [];
  for (const { doc, data } of docs) {
    // Most bodies have no template at all (known from reading them): nothing to close.
    if (!doc.hasTemplate) continue;
    const separator = excerptSeparator(data, config);
    if ((data.excerpt !== undefined && data.excerpt !== null) || !separator || !doc.body.includes('{%')) continue;
    const closed = excerptSource(doc.body, separator)?.closed;
    if (!closed?.length) continue;
    const line = doc.bodyLine + (doc.body.slice(0, doc.body.indexOf(separator)).match(/\n/g)?.length ?? 0);
    const tags = closed.map((name) => `{% ${name} %}`).join(', ');
    warnings.push(
      new KilnWarning(
        `the excerpt ends inside ${tags} (set \`excerpt\` or \`excerpt_separator\` in the front matter to choose another)`,
        doc.file.path,
        line,
        'closed at its end, as Jekyll does',
      ),
    );
  }
  return warnings;
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
  // `_plugins/x.rb` beside its port `_plugins/x.mjs` (or .js) is replaced: nothing to say.
  const ported = new Set(
    files.filter((f) => f.kind === 'plugin' && /\.m?js$/.test(f.path)).map((f) => f.path.replace(/\.m?js$/, '')),
  );
  return files
    .filter((f) => f.kind === 'plugin' && f.path.endsWith('.rb') && !ported.has(f.path.slice(0, -'.rb'.length)))
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
): Set<Output> {
  // Checked on every rebuild of a watch: only a URL claimed twice needs the lists below.
  const seen = new Set<string>();
  let twice = false;
  for (const list of [pages, staticFiles, posts, docs] as ReadonlyArray<ReadonlyArray<Output>>)
    for (const out of list) {
      if (seen.has(out.outputPath)) twice = true;
      seen.add(out.outputPath);
    }
  if (!twice) return new Set();
  // Pages are already in Jekyll's order, by file name.
  const writeOrder: Array<{ out: Output; path: string; outputPath: string }> = [
    ...pages.map((p) => ({ out: p, path: p.path, outputPath: p.outputPath })),
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

function placePage(doc: Document, config: Config, postCount: number): Page[] {
  const { url, outputPath, data, layout } = pagePlacement(doc, config);
  if (data.published === false && !config.unpublished) return [];
  const isMarkdown = /\.(md|markdown)$/.test(doc.file.path);
  const base = { doc, path: doc.file.path, url, outputPath, data, layout, isMarkdown, paginator: null };
  const folder = paginatedFolder(config.paginatePath);
  const indexPath = folder ? `${folder}/index.html` : 'index.html';
  if (!config.paginate || doc.file.path !== indexPath) return [base];
  return paginate(config, url, postCount, config.paginate).map((paginator) => {
    // Jekyll's page 2… is a folder's index: `page.url` ends with `/` (paginator paths do not),
    // or with `/index.html` in Jekyll 2 (as its first page's does).
    const path = paginatorPath(config, url, paginator.page);
    const folder = path.endsWith('/') ? path : `${path}/`;
    const pageUrl = url.endsWith('/index.html') ? `${folder}index.html` : folder;
    return paginator.page === 1
      ? { ...base, paginator }
      : { ...base, paginator, url: pageUrl, outputPath: outputPathFor(pageUrl, '.html') };
  });
}

/** Every output path stays inside the destination, or the build fails naming the file and line. */
function checkContained(
  posts: readonly Post[],
  pages: readonly Page[],
  others: ReadonlyArray<StaticFile | CollectionDoc>,
): void {
  const outputs = [
    ...posts.map((p) => ({ outputPath: p.outputPath, path: p.path, url: p.url, doc: p.doc as Document | undefined })),
    ...pages.map((p) => ({ outputPath: p.outputPath, path: p.path, url: p.url, doc: p.doc as Document | undefined })),
    ...others.map((s) =>
      'file' in s
        ? { outputPath: s.outputPath, path: s.file.path, url: s.url, doc: undefined }
        : { outputPath: s.outputPath, path: s.path, url: s.url, doc: s.doc as Document | undefined },
    ),
  ];
  collectErrors(outputs, (o) => {
    const unsafe = unsafeOutputPath(o.outputPath);
    if (unsafe)
      throw new KilnError(`its URL ${o.url} cannot be written (${unsafe})`, o.path, o.doc && lineOfCause(o.doc));
  });
}

/** The front-matter line that made a URL leave the destination: a key that can put `..` in it. */
function lineOfCause(doc: Document): number | undefined {
  const keys = ['permalink', 'slug', 'categories', 'category'].filter((k) => doc.data[k] !== undefined);
  const guilty = keys.find((k) => /\.\.|%|\\/.test(JSON.stringify(doc.data[k]))) ?? keys[0];
  return guilty === undefined ? undefined : lineOfKey(doc, guilty);
}
