import type { BuildCache } from '../build-cache.js';
import type { Config } from '../config/types.js';
import { hashBytes } from '../shared/hash.js';
import { OutputKeys } from './output-keys.js';
import { lineOfKey } from '../source/front-matter.js';
import type { Document } from '../source/types.js';
import { collectErrors, KilnError } from '../shared/errors.js';
import type { Layout, Page, Site } from '../model/types.js';
import { createMarkdown, type MarkdownRenderer } from './markdown/create-markdown.js';
import { renderMany } from './markdown/render-many.js';
import { createSiteContext, pageView, type PageView, type PostView } from './context.js';
import { createTemplates, type CompiledTemplate, type Templates } from './templates/create-environment.js';
import { fillPlaceholders, RENDER_STATE_KEY, type RenderState } from './templates/tags.js';
import type { OutputFile } from './types.js';

// Link definitions are appended to an excerpt so its links still resolve (as Jekyll does).
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:.+$/gm;

/**
 * Site → OutputFile[]. Pass 1 renders every body (template, then Markdown, then excerpt), so
 * index pages and feeds see finished posts; pass 2 wraps each in its layout chain.
 */
export async function renderSite(site: Site, cache?: BuildCache): Promise<OutputFile[]> {
  const markdown = createMarkdown(site.config.markdown);
  const templates = createTemplates({
    includes: site.includes, timezone: site.config.timezone, time: site.config.time,
    url: site.config.url, baseurl: site.config.baseurl,
    markdownify: (src) => markdown.render(src).html,
  });
  const firstInstances = site.pages.filter((p) => !p.paginator || p.paginator.page === 1);
  const pageViews = firstInstances.map(pageView);
  const { site: siteVars, postViews } = createSiteContext(site, pageViews, cache?.postViews);
  const renderer = new BodyRenderer(site.config, templates, markdown, siteVars);

  // Posts: templates first (in order), then all their Markdown at once, which may run in parallel.
  const templated: Array<{ text: string; state: RenderState; excerpt: string | null }> = [];
  const excerpts = new Map<Document, string>(); // the entries this build uses: the cache keeps only these
  collectErrors(site.posts.keys(), (i) => {
    const post = site.posts[i]!;
    const { text, state } = renderer.template(post.doc, { page: postViews[i]! });
    const given = post.data.excerpt !== undefined && post.data.excerpt !== null;
    let excerpt: string | null = null;
    if (!given) {
      // A body that is no template is its own text: its excerpt source belongs to the document.
      const cached = !post.doc.hasTemplate ? cache?.excerpts.get(post.doc) : undefined;
      excerpt = cached ?? renderer.excerptSource(text, post.isMarkdown, post.data);
      if (!post.doc.hasTemplate) excerpts.set(post.doc, excerpt);
    }
    templated[i] = { text, state, excerpt };
  });
  if (cache) cache.excerpts = excerpts;
  const sources: string[] = [];
  site.posts.forEach((post, i) => {
    if (!post.isMarkdown) return;
    sources.push(templated[i]!.text);
    if (templated[i]!.excerpt !== null) sources.push(templated[i]!.excerpt!);
  });
  const rendered = await renderMarkdown(sources, site.config.markdown, markdown, cache);
  let k = 0;
  site.posts.forEach((post, i) => {
    const view = postViews[i]!;
    const t = templated[i]!;
    view.content = fillPlaceholders(post.isMarkdown ? rendered[k++]! : t.text, t.state);
    if (t.excerpt === null) view.excerpt = String(post.data.excerpt);
    else view.excerpt = fillPlaceholders(post.isMarkdown ? rendered[k++]! : t.excerpt, t.state);
  });
  // Every post is finished: includes that read only `site` can now be rendered once and reused.
  templates.renderFragmentsOnce(siteVars);
  const views = new Map<Page, PageView>();
  // In watch, an output whose inputs are all unchanged keeps its bytes (see output-keys.ts).
  const keys = cache ? new OutputKeys(site, cache, postViews) : null;
  const reused = new Map<string, OutputFile>();
  const reuse = (path: string, source: string, key: string | undefined, view?: PageView) => {
    const hit = key !== undefined ? cache!.outputs.get(path) : undefined;
    if (!hit || hit.key !== key) return false;
    reused.set(path, { path, source, bytes: hit.bytes, hash: hit.hash, verified: hit.verified });
    if (view) view.content = hit.content; // other templates may read site.pages[…].content
    return true;
  };
  const pageKeys = new Map<Page, string>();
  collectErrors(site.pages, (page) => {
    const shared = firstInstances.indexOf(page);
    const view = shared < 0 ? pageView(page) : pageViews[shared]!;
    views.set(page, view);
    const key = keys?.page(page);
    if (key !== undefined) pageKeys.set(page, key);
    if (reuse(page.outputPath, page.path, key, view)) return;
    // Index pages after the first are in no list a template can read: they render when written.
    if (!cache && shared < 0) return;
    const paginator = page.paginator ? paginatorView(page, postViews) : undefined;
    view.content = renderer.body(page.doc, page.isMarkdown, { page: view, paginator }).html;
  });

  const layouts = new LayoutRenderer(site, templates, siteVars);
  const outputs: OutputFile[] = [];
  const remember = (file: OutputFile, key: string | undefined, content: string) => {
    if (key === undefined || typeof file.bytes !== 'string') return file;
    const hash = hashBytes(file.bytes);
    cache!.outputs.set(file.path, { key, bytes: file.bytes, hash, content });
    return { ...file, hash };
  };
  // A clean build hands the write stage functions that render post and index pages on demand, so
  // a large site is never in memory all at once; watch keeps the bytes, for its cache.
  collectErrors(site.posts.keys(), (i) => {
    const post = site.posts[i]!;
    const view = postViews[i]!;
    const key = keys?.post(i);
    if (reuse(post.outputPath, post.path, key)) return void outputs.push(reused.get(post.outputPath)!);
    const render = () => layouts.apply(post.doc, post.layout, view.content, { page: view });
    outputs.push(cache ? remember({ path: post.outputPath, source: post.path, bytes: render() }, key, '')
      : { path: post.outputPath, source: post.path, bytes: render });
  });
  collectErrors(site.pages, (page) => {
    const isFeed = page.outputPath.endsWith('.xml');
    const postsByUrl = isFeed ? new Map(site.posts.map((p) => [p.url, p.path])) : undefined;
    const hit = reused.get(page.outputPath);
    if (hit) return void outputs.push({ ...hit, postsByUrl });
    const view = views.get(page)!;
    const paginator = page.paginator ? paginatorView(page, postViews) : undefined;
    // Feeds are checked before anything is written, and other pages may be read by templates: both now.
    const lazy = !cache && !isFeed && firstInstances.indexOf(page) < 0;
    const render = () => {
      // A lazy page's HTML lives only as long as this call.
      const v = lazy ? { ...view, content: renderer.body(page.doc, page.isMarkdown, { page: view, paginator }).html } : view;
      return layouts.apply(page.doc, page.layout, v.content, { page: v, paginator });
    };
    outputs.push(lazy ? { path: page.outputPath, source: page.path, bytes: render }
      : remember({ path: page.outputPath, source: page.path, postsByUrl, bytes: render() }, pageKeys.get(page), view.content));
  });
  if (cache) {
    const made = new Set(outputs.map((o) => o.path));
    for (const path of cache.outputs.keys()) if (!made.has(path)) cache.outputs.delete(path);
  }
  for (const s of site.staticFiles) outputs.push({ path: s.outputPath, source: s.file.path, bytes: s.file.bytes });
  return outputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Markdown for many sources; in watch, only sources not seen before are rendered. */
async function renderMarkdown(sources: string[], options: Config['markdown'], local: MarkdownRenderer, cache?: BuildCache): Promise<string[]> {
  if (!cache) return renderMany(sources, options, local);
  const misses = [...new Set(sources.filter((s) => !cache.markdown.has(s)))];
  const html = await renderMany(misses, options, local);
  misses.forEach((s, i) => cache.markdown.set(s, html[i]!));
  const used = new Map<string, string>();
  const out = sources.map((s) => {
    const h = cache.markdown.get(s)!;
    used.set(s, h);
    return h;
  });
  cache.markdown = used; // drop what no document uses any more
  return out;
}

function paginatorView(page: Page, postViews: readonly PostView[]) {
  const p = page.paginator!;
  return {
    page: p.page, per_page: p.perPage, posts: p.postIndexes.map((i) => postViews[i]),
    total_posts: p.totalPosts, total_pages: p.totalPages,
    previous_page: p.previousPage, previous_page_path: p.previousPagePath,
    next_page: p.nextPage, next_page_path: p.nextPagePath,
  };
}

/** Renders bodies: the content as a template (only when it has tags), then Markdown. */
class BodyRenderer {
  // A paginated page renders its body once per page: compile it once.
  private readonly compiled = new Map<Document, CompiledTemplate>();

  constructor(
    private readonly config: Config,
    private readonly templates: Templates,
    private readonly markdown: MarkdownRenderer,
    private readonly site: Record<string, unknown>,
  ) {}

  /** The body rendered as a template (only when it has tags); placeholders wait in `state`. */
  template(doc: Document, vars: Record<string, unknown>): { text: string; state: RenderState } {
    const state: RenderState = { placeholders: [], jekyll2Markup: this.config.markdown.compat === 1 };
    if (!doc.hasTemplate) return { text: doc.body, state };
    let compiled = this.compiled.get(doc);
    if (!compiled) {
      compiled = this.templates.compile(doc.body, doc.file.path, doc.bodyLine, true);
      this.compiled.set(doc, compiled);
    }
    const text = compiled.render({ site: this.site, ...vars, [RENDER_STATE_KEY]: state });
    return { text, state };
  }

  /** A page's whole body: template, then Markdown, then the placeholders filled. */
  body(doc: Document, isMarkdown: boolean, vars: Record<string, unknown>) {
    const { text, state } = this.template(doc, vars);
    const html = isMarkdown ? this.markdown.render(text).html : text;
    return { html: fillPlaceholders(html, state) };
  }

  /** The source of a generated excerpt: the content up to the first separator, with the link definitions. */
  excerptSource(templated: string, isMarkdown: boolean, data: Record<string, unknown>): string {
    const separator = data.excerpt_separator !== undefined ? String(data.excerpt_separator) : this.config.excerptSeparator;
    const at = templated.indexOf(separator);
    if (at < 0) return templated;
    let head = templated.slice(0, at);
    if (!isMarkdown) return head;
    const definitions = templated.slice(at).match(LINK_DEFINITION);
    if (definitions) head += '\n\n' + definitions.join('\n');
    return head;
  }
}

/** Applies nested layouts, compiling each layout once per build. */
class LayoutRenderer {
  private readonly compiled = new Map<string, CompiledTemplate>();

  constructor(private readonly site: Site, private readonly templates: Templates, private readonly siteVars: Record<string, unknown>) {}

  apply(doc: Document, first: string | null, content: string, vars: Record<string, unknown>): string {
    let html = content;
    let name = first;
    let namedBy: { file: string; line?: number } = { file: doc.file.path, line: lineOfKey(doc, 'layout') };
    const seen = new Set<string>();
    while (name !== null) {
      const layout = this.site.layouts.get(name);
      if (!layout) {
        const fromDefaults = doc.data.layout === undefined && namedBy.file === doc.file.path;
        throw new KilnError(`unknown layout "${name}"${fromDefaults ? ' (set by defaults in _config.yml)' : ''}`, namedBy.file, namedBy.line);
      }
      if (seen.has(name)) throw new KilnError(`layout "${name}" includes itself`, layout.doc.file.path, lineOfKey(layout.doc, 'layout'));
      seen.add(name);
      html = this.template(layout).render({ site: this.siteVars, ...vars, content: html, layout: layout.doc.data });
      namedBy = { file: layout.doc.file.path, line: lineOfKey(layout.doc, 'layout') };
      name = layout.layout;
    }
    return html;
  }

  private template(layout: Layout): CompiledTemplate {
    let t = this.compiled.get(layout.name);
    if (!t) {
      t = this.templates.compile(layout.doc.body, layout.doc.file.path, layout.doc.bodyLine, false);
      this.compiled.set(layout.name, t);
    }
    return t;
  }
}
