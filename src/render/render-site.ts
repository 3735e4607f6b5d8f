import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filtersBaseurl } from '../config/baseurl.js';
import { themeSassDir } from '../config/theme.js';
import { pageKey, isListed as renderedFirst } from '../model/page.js';
import type { CollectionDoc, Page, PluginPageSlot, Post, Site } from '../model/types.js';
import { JEKYLL_VERSION, pluginFilters } from '../plugins/filters.js';
import { withMentions } from '../plugins/github/with-mentions.js';
import { pluginPages } from '../plugins/pages.js';
import { pluginOutputs, pluginTags, pluginTemplateFilters } from '../plugins/plugins.js';
import { redirectedAway, redirectFromPages, redirectToData } from '../plugins/redirects.js';
import { relativeLinks } from '../plugins/relative-links.js';
import { NO_PLUGINS, runGenerators, type SitePlugins } from '../plugins/site-plugins.js';
import { createTitlesMemory, titlesFromHeadings } from '../plugins/titles-from-headings.js';
import { buildErrorsIn, collectErrors, KilnError, type KilnWarning, metRendering } from '../shared/errors.js';
import { hashPieces } from '../shared/hash.js';
import { noProgress, type Progress } from '../shared/log.js';
import { byPath, pathOrder, pathOrderAfter, placesOf, sameItems } from '../shared/paths.js';
import { withoutBom } from '../shared/utf8.js';
import { type SourceFile, textDropped } from '../source/types.js';
import { BodyRenderer } from './bodies.js';
import {
  createSiteContext,
  type PostEntry,
  pluginPageView,
  type SiteContext,
  SiteMemory,
  unrenderedContent,
} from './context.js';
import { Counters } from './counters.js';
import { renderDocBodies } from './doc-bodies.js';
import { DocOutputs } from './doc-outputs.js';
import { documentContent } from './document-content.js';
import { EarlyExcerpts } from './excerpts.js';
import { piecesRenderer } from './in-pieces.js';
import { IncludeCache } from './include-cache.js';
import { type KeptRenders, keptRenderer } from './kept.js';
import { LayoutRenderer } from './layouts.js';
import type { MarkdownPool } from './markdown/pool.js';
import { createMarkdown } from './markdown/renderer.js';
import type { RenderMemo } from './memo.js';
import { readOutsideSource } from './outside-sources.js';
import { keepTextsAgain, renderPostBodies } from './post-bodies.js';
import { postNamed } from './post-url.js';
import { Reads } from './reads.js';
import { createSassCompiler, isSassPage, type SassCompiler, SassFileCells } from './sass.js';
import { createTemplates } from './templates/create-environment.js';
import { KeptResults } from './templates/filters/kept-results.js';
import { urlFilters } from './templates/filters/urls.js';
import { HIGHLIGHT_LINES_KEY } from './templates/tags.js';
import { markDrop, type OutputFile, type Pieces, piecesText } from './types.js';

/**
 * Site → OutputFile[]. Every post body first (template, then Markdown, then excerpt), so index
 * pages and feeds see finished posts; then the bodies of listed pages; then each output in its
 * layout chain. Templates see the site through recording proxies (context.ts): with a memo (watch),
 * a body or output whose recorded reads are all unchanged keeps what it rendered. Without one, the
 * write stage gets functions that render post and index pages on demand, so a large site is
 * never in memory all at once. With a pool, post bodies' Markdown is shared with its workers.
 * `once`: the site is rendered this once (a build, not a watch): each post's text is let go as
 * soon as its Markdown is rendered (post-bodies.ts). With `kept`, Markdown rendered by earlier
 * builds is taken from it, and what this one renders is kept in it (kept.ts).
 */
export async function renderSite(
  model: Site,
  memo?: RenderMemo,
  progress: Progress = noProgress,
  plugins: SitePlugins = NO_PLUGINS,
  pool?: MarkdownPool,
  once = false,
  kept?: KeptRenders,
  warn?: (warning: KilnWarning) => void,
): Promise<OutputFile[]> {
  // `{% increment %}` counters run on from document to document in Jekyll's order: a pass whose
  // counts moved where a render began is made again (counters.ts). Sites that name none pass once.
  const counters = memo ? (memo.counters ??= new Counters()) : new Counters();
  // `{% include_cached %}` texts are decided in that order too (include-cache.ts).
  const includeCache = memo ? (memo.includeCache ??= new IncludeCache()) : new IncludeCache();
  const reads = memo?.reads ?? new Reads(false);
  for (let pass = 1; ; pass++) {
    if (pass > 1 && once && !memo) keepTextsAgain(model);
    let outputs = await renderPass(
      model,
      memo,
      progress,
      plugins,
      pass === 1 ? pool : undefined,
      once,
      kept,
      counters,
      includeCache,
      reads,
      warn,
    );
    if (counters.names.size === 0 && !includeCache.used) return outputs;
    // What renders as it is written counts too: it renders now.
    outputs = outputs.map((o) => (typeof o.bytes === 'function' ? { ...o, bytes: o.bytes() } : o));
    // Each pass sets at least one more render's start right: so many passes settle it.
    const counted = counters.settle();
    const cached = includeCache.settle();
    if ((counted && cached) || (pass > counters.renders && pass > includeCache.size)) return outputs;
  }
}

/** One pass of the render (`renderSite`). */
async function renderPass(
  model: Site,
  memo: RenderMemo | undefined,
  progress: Progress,
  plugins: SitePlugins,
  pool: MarkdownPool | undefined,
  once: boolean,
  kept: KeptRenders | undefined,
  counters: Counters,
  includeCache: IncludeCache,
  reads: Reads,
  warn: ((warning: KilnWarning) => void) | undefined,
): Promise<OutputFile[]> {
  reads.begin();
  counters.begin(reads, (cell) => reads.record(cell));
  includeCache.begin(
    reads,
    (cell) => reads.record(cell),
    () => counters.renderKey(),
  );
  // One renderer per configuration: in watch it is kept, with its compiled rules.
  const plain = memo
    ? (memo.markdownRenderer ??= createMarkdown(model.config.markdown))
    : createMarkdown(model.config.markdown);
  const markdown = kept ? keptRenderer(plain, kept) : plain;
  const filters = pluginFilters(model.config, (src) => markdown.render(src).html);
  // jekyll-titles-from-headings gives titles before anything renders, as Jekyll's generator does.
  const site = titlesFromHeadings(model, filters, memo && (memo.titles ??= createTitlesMemory()));
  // The pages rendered now: all but a (jekyll-paginate) paginated index's pages 2…, rendered as
  // they are written. Those are in site.pages too (after the site's own, as the plugin's generator
  // adds them), as are the pages plugins add: Jekyll's generators run before anything renders.
  const listed = site.pages.filter(renderedFirst);
  const redirects = site.config.plugins.has('jekyll-redirect-from');
  // The documents jekyll-redirect-from redirects away: their content is emptied, their output the redirect page.
  const away = redirects ? redirectedAway(site, listed, filters) : null;
  // Its own template's page stands in for such a document's output; with the site's `redirect`
  // layout, the document renders through that layout instead of its own.
  const standIn = (d: { doc: { file: { path: string } } }) => away?.get(d.doc.file.path);
  const layoutOf = (d: { doc: { file: { path: string } }; layout: string | null }) =>
    standIn(d) === null ? 'redirect' : d.layout;
  // The pages the plugins add (feeds, sitemap, redirects), in site.pages for templates and `link`.
  const added = pluginPages(site, filters);
  const context = createSiteContext(site, site.pages, memo?.site ?? new SiteMemory(), reads, {
    pages: added,
    extraData: redirects ? (url, data) => redirectToData(url, data, filters) : undefined,
    emptied: away,
  });
  // A clean build keeps its long escapes for itself: its feed renders as a watch's does.
  const escaped = memo?.escaped ?? new KeptResults();
  const escapedText = (bytes: Buffer) => escaped.textOf(bytes);
  // One Sass compiler a pass, for the stylesheets and scssify/sassify, made when first needed.
  let sassCompiler: SassCompiler | undefined;
  const sassOf = () =>
    (sassCompiler ??= createSassCompiler(
      site.config,
      themeSassDir(site.config.theme?.dir ?? null),
      memo ? (memo.sass ??= new Map()) : undefined,
      kept,
    ));
  const sassFiles = memo && (memo.sassFiles ??= new SassFileCells());
  sassFiles?.refresh(reads);
  const templates = createTemplates({
    includes: site.includes,
    timezone: site.config.timezone,
    clock: site.config.clock,
    readsClock: () => reads.record(context.clock),
    url: site.config.url,
    baseurl: filtersBaseurl(site.config),
    urlCache: site.config.languagePass?.urlCache,
    markdownify: (src) => markdown.render(src).html,
    extra: new Map([...pluginTemplateFilters(site), ...plugins.filters]),
    jekyllVersion: site.config.jekyllVersion,
    smartify: site.config.markdown,
    highlightTag: site.config.highlightTag,
    urlOf: urlResolver(site, listed, added, context, reads),
    readSource: sourceReader(site, context, reads),
    collectionsDir: site.config.collectionsDir,
    // Fragments render once every post is finished (renderFragmentsOnce below).
    reuseFragment: (name, source, render, reusable) => fragment(reads, context, memo, name, source, render, reusable),
    siteState: () => context.sourceMapsSeen(),
    warn,
    compiled: memo?.compiledCode,
    kept,
    escaped,
    tags: new Map([...pluginTags(site, filters), ...plugins.tags]),
    jekyll: markDrop({ version: JEKYLL_VERSION, environment: site.config.environment }, 'Jekyll::Drops::JekyllDrop'),
    // jekyll-data: `{{ theme.x }}` is `{{ site.NAME.x }}`, NAME the config's `theme`.
    ...(site.config.plugins.has('jekyll-data')
      ? { theme: site.config.siteData[String(site.config.siteData.theme ?? '')] ?? null }
      : {}),
    includeCache: site.config.plugins.has('jekyll-include-cache') ? includeCache : undefined,
    activeSupport: site.config.plugins.has('jekyll-mentions'),
    counters,
    sass: (text, indented) => {
      const { css, loaded } = sassOf().inline(text, indented);
      if (sassFiles) for (const file of loaded) reads.record(sassFiles.of(file, reads));
      return css;
    },
  });
  const links = relativeLinks(site, {
    lists: () => {
      for (const cell of Object.values(context.lists)) reads.record(cell);
    },
    post: (i) => reads.record(context.posts[i]!.field('url')),
    doc: (c, i) => reads.record(context.docs[c]![i]!.field('url')),
  });
  const bodies = new BodyRenderer(site.config, templates, markdown, context.site, links, away, counters);
  // Jekyll's render order (posts oldest first, collection documents, pages): what `output` and `content` show.
  const docOutputs = new DocOutputs(reads, context.lists.documents, (render) => templates.whole(render), counters);
  context.convertedWhen((rank) => docOutputs.rendered(rank));
  // Each document's rank and layout are kept on its entry, and one function renders any of them.
  let rank = 0;
  const withOutput = (entry: (typeof context.posts)[number], doc: Post | CollectionDoc) => {
    entry.rank = rank++;
    entry.layout = layoutOf(doc);
    entry.markdown = doc.isMarkdown;
  };
  context.renderOutput((entry) =>
    docOutputs.read(entry.rank, () => {
      reads.record(entry.field('url'));
      reads.record(entry.field('layout'));
      const redirect = away?.get(entry.path);
      if (typeof redirect === 'string') {
        reads.record(entry.field('redirect'));
        return redirect;
      }
      return layoutRenderer.apply(entry.layout, entry.proxy.content, layoutVarsOf(entry));
    }),
  );
  // Outputs render on demand from the first body on (a post's body may read an older one's).
  const layoutRenderer = new LayoutRenderer(site, templates, context.site, (name) => {
    reads.record(context.layout(name));
    reads.record(context.includes);
  });
  // Without a memo, whether any template names a counter is asked before anything is let go or
  // left to render as it is written: every template is parsed then, once.
  let scanned: boolean | undefined;
  const counting = () => (scanned ??= namesCounters(site, bodies, layoutRenderer, templates, counters, includeCache));
  // `content` of a document Jekyll has not rendered yet is its source's body.
  const content = documentContent(reads, docOutputs, bodies, context, site.config.source, (entry) => {
    const page = entry.page!;
    reads.record(entry.source);
    reads.record(context.includes);
    const vars = { page: entry.selfProxy, paginator: entry.paginatorProxy, layout: context.layoutVars(page.layout) };
    return templates.withFragments(bodies.body(page.doc, page.isMarkdown, vars).html);
  });
  context.readContent(content.post, content.page, content.pageSource);
  for (let i = site.posts.length - 1; i >= 0; i--) withOutput(context.posts[i]!, site.posts[i]!);
  site.collections.forEach((c, ci) => {
    c.docs.forEach((d, i) => {
      withOutput(context.docs[ci]![i]!, d);
    });
  });
  // Stylesheets: compiled after their template ran, with their source maps as outputs of their own.
  // Their partials are no input the recorded reads know of, so they are never reused from the
  // memo; sass.ts reuses a result while the stylesheet and every file it loaded are unchanged.
  const sass = site.pages.some((p) => isSassPage(p.path)) ? sassOf() : null;
  const sourceMaps: OutputFile[] = [];
  const pageBody = (page: Page, vars: Record<string, unknown>): string => {
    if (!sass || !isSassPage(page.path)) return bodies.body(page.doc, page.isMarkdown, vars).html;
    const { css, map } = sass.compile(
      page.path,
      bodies.template(page.doc, page.isMarkdown, vars).text,
      page.doc.bodyLine,
    );
    if (map) sourceMaps.push({ path: `${page.outputPath}.map`, source: page.path, bytes: Buffer.from(map) });
    memo?.outputs.delete(page.outputPath);
    return css;
  };

  // Progress counts posts with their bodies finished, then listed pages with their layouts applied
  // (the write stage counts on, as it renders the other pages).
  let rendered = 0;
  // Posts' and documents' excerpts read before their turn render then (excerpts.ts).
  const early = new EarlyExcerpts(site, context, bodies, reads);
  await renderPostBodies(
    site,
    context,
    bodies,
    reads,
    docOutputs,
    early,
    memo,
    (posts) => progress(posts, site.posts.length, 'posts rendered'),
    pool,
    // Posts' texts are let go unless a counter may make this build render them again.
    () => once && !memo && !counting(),
  );
  // No Markdown is left for the workers: they stop now, not when the whole stage ends.
  await pool?.close();
  renderDocBodies(site, context, bodies, reads, docOutputs, early, memo);
  // Every post is finished: includes that read only `site` can now be rendered once and reused.
  templates.renderFragmentsOnce(context.site);
  // Where templates count, every output renders in this pass (counters.ts); in a watch every one does.
  // With the site's `redirect` layout, jekyll-redirect-from's pages render through it (below), and
  // take their paths from whatever else was to be written there, as Jekyll writes them after it.
  const redirectFrom = redirects ? redirectFromPages(site, filters) : [];
  const outputs = new Outputs(reads, memo, !memo && counting(), new Set(redirectFrom.map((r) => r.outputPath)));
  const inPieces = piecesRenderer(site, templates, memo?.parses, kept);
  const applyLayouts = (layout: string | null, content: string, vars: Record<string, unknown>) =>
    inPieces(() => layoutRenderer.apply(layout, content, vars), layout);
  // A post's or document's layouts: rendering in pieces, they output its body bare, so its bytes
  // stand in them as a marker and are written as they are (decoding and encoding them again was
  // ~90 ms of a 4,000-post build); otherwise they get its text.
  const applyToBody = (entry: PostEntry, layout: string | null) =>
    inPieces(() => {
      reads.record(entry.content);
      const content = templates.bytesMarker(entry.contentBytes) ?? entry.proxy.content;
      return layoutRenderer.apply(layout, content, layoutVarsOf(entry));
    }, layout);

  collectErrors(site.posts, (post, i) => {
    // A redirect page of the plugin's own stands in for it (made with the plugins' files).
    if (post.written === false || standIn(post) || outputs.kept(post.outputPath, post.path)) return;
    const entry = context.posts[i]!;
    outputs.add(
      post.outputPath,
      post.path,
      false,
      withMentions(site, post, () => {
        // The output is this post's while its URL is: another post may take it over.
        reads.record(entry.field('url'));
        reads.record(entry.field('layout'));
        return docOutputs.as(entry.rank, 'layouts', () => applyToBody(entry, layoutOf(post)));
      }),
    );
  });
  site.collections.forEach((collection, c) => {
    collectErrors(collection.docs, (d, i) => {
      if (!d.written || standIn(d)) return;
      const entry = context.docs[c]![i]!;
      outputs.add(
        d.outputPath,
        d.path,
        false,
        withMentions(site, d, () => {
          reads.record(entry.field('url'));
          reads.record(entry.field('layout'));
          return docOutputs.as(entry.rank, 'layouts', () => applyToBody(entry, layoutOf(d)));
        }),
      );
    });
  });
  // Jekyll renders each post and document whole before any page: when a page fails, their layouts
  // (rendered when written) render then, and their errors are named first, as Jekyll names them.
  const documentsFirst = outputs.pendingErrors();
  // Listed pages' bodies first, in order (templates may read site.pages[…].content), then every page's layouts.
  // A template page with no layout is its body: rendered in pieces, which are its output.
  const bodyPieces = new Map<Page, Pieces>();
  // Jekyll renders the pages after every document, in the order of site.pages (paginated copies,
  // rendered when written, at their place in it: after the pages, as jekyll-paginate adds them).
  context.pageOrder.forEach((page, i) => {
    context.page(page).rank = rank + i;
  });
  const isOwnOutput = (page: Page) => layoutOf(page) === null && !page.isMarkdown && !isSassPage(page.path);
  collectErrors(
    listed,
    (page) => {
      const entry = context.page(page);
      const ownOutput = isOwnOutput(page);
      const key = pageKey(page);
      const known = memo?.pageBodies.get(key);
      if (known?.doc === page.doc && !isSassPage(page.path) && reads.holds(known.recording)) {
        if (known.pieces && ownOutput) bodyPieces.set(page, known.pieces);
        return entry.finish(known.content, reads);
      }
      memo?.pageBodies.delete(key);
      try {
        const { value: pieces, recording } = reads.track(() =>
          docOutputs.as(entry.rank, 'body', () => {
            reads.record(context.includes);
            // Jekyll renders a page's generated excerpt (`page_excerpts`) as its render begins, if not before.
            early.page(entry);
            const vars = {
              page: entry.selfProxy,
              paginator: entry.paginatorProxy,
              layout: context.layoutVars(page.layout),
            };
            return ownOutput ? inPieces(() => pageBody(page, vars), null, page.doc) : [pageBody(page, vars)];
          }),
        );
        const content = piecesText(pieces, escapedText);
        if (ownOutput) bodyPieces.set(page, pieces);
        if (memo && recording)
          memo.pageBodies.set(key, {
            doc: page.doc,
            recording,
            content,
            pieces: ownOutput ? pieces : undefined,
          });
        entry.finish(content, reads);
      } catch (e) {
        // Pages after it read it as empty in this build; whatever did must read it again once it is mended.
        entry.finish('', reads);
        throw metRendering(e, page.path);
      }
    },
    documentsFirst,
  );
  const isListed = new Set(listed);
  collectErrors(
    site.pages,
    (page) => {
      // Listed, and rendered above, but another output took its path (or a redirect page of the plugin's own).
      if (page.written === false || standIn(page)) return;
      const entry = context.page(page);
      // Feeds are checked before anything is written: name the post of a broken entry.
      const postsByUrl = page.outputPath.endsWith('.xml') ? () => entrySources(site) : undefined;
      if (isListed.has(page)) {
        outputs.add(
          page.outputPath,
          page.path,
          true,
          withMentions(site, page, () => {
            reads.record(entry.source);
            reads.record(entry.field('layout'));
            const own = bodyPieces.get(page);
            if (own) {
              reads.record(entry.content);
              return own;
            }
            return docOutputs.as(entry.rank, 'layouts', () =>
              applyLayouts(layoutOf(page), entry.proxy.content, {
                page: entry.selfProxy,
                paginator: entry.paginatorProxy,
                ...(page.isMarkdown && HIGHLIGHT_LINES),
              }),
            );
          }),
          postsByUrl,
        );
        progress(++rendered, listed.length, 'pages rendered');
        return;
      }
      // Other index pages render when written. A Markdown body renders whole, before its layouts.
      outputs.add(
        page.outputPath,
        page.path,
        false,
        withMentions(site, page, () => {
          reads.record(entry.source);
          reads.record(entry.field('layout'));
          reads.record(context.includes);
          const vars = {
            page: entry.selfProxy,
            paginator: entry.paginatorProxy,
            layout: context.layoutVars(page.layout),
          };
          const body = () =>
            docOutputs.as(entry.rank, 'body', () => {
              early.page(entry);
              return bodies.body(page.doc, page.isMarkdown, vars).html;
            });
          // The body was rendered in this same recording: its text needs no read of its own. Layouts
          // output `content` with the shared fragments' markers; `page.content` has them spliced in.
          const render = (html: string) => {
            entry.view.content = templates.withFragments(html);
            try {
              return docOutputs.as(entry.rank, 'layouts', () =>
                layoutRenderer.apply(page.layout, html, page.isMarkdown ? { ...vars, ...HIGHLIGHT_LINES } : vars),
              );
            } finally {
              // Others read its content by rank (document-content.ts), whichever renders first in a watch.
              entry.view.content = unrenderedContent(page, away);
            }
          };
          if (!page.isMarkdown) return inPieces(() => render(body()), page.layout, page.doc);
          const html = body();
          return inPieces(() => render(html), page.layout);
        }),
        postsByUrl,
      );
    },
    documentsFirst,
  );
  // Rendered as pages are, after the site's own (as they follow them in site.pages); their data,
  // the redirect, is in the list of pages.
  const afterPages = rank + context.pageOrder.length;
  redirectFrom.forEach(({ page, outputPath, source }, i) => {
    outputs.add(
      outputPath,
      source,
      false,
      () => {
        reads.record(context.lists.pages);
        return docOutputs.as(afterPages + i, 'layouts', () =>
          applyLayouts('redirect', '', { page: pluginPageView(page, undefined) }),
        );
      },
      undefined,
      true,
    );
  });
  for (const s of site.staticFiles)
    if (s.written) outputs.push({ path: s.outputPath, source: s.file.path, bytes: s.file.bytes });
  for (const m of sourceMaps) outputs.push(m);
  memo?.compiledCode.endBuild();
  memo?.escaped.endBuild();
  memo?.parses.endBuild();
  memo?.site.texts?.endBuild();
  if (memo && memo.pageBodies.size > listed.length) {
    const paths = new Set(listed.map(pageKey));
    for (const path of memo.pageBodies.keys()) if (!paths.has(path)) memo.pageBodies.delete(path);
  }
  // Generated files (feeds, sitemap, redirects) are outputs like any other: checked, and written
  // when changed. A redirect page stands in for the page it redirects (`redirect_to`).
  const generated = [
    ...pluginOutputs(
      site,
      context.posts.map((e) => e.view),
      new Map(site.collections.map((c, i) => [c.label, context.docs[i]!.map((e) => e.view)])),
      filters,
    ).map((g) => ({ ...g, source: '_config.yml' })),
    ...runGenerators(plugins, context.site),
  ];
  if (generated.length === 0) return outputs.done();
  // Two made at one path (two redirects from one URL): the last one, as Jekyll writes them in turn.
  const made = new Map(generated.map((g) => [g.path, g]));
  return outputs
    .done()
    .filter((o) => !made.has(o.path))
    .concat(
      [...made.values()].map((g) => ({
        path: g.path,
        source: g.source,
        bytes: Buffer.from(g.text),
        // jekyll-feed's feeds list posts and documents: a broken entry names its file, not _config.yml.
        ...(g.path.endsWith('.xml') && { postsByUrl: () => entrySources(site) }),
      })),
    )
    .sort(byPath);
}

/** The file of each post and collection document by its URL: the entry a feed's error is in. */
function entrySources(site: Site): Map<string, string> {
  const docs = site.collections.flatMap((c) => c.docs);
  return new Map([...docs, ...site.posts].map((d: Pick<Post, 'url' | 'path'>) => [d.url, d.path]));
}

/**
 * Whether any template of the site names a counter, every one parsed: bodies, layouts and includes
 * (parsed ahead of their renders, which use the same parses). A build without a memo asks before
 * it lets its posts' texts go or leaves outputs to render as they are written: a second pass would
 * render them again, and what renders as it is written would count after the pass is settled.
 */
function namesCounters(
  site: Site,
  bodies: BodyRenderer,
  layouts: LayoutRenderer,
  templates: ReturnType<typeof createTemplates>,
  counters: Counters,
  includeCache: IncludeCache,
): boolean {
  if (counters.names.size > 0 || includeCache.used) return true;
  layouts.prepare();
  if (site.config.templateEngine === 'liquid') for (const text of site.includes.values()) templates.parseLiquid(text);
  for (const c of site.collections) for (const d of c.docs) bodies.prepare(d.doc, d.isMarkdown);
  for (const p of site.pages) if (!p.archive) bodies.prepare(p.doc, p.isMarkdown);
  return counters.names.size > 0 || includeCache.used;
}

/**
 * An include rendered once per build (the archive sidebar of 4,000 posts takes 10 ms): with
 * `reusable`, reused while its text and what it read are unchanged. Every output rendered after it
 * counts its reads.
 */
function fragment<T>(
  reads: Reads,
  context: SiteContext,
  memo: RenderMemo | undefined,
  name: string,
  source: string,
  render: () => T,
  reusable = true,
): T {
  const known = reusable ? memo?.fragments.get(name) : undefined;
  if (known?.source === source && reads.holds(known.recording)) {
    reads.addFragment(known.recording);
    return known.value as T;
  }
  const { value, recording } = reads.track(() => {
    reads.record(context.includes);
    return render();
  });
  if (memo && recording) {
    memo.fragments.set(name, { source, recording, value });
    reads.addFragment(recording);
  }
  return value;
}

/**
 * A source file's text by its path (`include_relative`): any file the site read. Which one a
 * template asks for is the engine's business, so the output counts as reading every source file.
 */
function sourceReader(site: Site, context: SiteContext, reads: Reads): (path: string) => string | undefined {
  let files: Map<string, SourceFile> | undefined;
  return (path) => {
    reads.record(context.sources);
    files ??= new Map<string, SourceFile>([
      ...site.posts.map((p) => [p.path, p.doc.file] as const),
      ...site.pages.filter((p) => !p.archive).map((p) => [p.path, p.doc.file] as const),
      ...site.collections.flatMap((c) => c.docs.map((d) => [d.path, d.doc.file] as const)),
      ...site.staticFiles.map((s) => [s.file.path, s.file] as const),
    ]);
    const rel = path.replace(/^\/+/, '');
    const file = files.get(rel);
    // Without a byte-order mark, as Jekyll reads a file to include.
    if (file && textDropped(file)) return withoutBom(readFileSync(join(site.config.source, file.path), 'utf8'));
    if (file) return withoutBom(file.text ?? file.bytes.toString('utf8'));
    // A file the site leaves out (`_part.html`), read as Jekyll reads it; watch reads it again on each build.
    context.outside.add(rel);
    const text = readOutsideSource(site.config.source, rel);
    return text === undefined ? text : withoutBom(text);
  };
}

/**
 * `post_url` finds a post by its file name without extension, with its folders (post-url.ts);
 * `link` finds any source file by its path. Jekyll 4 gives the URL through relative_url (with
 * `baseurl`); Jekyll before 4 (the kramdown 1 era, compat 1) gave it as it is.
 */
function urlResolver(
  site: Site,
  listed: readonly Page[],
  added: readonly PluginPageSlot[],
  context: SiteContext,
  reads: Reads,
): (tag: 'post_url' | 'link', target: string) => string {
  // Made on first use: most sites never use the tags, and watch rebuilds often.
  let posts: Map<string, number | undefined> | undefined;
  let files: Map<string, number | string> | undefined;
  // Jekyll 4's tags return relative_url of what they found: baseurl joined, escaped and normalised.
  const relative =
    site.config.markdown.compat === 2
      ? urlFilters(site.config.url, filtersBaseurl(site.config)).relative_url!
      : (url: string) => url;
  // A name is looked up once: post_url's second rule goes through every post.
  const postOf = (name: string) => {
    posts ??= new Map();
    if (!posts.has(name)) posts.set(name, postNamed(site.posts, name, site.config.timezone));
    return posts.get(name);
  };
  return (tag, target) => {
    // As Jekyll's link tag looks: pages, then static files, then documents, the first of a path
    // winning (a Markdown page jekyll-optional-front-matter made is found before its copied file);
    // posts and documents by their path inside collections_dir, as Jekyll's relative_path has them.
    if (!files) {
      files = new Map<string, number | string>();
      const add = (path: string, found: number | string) => {
        if (!files!.has(path)) files!.set(path, found);
      };
      // A jekyll-paginate-v2 template is no page of the site any more (its pages have no file).
      // Only what Jekyll writes (each_site_file): no document of an `output: false` collection, no
      // unpublished static file. A static file's relative_path starts with `/`, so only it is found
      // by a path written with one (`{% link /img/a.png %}`).
      for (const p of listed) if (!p.paginated) add(p.path, p.url);
      // The plugins' pages by their relative_path (`feed.xml`, `robots.txt`; every redirect page's
      // is `redirect.html`), after the site's own as in site.pages, before the static files.
      for (const p of added) if (typeof p !== 'string') add(p.path, p.url);
      for (const s of site.staticFiles)
        if (s.written) {
          add(s.file.path, s.url);
          add(`/${s.file.path}`, s.url);
        }
      for (let i = 0; i < site.posts.length; i++) add(site.posts[i]!.relativePath, i);
      for (const c of site.collections) for (const d of c.docs) if (d.written) add(d.relativePath, d.url);
    }
    // What the tag reads: which posts (and files) there are, and the URL of the one it names.
    const lists = context.lists;
    reads.record(lists.posts);
    if (tag === 'link') {
      reads.record(lists.pages);
      reads.record(lists.statics);
    }
    const key = target.trim();
    const found = tag === 'post_url' ? postOf(key) : files.get(key);
    if (typeof found === 'number') reads.record(context.posts[found]!.field('url'));
    const url = typeof found === 'number' ? site.posts[found]!.url : found;
    if (url === undefined) {
      throw new KilnError(
        tag === 'post_url'
          ? `Could not find post "${key}" in tag 'post_url'. Make sure the post exists and the name is correct.`
          : `Could not find document '${key}' in tag 'link' (its path from the source, as written; only a static file's may start with /)`,
      );
    }
    return String(relative(url));
  };
}

/** The outputs of one build; with a memo, each one's bytes are reused while what it read is unchanged. */
class Outputs {
  private readonly list: OutputFile[] = [];

  constructor(
    private readonly reads: Reads,
    private readonly memo?: RenderMemo,
    private readonly eager = false,
    /** Paths an output added as `shadowing` takes: nothing else is written there. */
    private readonly shadowed: ReadonlySet<string> = new Set(),
  ) {}

  /** Adds an output: reused when unchanged, rendered now with a memo (and remembered), else `now` or on demand. */
  add(
    path: string,
    source: string,
    now: boolean,
    render: () => Pieces,
    postsByUrl?: () => ReadonlyMap<string, string>,
    shadowing = false,
  ): void {
    if (!shadowing && this.shadowed.has(path)) return;
    render = renderingOf(source, render);
    if (!this.memo) {
      this.list.push({ path, source, postsByUrl, bytes: now || this.eager ? render() : render });
      return;
    }
    if (this.kept(path, source, postsByUrl)) return;
    this.memo.outputs.delete(path);
    const { value: bytes, recording } = this.reads.track(render);
    const hash = hashPieces(bytes);
    const file = { path, source, postsByUrl, bytes, hash };
    if (recording) this.memo.outputs.set(path, { recording, bytes, hash, file: postsByUrl ? undefined : file });
    this.list.push(file);
  }

  /** With a memo, whether what the output read last time is unchanged: then it is added as it was. */
  kept(path: string, source: string, postsByUrl?: () => ReadonlyMap<string, string>): boolean {
    const known = this.memo?.outputs.get(path);
    if (!known || !this.reads.holds(known.recording)) return false;
    // The file of the last build, as it was (a feed's check names posts of this build).
    if (known.file?.source === source && !postsByUrl) {
      this.list.push(known.file);
      return true;
    }
    const file = { path, source, bytes: known.bytes, hash: known.hash, verified: known.verified, postsByUrl };
    if (!postsByUrl) known.file = file;
    this.list.push(file);
    return true;
  }

  /**
   * The errors of the outputs added so far to render on demand, rendered when asked (then they
   * are rendered again when written): a failed build's way to name them in Jekyll's order.
   */
  pendingErrors(): () => KilnError[] {
    const pending = this.list.flatMap((o) => (typeof o.bytes === 'function' ? [o.bytes] : []));
    return () =>
      pending.flatMap((render) => {
        try {
          render();
          return [];
        } catch (e) {
          return buildErrorsIn(e);
        }
      });
  }

  push(file: OutputFile): void {
    if (!this.shadowed.has(file.path)) this.list.push(file);
  }

  /** The outputs in path order; the memo forgets outputs the site no longer has. */
  done(): OutputFile[] {
    if (!this.memo) return this.list.sort(byPath);
    // Outputs come in the order of the model (posts by date, pages, static files): while that
    // is the same list of paths, so is their sorted order.
    const paths = this.list.map((o) => o.path);
    const last = this.memo.outputOrder;
    if (last && sameItems(last.paths, paths)) return last.order.map((i) => this.list[i]!);
    const places = placesOf(paths);
    const order = (last && places && pathOrderAfter(last.paths, last.order, paths, places)) || pathOrder(paths);
    this.memo.outputOrder = { paths, order };
    const made = places ?? new Set(paths);
    for (const path of this.memo.outputs.keys()) if (!made.has(path)) this.memo.outputs.delete(path);
    return order.map((i) => this.list[i]!);
  }
}

/** An output's render whose errors in a layout or include say which page was rendered. */
function renderingOf(source: string, render: () => Pieces): () => Pieces {
  return () => {
    try {
      return render();
    } catch (e) {
      throw metRendering(e, source);
    }
  };
}

/** What a layout of a Markdown document is told (tags.ts: its `{% highlight %}` blocks get line breaks). */
const HIGHLIGHT_LINES = { [HIGHLIGHT_LINES_KEY]: true };

/** A post's or document's layout variables (`site` with its related posts). */
function layoutVarsOf(entry: PostEntry): Record<string, unknown> {
  const vars = { site: entry.site, page: entry.proxy };
  return entry.markdown ? { ...vars, ...HIGHLIGHT_LINES } : vars;
}
