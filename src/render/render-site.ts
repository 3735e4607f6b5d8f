import type { BuildCache } from '../build-cache.js';
import type { Page, Post, Site } from '../model/types.js';
import { collectErrors, KilnError } from '../shared/errors.js';
import { hashPieces } from '../shared/hash.js';
import { byPath, pathOrder, sameItems } from '../shared/paths.js';
import { BodyRenderer } from './bodies.js';
import { createSiteContext, type PostView, pageView } from './context.js';
import { piecesRenderer } from './in-pieces.js';
import { LayoutRenderer } from './layouts.js';
import { createMarkdown } from './markdown/create-markdown.js';
import { type OutputKey, OutputKeys } from './output-keys.js';
import { renderPostBodies } from './post-bodies.js';
import { createTemplates } from './templates/create-environment.js';
import type { OutputFile, Pieces } from './types.js';

/**
 * Site → OutputFile[]. Every post body first (template, then Markdown, then excerpt), so index
 * pages and feeds see finished posts; then page bodies; then each output in its layout chain.
 * In watch (`cache`), an output whose inputs are all unchanged keeps its bytes (output-keys.ts);
 * a clean build hands the write stage functions that render post and index pages on demand, so a
 * large site is never in memory all at once.
 */
export async function renderSite(site: Site, cache?: BuildCache): Promise<OutputFile[]> {
  // Only the first page of a paginated index is in site.pages, where templates can read it.
  const listed = site.pages.filter((p) => !p.paginator || p.paginator.page === 1);
  let keys: OutputKeys | null = null;
  // One renderer per configuration: in watch it is kept (cache.markdownRenderer), with its compiled rules.
  const markdown = cache
    ? (cache.markdownRenderer ??= createMarkdown(site.config.markdown))
    : createMarkdown(site.config.markdown);
  const templates = createTemplates({
    includes: site.includes,
    timezone: site.config.timezone,
    time: site.config.time,
    url: site.config.url,
    baseurl: site.config.baseurl,
    markdownify: (src) => markdown.render(src).html,
    urlOf: urlResolver(site, listed),
    readSource: sourceReader(site),
    // Fragments render once every post is finished (renderFragmentsOnce below).
    reuseFragment: cache
      ? (name, source, render) => reuseFragment(cache, keys!.fragment(source), name, render)
      : undefined,
    compiled: cache?.compiledCode,
  });
  const listedViews = new Map(listed.map((p) => [p, pageView(p)]));
  const { site: siteVars, postViews } = createSiteContext(site, [...listedViews.values()], cache?.context);
  const bodies = new BodyRenderer(site.config, templates, markdown, siteVars);

  keys = cache ? new OutputKeys(site, cache) : null;
  await renderPostBodies(site, postViews, bodies, cache && keys ? { cache, keys } : undefined);
  // Every post is finished: includes that read only `site` can now be rendered once and reused.
  templates.renderFragmentsOnce(siteVars);
  const outputs = new Outputs(cache);
  const layoutRenderer = new LayoutRenderer(site, templates, siteVars);
  const inPieces = piecesRenderer(site, templates);
  const applyLayouts = (layout: string | null, content: string, vars: Record<string, unknown>) =>
    inPieces(() => layoutRenderer.apply(layout, content, vars), layout);
  const paginatorOf = (page: Page) => (page.paginator ? paginatorView(page, postViews) : undefined);

  collectErrors(site.posts.keys(), (i) => {
    const post = site.posts[i]!;
    const view = postViews[i]!;
    outputs.add(post.outputPath, post.path, keys?.post(i), false, () =>
      applyLayouts(post.layout, view.content, { page: view }),
    );
  });
  // Listed pages' bodies first (templates may read site.pages[…].content), then every page's layouts.
  const pageKeys = new Map(keys ? site.pages.map((p) => [p, keys.page(p)]) : []);
  const reusedBodies = new Set<Page>();
  collectErrors(listed, (page) => {
    const view = listedViews.get(page)!;
    const hit = outputs.peek(page.outputPath, pageKeys.get(page));
    if (hit) {
      view.content = hit.content;
      reusedBodies.add(page);
    } else view.content = bodies.body(page.doc, page.isMarkdown, { page: view, paginator: paginatorOf(page) }).html;
  });
  collectErrors(site.pages, (page) => {
    const view = listedViews.get(page);
    if (view) {
      // Feeds are checked before anything is written, and listed pages may be read: both now.
      const postsByUrl = page.outputPath.endsWith('.xml')
        ? () => new Map(site.posts.map((p: Post) => [p.url, p.path]))
        : undefined;
      if (reusedBodies.has(page)) return void outputs.reuse(page.outputPath, page.path, pageKeys.get(page), postsByUrl);
      const paginator = paginatorOf(page);
      outputs.add(
        page.outputPath,
        page.path,
        pageKeys.get(page),
        true,
        () => applyLayouts(page.layout, view.content, { page: view, paginator }),
        view.content,
        postsByUrl,
      );
      return;
    }
    // Other index pages render when written. A Markdown body renders whole, before its layouts.
    outputs.add(page.outputPath, page.path, pageKeys.get(page), false, () => {
      const own = pageView(page);
      const paginator = paginatorOf(page);
      const body = () => bodies.body(page.doc, page.isMarkdown, { page: own, paginator }).html;
      const render = (html: string) =>
        layoutRenderer.apply(page.layout, html, {
          page: { ...own, content: templates.withFragments(html) },
          paginator,
        });
      if (!page.isMarkdown) return inPieces(() => render(body()), page.layout, page.doc);
      const html = body();
      return inPieces(() => render(html), page.layout);
    });
  });
  for (const s of site.staticFiles) outputs.push({ path: s.outputPath, source: s.file.path, bytes: s.file.bytes });
  cache?.compiledCode.endBuild();
  return outputs.done();
}

/** A source file's text by its path (`include_relative`): any file the site read. */
function sourceReader(site: Site): (path: string) => string | undefined {
  let files: Map<string, Buffer> | undefined;
  return (path) => {
    files ??= new Map<string, Buffer>([
      ...site.posts.map((p) => [p.path, p.doc.file.bytes] as const),
      ...site.pages.map((p) => [p.path, p.doc.file.bytes] as const),
      ...site.staticFiles.map((s) => [s.file.path, s.file.bytes] as const),
    ]);
    return files.get(path.replace(/^\/+/, ''))?.toString('utf8');
  };
}

/** The archive sidebar of 4,000 posts takes 10 ms to render: a rebuild reuses it while its key holds. */
function reuseFragment(cache: BuildCache, key: string, name: string, render: () => string): string {
  const hit = cache.fragments.get(name);
  if (hit?.key === key) return hit.text;
  const text = render();
  cache.fragments.set(name, { key, text });
  return text;
}

/**
 * `post_url` finds a post by its file name without extension (`2021-07-07-slug`, or a path under
 * _posts); `link` finds any source file by its path. Jekyll 4 puts `baseurl` in front of both;
 * Jekyll before 4 (the kramdown 1 era, compat 1) did not.
 */
function urlResolver(site: Site, listed: readonly Page[]): (tag: 'post_url' | 'link', target: string) => string {
  // Made on first use: most sites never use the tags, and watch rebuilds often.
  let posts: Map<string, string> | undefined;
  let files: Map<string, string> | undefined;
  const prefix = site.config.markdown.compat === 2 ? site.config.baseurl : '';
  return (tag, target) => {
    posts ??= new Map(site.posts.map((p) => [p.path.replace(/^_posts\//, '').replace(/\.[^.]+$/, ''), p.url]));
    files ??= new Map<string, string>([
      ...site.posts.map((p) => [p.path, p.url] as const),
      ...listed.map((p) => [p.path, p.url] as const),
      ...site.staticFiles.map((s) => [s.file.path, s.url] as const),
    ]);
    const key = target.trim().replace(/^\/+/, '');
    const url = tag === 'post_url' ? posts.get(key.replace(/\.(md|markdown|html)$/, '')) : files.get(key);
    if (url === undefined) {
      throw new KilnError(
        tag === 'post_url'
          ? `post_url: no post named "${target}" (give the file name without extension, e.g. 2021-07-07-slug)`
          : `link: no file "${target}" in the site`,
      );
    }
    return prefix + url;
  };
}

/** The outputs of one build, with the watch cache's reuse and record-keeping. */
class Outputs {
  private readonly list: OutputFile[] = [];

  constructor(private readonly cache?: BuildCache) {}

  /** The cached output for this key, if its inputs are unchanged (not added to the outputs). */
  peek(path: string, key: OutputKey | undefined) {
    const hit = key !== undefined ? this.cache?.outputs.get(path) : undefined;
    return hit && sameItems(hit.key, key!) ? hit : null;
  }

  /** The cached output for this key, if its inputs are unchanged; it is added to the outputs. */
  reuse(path: string, source: string, key: OutputKey | undefined, postsByUrl?: () => ReadonlyMap<string, string>) {
    const hit = this.peek(path, key);
    if (!hit) return null;
    this.list.push({ path, source, bytes: hit.bytes, hash: hit.hash, verified: hit.verified, postsByUrl });
    return hit;
  }

  /** Adds an output: reused when unchanged, rendered now in watch (and remembered), else on demand. */
  add(
    path: string,
    source: string,
    key: OutputKey | undefined,
    now: boolean,
    render: () => Pieces,
    content = '',
    postsByUrl?: () => ReadonlyMap<string, string>,
  ): void {
    if (!now && this.reuse(path, source, key, postsByUrl)) return;
    if (!this.cache) {
      this.list.push({ path, source, postsByUrl, bytes: now ? render() : render });
      return;
    }
    const bytes = render();
    const hash = hashPieces(bytes);
    if (key !== undefined) this.cache.outputs.set(path, { key, bytes, hash, content });
    this.list.push({ path, source, postsByUrl, bytes, hash });
  }

  push(file: OutputFile): void {
    this.list.push(file);
  }

  /** The outputs in path order; the cache forgets outputs the site no longer has. */
  done(): OutputFile[] {
    if (!this.cache) return this.list.sort(byPath);
    // Outputs come in the order of the model (posts by date, pages, static files): while that
    // is the same list of paths, so is their sorted order.
    const paths = this.list.map((o) => o.path);
    const last = this.cache.outputOrder;
    const order = last && sameItems(last.paths, paths) ? last.order : pathOrder(paths);
    if (order !== last?.order) {
      this.cache.outputOrder = { paths, order };
      const made = new Set(paths);
      for (const path of this.cache.outputs.keys()) if (!made.has(path)) this.cache.outputs.delete(path);
    }
    return order.map((i) => this.list[i]!);
  }
}

function paginatorView(page: Page, postViews: readonly PostView[]) {
  const p = page.paginator!;
  return {
    page: p.page,
    per_page: p.perPage,
    posts: p.postIndexes.map((i) => postViews[i]),
    total_posts: p.totalPosts,
    total_pages: p.totalPages,
    previous_page: p.previousPage,
    previous_page_path: p.previousPagePath,
    next_page: p.nextPage,
    next_page_path: p.nextPagePath,
  };
}
