import type { Config } from '../config/types.js';
import { groupByYear } from '../model/archive.js';
import { nameText } from '../model/front-matter-defaults.js';
import { isHtmlPage, pageExcerptOf, pageKey, pageSlot } from '../model/page.js';
import { documentId, permalinkTemplate } from '../model/permalink.js';
import { isPostFileName } from '../model/post.js';
import { staticBasename } from '../model/static-name.js';
import {
  type ArchiveInfo,
  type CollectionDoc,
  type ExcerptSource,
  type FrontMatter,
  inPostsOrder,
  type Layout,
  type Page,
  type PageSlot,
  type Paginator,
  type PluginPage,
  type PluginPageSlot,
  type Post,
  type Site,
  type StaticFile,
} from '../model/types.js';
import { parseDate, zonedParts } from '../shared/dates.js';
import { sameItems } from '../shared/paths.js';
import { yamlDate } from '../shared/ruby-date.js';
import { rubyExtname } from '../shared/ruby-extname.js';
import { SiteDate } from '../shared/site-date.js';
import { timestampKeys } from '../shared/yaml.js';
import { eqlKey, inKeyOrder, mergedOrder, orderedMapping } from '../shared/yaml-keys.js';
import type { Document } from '../source/types.js';
import { readOutsideSource } from './outside-sources.js';
import {
  type Cell,
  type Clock,
  change,
  FieldCells,
  ListCell,
  NOT_MINE,
  type Reads,
  readOwnFieldsBy,
  recordedObject,
  recordedWhole,
  ValueCell,
} from './reads.js';
import { sourceMapPages } from './source-map-pages.js';
import { rubyToS } from './templates/filters/ruby.js';
import { DOCUMENT_VIEW, EMPTY_LIST_DEFAULT, markDrop, PAGE_VIEW } from './types.js';

/** A post as templates see it (`post.title`, `post.url`, `post.content`, …). */
export type PostView = Record<string, unknown> & { content: string; excerpt: string };
/** A page as templates see it. */
export type PageView = Record<string, unknown> & { content: string };

/** Keys of a post view with cells of their own (set by the render stage, not by the post's entry). */
const POST_OWN = new Set(['content', 'excerpt', 'output', 'previous', 'next']);
const PAGE_OWN = new Set(['content']);

const NO_NEIGHBOURS = { view: null, older: null, newer: null };

/** A post's view, the proxy templates get, and its cells. */
export class PostEntry extends FieldCells {
  readonly content = new ValueCell();
  readonly excerpt = new ValueCell();
  /** Its document (what its excerpt is made from, when it is read before the post is finished). */
  readonly source = new ValueCell();
  readonly previous = new ValueCell();
  readonly next = new ValueCell();
  view!: PostView;
  proxy!: PostView;
  /** The view whose neighbours (`previous`, `next`) were last set, and to what: the cells hold their paths. */
  neighbours: { readonly view: PostView | null; readonly older: PostView | null; readonly newer: PostView | null } =
    NO_NEIGHBOURS;
  /** Its document: `content` of a document not rendered yet is its source's body, as in Jekyll. */
  doc!: Document;
  /** Where it is in the order Jekyll renders documents, and its layout (set by the render stage, for `output`). */
  rank = 0;
  layout: string | null = null;
  /** Whether it converts with Markdown (its layouts' `{% highlight %}` blocks get line breaks, tags.ts). */
  markdown = false;
  /** What its `site` is made from, and its place among the posts (-1: a document), set by createSiteContext. */
  private siteFrom: SiteForEntries | null = null;
  private siteIndex = -1;
  private siteView: Record<string, unknown> | null = null;
  /** The view `finish` last wrote the body into. */
  private finished: PostView | null = null;
  /** The finished body as UTF-8 (what `content` reads as text), for a layout that outputs it bare. */
  contentBytes: Buffer = Buffer.alloc(0);
  /** Not finished in this build yet: its excerpt is rendered when read (excerpts.ts). */
  unfinished = false;

  constructor(
    readonly path: string,
    private readonly texts?: KeptTexts,
  ) {
    super();
  }

  /**
   * The finished body and excerpt (not read while bodies render: document-content.ts). They are kept as
   * UTF-8 until a template reads them: as strings most would take two bytes a character.
   */
  finish(content: Buffer, excerpt: Buffer, clock: Clock): void {
    this.unfinished = false;
    // A rebuild finishes every post again, most with the body they already have.
    if (this.finished === this.view && this.content.holds(content) && this.excerpt.holds(excerpt)) return;
    this.finished = this.view;
    this.contentBytes = content;
    finishedBodies.set(this.view, { content, excerpt, texts: this.texts });
    this.content.update(content, clock, sameBytes);
    this.excerpt.update(excerpt, clock, sameBytes);
  }

  /**
   * `site` as its body and layouts see it: with its `related_posts`. Made at its first read in a
   * build: a rebuild in a watch reads few (one made for every post took about 7 ms of each
   * edit's rebuild at 4,000 posts).
   */
  get site(): Record<string, unknown> {
    if (this.siteView) return this.siteView;
    const from = this.siteFrom;
    if (!from) return (this.siteView = {});
    const index = this.siteIndex;
    return (this.siteView = withRelated(from.site, from.values, from.siteOwn, () => from.related(index)));
  }

  /** Gives it this build's `site`, at `index` among the posts (-1: a document). */
  useSite(from: SiteForEntries, index: number): void {
    this.siteFrom = from;
    this.siteIndex = index;
    this.siteView = null;
  }

  gone(clock: Clock): void {
    this.changeAll(clock);
    for (const cell of [this.content, this.excerpt, this.source, this.previous, this.next]) change(cell, clock);
  }
}

/** The finished body and excerpt of each post or document view, as UTF-8 (`PostEntry.finish`). */
const finishedBodies = new WeakMap<object, { content: Buffer; excerpt: Buffer; texts: KeptTexts | undefined }>();

/** A finished field as text; empty until the view is finished. */
function bodyText(view: object, key: 'content' | 'excerpt'): string {
  const body = finishedBodies.get(view);
  if (!body) return '';
  return body.texts ? body.texts.of(body[key]) : body[key].toString('utf8');
}

/**
 * `content` and `excerpt` of post and document views: the same two accessors on every view, which
 * read the bytes `finish` left for it. Accessors defined on each view with getters of their own
 * turned every view into a dictionary (with two closures): at 10,000 posts 10 MB more of the heap.
 */
const BODY_FIELDS: PropertyDescriptorMap = {
  content: {
    get(this: object) {
      return bodyText(this, 'content');
    },
    enumerable: true,
    configurable: true,
  },
  excerpt: {
    get(this: object) {
      return bodyText(this, 'excerpt');
    },
    enumerable: true,
    configurable: true,
  },
  [DOCUMENT_VIEW]: { value: true },
};

/** `withFields(data, fields)`, then `content` and `excerpt` (BODY_FIELDS), then `after`, in that order. */
function withBodyFields<T extends object, U extends object>(
  data: Readonly<Record<string, unknown>>,
  fields: T,
  after: U,
): PostView & T & U {
  const view = Object.defineProperties(withFields(data, fields), BODY_FIELDS);
  return Object.assign(view, after) as PostView & T & U;
}

/**
 * The texts of the bodies templates read, kept between the builds of one watch by their bytes (a
 * body unchanged keeps its bytes): a feed reads the same hundred bodies on every save, and
 * decoding them was ~10 ms a save at 4,000 posts; the same text again also makes what is kept by
 * text (`xml_escape`'s results) found at once. Texts the last build did not read are dropped.
 */
export class KeptTexts {
  private last = new Map<Buffer, string>();
  private next = new Map<Buffer, string>();

  of(bytes: Buffer): string {
    let text = this.next.get(bytes);
    if (text !== undefined) return text;
    text = this.last.get(bytes) ?? bytes.toString('utf8');
    this.next.set(bytes, text);
    return text;
  }

  /** A build is done: from now on only what it read is kept. */
  endBuild(): void {
    this.last = this.next;
    this.next = new Map();
  }
}

const sameBytes = (a: unknown, b: unknown) => a === b || (Buffer.isBuffer(a) && Buffer.isBuffer(b) && a.equals(b));

/** A page's view, its proxy and cells; `source`: its document, for what only the page itself reads. */
export class PageEntry extends FieldCells {
  readonly content = new ValueCell();
  readonly source = new ValueCell();
  readonly paginator = new FieldCells();
  view!: PageView;
  proxy!: PageView;
  paginatorProxy?: Record<string, unknown>;
  /** The page it was made for, and the posts its paginator shows: while both are the same, so is it. */
  page?: Page;
  shown?: readonly PostView[];
  /** Its body is rendered in this build: before, `content` is its source's body, as in Jekyll. */
  rendered = false;
  /** Where it is in the order Jekyll renders pages, after every document (set by the render stage). */
  rank = Number.POSITIVE_INFINITY;
  /** Its view as its own generated excerpt reads it (`proxy` but for rendering the excerpt when read). */
  ownProxy!: PageView;
  /**
   * Its view as its own body and layouts read it (`page`): with Liquid, Jekyll's hash of the page,
   * made as its render begins, so its `content` is the source's body throughout; else `proxy`.
   */
  selfProxy!: PageView;
  /** With `page_excerpts`, its generated excerpt's source (model/page.ts `pageExcerptOf`), for the page it was cut from. */
  excerptOf: { readonly page: Page; readonly source: ExcerptSource | 'body' | null } | null = null;

  finish(content: string, clock: Clock): void {
    this.view.content = content;
    this.rendered = true;
    this.content.update(content, clock);
  }

  gone(clock: Clock): void {
    this.changeAll(clock);
    this.paginator.changeAll(clock);
    change(this.content, clock);
    change(this.source, clock);
  }
}

/**
 * What the views and cells of one watch keep between builds: each post's view (taken over by a
 * re-read post whose entry is unchanged), the lists made of them, and the cells of everything
 * templates can read.
 */
export class SiteMemory {
  /** `keepTexts`: in watch, keep the texts of the bodies templates read (KeptTexts). */
  constructor(keepTexts = false) {
    this.texts = keepTexts ? new KeptTexts() : undefined;
  }
  readonly texts: KeptTexts | undefined;
  readonly views = new WeakMap<Post, PostView>();
  readonly posts = new Map<string, PostEntry>();
  readonly pages = new Map<string, PageEntry>();
  readonly postList = new ListCell();
  readonly pageList = new ListCell();
  /** The front matter of the stylesheets whose source maps join site.pages. */
  readonly sourceMaps = new ListCell();
  readonly staticList = new ListCell();
  readonly categories = new ValueCell();
  readonly tags = new ValueCell();
  readonly archive = new ValueCell();
  readonly time = new ValueCell();
  readonly clock = new ValueCell();
  readonly data = new Map<string, ValueCell>();
  readonly dataKeys = new ValueCell();
  /** Every include's text: which ones a template uses is the engine's business, so all count. */
  readonly includes = new ValueCell();
  /** Every post's, page's and static file's source file: what `include_relative` can read. */
  readonly sources = new ValueCell();
  /**
   * Files outside the site an earlier build's `include_relative` read from disk, by path: each
   * build reads them again into `sources`, so that a page including one renders again when it changes.
   */
  readonly outside = new Set<string>();
  /**
   * Each layout name an output asked for, or the site has, by name: a name with no layout behind it
   * keeps its cell, so outputs that named it render again when a layout of that name appears.
   */
  readonly layouts = new Map<string, ValueCell>();
  /** Each collection document's entry, by path; each collection's list of them, by label. */
  readonly docs = new Map<string, PostEntry>();
  readonly docLists = new Map<string, ListCell>();
  /** `site.collections` (labels, settings, which documents and files each holds) and `site.documents`. */
  readonly collections = new ValueCell();
  readonly documents = new ListCell();
  /** Renders a document's finished page (`output`), as the render stage of this build gives it. */
  output: (entry: PostEntry) => string | null = () => null;
  /** A document's `content` as the template rendering now sees it (set by the render stage). */
  content: (entry: PostEntry) => string = () => '';
  /** A page's `content` as the template rendering now sees it (set by the render stage). */
  pageContent: (entry: PageEntry) => string = (entry) => entry.view.content;
  /** A page's `content` before its render (its source's body), as the render stage gives it. */
  pageSource: (entry: PageEntry) => string = (entry) => entry.view.content;
  /** A post's or document's excerpt before its own turn has finished it, as the render stage gives it. */
  excerptNow: (entry: PostEntry) => string = () => '';
  /** A page's generated excerpt (`page_excerpts`), as the render stage gives it. */
  pageExcerpt: (entry: PageEntry) => string = () => '';
  lastPosts?: readonly Post[];
  lastEntries?: readonly PostEntry[];
  /** The proxies of lastEntries, each view's neighbours set. */
  lastProxies?: readonly PostView[];
  lists?: PostLists;
  /** Each post's year in the zone named (the archive groups every post by it on every rebuild). */
  years?: { readonly zone: string; readonly of: WeakMap<Post, number> };
  statics?: { readonly files: readonly StaticFile[]; readonly list: ReadonlyArray<Record<string, unknown>> };
}

interface PostLists {
  readonly proxies: readonly PostView[];
  /** The posts with categories or tags. */
  readonly named: readonly PostView[];
  readonly categories: Record<string, PostView[]>;
  readonly tags: Record<string, PostView[]>;
  readonly archive: ReadonlyArray<{ year: number; posts: PostView[] }>;
}

/** What the site's plugins add to what templates see (render-site makes it with plugins/). */
export interface PluginViews {
  /** The pages plugins add to site.pages, in Jekyll's order. */
  readonly pages: readonly PluginPageSlot[];
  /** Data a plugin merges into a post's, document's or page's (jekyll-redirect-from's `redirect_to`). */
  readonly extraData?: (url: string, data: FrontMatter) => Record<string, unknown> | null;
  /** The documents whose content a plugin emptied before anything rendered (jekyll-redirect-from), by source path. */
  readonly emptied?: ReadonlyMap<string, unknown> | null;
}

const NO_PLUGIN_VIEWS: PluginViews = { pages: [] };

/** The `site` object of the template context and the entries render-site fills in and reads through. */
export interface SiteContext {
  readonly site: Record<string, unknown>;
  /** By position in site.posts. */
  readonly posts: readonly PostEntry[];
  /** Each collection's documents' entries, by position, collection by collection as in site.collections. */
  readonly docs: ReadonlyArray<readonly PostEntry[]>;
  /** Sets how `output` of a post or document renders in this build. */
  renderOutput(render: (entry: PostEntry) => string | null): void;
  /** Sets what `content` of a post or document, and of a page (also before its render), reads in this build. */
  readContent(
    read: (entry: PostEntry) => string,
    readPage: (entry: PageEntry) => string,
    readPageSource: (entry: PageEntry) => string,
  ): void;
  /** Sets whether the document at a rank is converted for the template rendering now (a stylesheet's source map then joins site.pages). */
  convertedWhen(rendered: (rank: number) => boolean): void;
  /** How many stylesheets' source-map pages site.pages holds for the template rendering now. */
  sourceMapsSeen(): number;
  /**
   * How the excerpt of a post or document not finished yet is read: Jekyll renders an excerpt
   * when it is first read, so a body reads any one's (`page.previous.excerpt`), finished or not.
   */
  renderExcerpt(render: (entry: PostEntry) => string, renderPage: (entry: PageEntry) => string): void;
  /** The entry of a page (every page, paginated copies included). */
  page(page: Page): PageEntry;
  /** The site's pages in the order of site.pages, which Jekyll renders them in. */
  readonly pageOrder: readonly Page[];
  /** The cell of a layout name: its layout's text and front matter, or that there is none. */
  layout(name: string): Cell;
  /**
   * `layout` while a body renders: its layout's front matter, as in Jekyll (read through its
   * cell); undefined when there is no such layout.
   */
  layoutVars(name: string | null): Record<string, unknown> | undefined;
  readonly includes: Cell;
  /** Every source file a page can include with `include_relative`. */
  readonly sources: Cell;
  /** Where to note a file outside the site that `include_relative` read (SiteMemory's `outside`). */
  readonly outside: Set<string>;
  /** The build time (`site.time`). */
  readonly time: Cell;
  /** The clock (`"now" | date`), which changes every build even when `time:` pins `site.time`. */
  readonly clock: Cell;
  /** Which posts, listed pages and static files there are (`post_url` and `link` read them). */
  readonly lists: { readonly posts: Cell; readonly pages: Cell; readonly statics: Cell; readonly documents: Cell };
}

/** Builds `site` with Jekyll's names (config keys, posts, pages, data, categories, tags, archive), all read through recording proxies. */
export function createSiteContext(
  site: Site,
  listed: readonly Page[],
  memory: SiteMemory,
  reads: Reads,
  plugins: PluginViews = NO_PLUGIN_VIEWS,
): SiteContext {
  const clock: Clock = reads;
  const tz = site.config.timezone;
  const extra = plugins.extraData;
  const last = memory.lists;
  const { entries: posts, samePlaces } = postEntries(site.posts, tz, memory, reads, extra);
  // The same paths in the same places: the list of posts, and each one's neighbours, are as they were.
  if (!samePlaces)
    memory.postList.update(
      site.posts.map((p) => p.path),
      clock,
    );
  const proxies = posts.map((e) => e.proxy);
  // Jekyll's previous and next are a post's neighbours in the posts collection, oldest first,
  // where a jekyll-polyglot translation holds the place of the post it replaces (Site.postsOrder).
  const order = collectionOrder(site);
  const place = new Array<number>(order.length);
  order.forEach((i, k) => {
    place[i] = k;
  });
  const neighbours = (i: number) => {
    const entry = posts[i]!;
    const olderAt = order[place[i]! - 1];
    const newerAt = order[place[i]! + 1];
    const older = olderAt === undefined ? null : proxies[olderAt]!;
    const newer = newerAt === undefined ? null : proxies[newerAt]!;
    // An added post moves the others, most of them beside the same neighbours as before.
    const set = entry.neighbours;
    if (set.view === entry.view && set.older === older && set.newer === newer) return;
    entry.neighbours = { view: entry.view, older, newer };
    entry.view.previous = older;
    entry.view.next = newer;
    entry.previous.update(olderAt === undefined ? null : posts[olderAt]!.path, clock);
    entry.next.update(newerAt === undefined ? null : posts[newerAt]!.path, clock);
  };
  const lastProxies = memory.lastProxies;
  memory.lastProxies = undefined;
  if (!samePlaces || !lastProxies || site.postsOrder) for (let i = 0; i < posts.length; i++) neighbours(i);
  else
    for (let i = 0; i < posts.length; i++) {
      // A post with a new view: it, and the views that point at it, take it.
      if (proxies[i] === lastProxies[i]) continue;
      if (i > 0) neighbours(i - 1);
      neighbours(i);
      if (i + 1 < posts.length) neighbours(i + 1);
    }
  memory.lastProxies = proxies;
  const lists = last && sameItems(last.proxies, proxies) ? last : postLists(site, proxies, tz, memory, clock);
  memory.lists = lists;

  // A jekyll-paginate-v2 page may list collection documents: their entries are made first.
  const docs = site.collections.map((c) => docEntries(c.docs, tz, memory, reads, extra));
  const liquid = site.config.templateEngine === 'liquid';
  const pages = pageEntries(
    site.pages,
    posts,
    docs,
    memory,
    reads,
    site.config.timezone,
    liquid,
    extra,
    plugins.emptied,
    site.config,
  );
  // site.pages in Jekyll's order: the site's own, then the plugins' (those the model made where their slot is).
  const slotted = new Map<PageSlot, Page[]>();
  for (const p of listed) {
    const slot = pageSlot(p);
    if (!slot) continue;
    const list = slotted.get(slot);
    if (list) list.push(p);
    else slotted.set(slot, [p]);
  }
  const own = slotted.size ? listed.filter((p) => !pageSlot(p)) : listed;
  let all: ReadonlyArray<Page | PluginPage> = listed;
  if (plugins.pages.length) {
    all = [
      ...own,
      ...plugins.pages.flatMap(
        (p): ReadonlyArray<Page | PluginPage> => (typeof p === 'string' ? (slotted.get(p) ?? []) : [p]),
      ),
    ];
    for (const [slot, pages] of slotted) if (!plugins.pages.includes(slot)) all = [...all, ...pages];
  }
  // A plugin's page is plain data: the list's cell holds all of it.
  memory.pageList.update(
    all.map((p) =>
      'doc' in p
        ? `${p.outputPath}\u0000${p.url}\u0000${p.path}`
        : JSON.stringify([p.path, p.url, p.name, p.data, p.html, p.content ?? '']),
    ),
    clock,
  );
  memory.time.update(site.config.time, clock);
  memory.clock.update(site.config.clock, clock);
  memory.includes.update([...site.includes].flat(), clock);
  memory.sources.update(
    [
      ...site.posts.map((p) => p.doc.file),
      // An archive page has no source file to include.
      ...site.pages.filter((p) => !p.archive).map((p) => p.doc.file),
      ...site.collections.flatMap((c) => c.docs.map((d) => d.doc.file)),
      ...site.staticFiles.map((s) => s.file),
      ...[...memory.outside].sort().map((path) => `${path}\u0000${readOutsideSource(site.config.source, path) ?? ''}`),
    ],
    clock,
    (a, b) => sameItems(a as unknown[], b as unknown[]),
  );
  updateLayouts(site.layouts, memory, clock);
  const statics = staticList(site, tz, memory);
  // site.static_files without the collection files a plugin took out of it (they stay in their collection's `files`).
  const listedStatics = site.staticFiles.some((s) => s.unlisted)
    ? statics.filter((_, i) => !site.staticFiles[i]!.unlisted)
    : statics;
  memory.staticList.update(
    site.staticFiles.map((s) => s.file),
    clock,
  );
  const data = dataProxy(site.data, memory, reads);
  forgetDocs(site, memory, clock);
  const docLists = site.collections.map((c, i) => {
    let cell = memory.docLists.get(c.label);
    if (!cell) memory.docLists.set(c.label, (cell = new ListCell()));
    cell.update(
      c.docs.map((d) => d.path),
      clock,
    );
    return recordedWhole(
      reads,
      docs[i]!.map((e) => e.proxy),
      cell,
    );
  });
  const collections = collectionsView(site, proxies, docLists, statics, memory, reads);

  // jekyll-sitemap's page lists the static files of its extensions (recorded with them).
  let sitemapFiles: unknown;
  const allViews = all.map((p) => {
    if ('doc' in p) return pages.get(p)!.proxy;
    if (p.staticFiles)
      sitemapFiles ??= recordedWhole(
        reads,
        listedStatics.filter((s) => SITEMAP_EXTENSIONS.has(s.extname as string)),
        memory.staticList,
      );
    return pluginPageView(p, sitemapFiles);
  });
  // The source maps' pages, which join site.pages as their stylesheets convert (source-map-pages.ts).
  const maps =
    site.config.templateEngine === 'liquid'
      ? sourceMapPages(
          all.filter((p): p is Page => 'doc' in p),
          site.config,
        )
      : [];
  memory.sourceMaps.update(
    maps.map((m) => JSON.stringify(m.page.data)),
    clock,
  );
  let converted: (rank: number) => boolean = () => false;
  const pagesWithMaps: unknown[] = [];
  const mapsSeen = () => {
    let seen = 0;
    while (seen < maps.length && converted(pages.get(maps[seen]!.stylesheet)!.rank)) seen++;
    return seen;
  };
  const pagesNow = (): unknown => {
    const seen = mapsSeen();
    if (seen === 0) return values.pages;
    reads.record(memory.sourceMaps);
    pagesWithMaps[seen] ??= recordedWhole(
      reads,
      [...allViews, ...maps.slice(0, seen).map((m) => pluginPageView(m.page, undefined))],
      memory.pageList,
    );
    return pagesWithMaps[seen];
  };
  const values: Record<string, unknown> = {
    // Jekyll's default, which the site's config holds whether or not it names it.
    permalink: site.config.permalink,
    // `url` and `baseurl` as written (nil when unset), as in Jekyll.
    ...site.config.siteData,
    time: new SiteDate(site.config.time, tz),
    posts: recordedWhole(reads, [...proxies], memory.postList),
    pages: recordedWhole(reads, allViews, memory.pageList),
    // Jekyll's pages whose output is HTML (by the source's extension, not the permalink's) or whose URL ends in `/`.
    html_pages: recordedWhole(
      reads,
      allViews.filter((_, i) => {
        const p = all[i]!;
        return 'doc' in p ? isHtmlPage(p) : p.html;
      }),
      memory.pageList,
    ),
    // jekyll-archives puts its pages in the config's `archives` too.
    ...(site.config.archives && {
      archives: recordedWhole(
        reads,
        listed.filter((p) => p.archive).map((p) => pages.get(p)!.proxy),
        memory.pageList,
      ),
    }),
    data,
    categories: recordedWhole(reads, lists.categories, memory.categories),
    tags: recordedWhole(reads, lists.tags, memory.tags),
    archive: recordedWhole(reads, lists.archive, memory.archive),
    static_files: recordedWhole(reads, listedStatics, memory.staticList),
    ...collections.byLabel,
    collections: collections.list,
    documents: collections.documents,
  };
  markDrop(values, 'Jekyll::Drops::SiteDrop');
  // Config values change only with _config.yml, which starts the memo afresh: only time is recorded.
  const siteOwn = (key: string): unknown => {
    if (key === 'time') reads.record(memory.time);
    if (!Object.hasOwn(values, key)) return undefined;
    return key === 'pages' && maps.length ? pagesNow() : values[key];
  };
  const siteProxy = new Proxy(values, {
    get(t, key) {
      if (key === 'time') reads.record(memory.time);
      if (key === 'pages' && maps.length) return pagesNow();
      return t[key as string];
    },
    getOwnPropertyDescriptor(t, key) {
      if (key === 'time') reads.record(memory.time);
      if (key === 'pages' && maps.length) return { ...Reflect.getOwnPropertyDescriptor(t, key), value: pagesNow() };
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
  });
  readOwnFieldsBy(siteProxy, values, { own: (_, key) => siteOwn(key) });
  // site.related_posts, as Jekyll gives it without LSI: while a post or document renders, the ten
  // newest posts but itself (none when the site has one post); nil for a page.
  // (The newest in the posts collection's order, a translation in the place of its original.)
  const newest = order
    .slice(-(RELATED + 1))
    .reverse()
    .map((i) => proxies[i]!);
  const related = (self: number) => {
    reads.record(memory.postList);
    if (proxies.length <= 1) return [];
    return newest.filter((p) => p !== proxies[self]).slice(0, RELATED);
  };
  const forEntries: SiteForEntries = { site: siteProxy, values, siteOwn, related };
  for (const [i, e] of posts.entries()) {
    e.useSite(forEntries, i);
    e.unfinished = true;
  }
  for (const list of docs)
    for (const e of list) {
      e.useSite(forEntries, -1);
      e.unfinished = true;
    }
  const layoutVars = new Map<string, Record<string, unknown>>();
  const layoutCell = (name: string): ValueCell => {
    let cell = memory.layouts.get(name);
    if (!cell) {
      memory.layouts.set(name, (cell = new ValueCell()));
      cell.update(site.layouts.get(name)?.doc, clock);
    }
    return cell;
  };
  return {
    site: siteProxy,
    posts,
    docs,
    renderExcerpt(render, renderPage) {
      memory.excerptNow = render;
      memory.pageExcerpt = renderPage;
    },
    renderOutput(render) {
      memory.output = render;
    },
    readContent(read, readPage, readPageSource) {
      memory.content = read;
      memory.pageContent = readPage;
      memory.pageSource = readPageSource;
    },
    convertedWhen(rendered) {
      converted = rendered;
    },
    sourceMapsSeen: mapsSeen,
    page: (page) => pages.get(page)!,
    pageOrder: all.filter((p): p is Page => 'doc' in p),
    layout: layoutCell,
    layoutVars(name) {
      if (name === null) return undefined;
      const layout = site.layouts.get(name);
      const cell = layoutCell(name);
      if (!layout) {
        reads.record(cell);
        return undefined;
      }
      let vars = layoutVars.get(name);
      if (!vars) layoutVars.set(name, (vars = recordedWhole(reads, { ...layout.doc.data }, cell)));
      return vars;
    },
    includes: memory.includes,
    sources: memory.sources,
    outside: memory.outside,
    time: memory.time,
    clock: memory.clock,
    lists: { posts: memory.postList, pages: memory.pageList, statics: memory.staticList, documents: memory.documents },
  };
}

/**
 * Each post's entry: its view kept per post, and taken over by a re-read post whose view would be
 * the same. `samePlaces`: every post's path is where it was in the last build.
 */
function postEntries(
  posts: readonly Post[],
  tz: string,
  memory: SiteMemory,
  reads: Reads,
  extra?: ExtraData,
): { entries: PostEntry[]; samePlaces: boolean } {
  const clock: Clock = reads;
  const lastPosts = memory.lastPosts ?? [];
  const lastEntries = memory.lastEntries ?? [];
  let lastByPath: Map<string, Post> | undefined;
  let samePlaces = posts.length === lastPosts.length;
  const entries = posts.map((post, i) => {
    // The same post in the same place has the entry and view it had.
    if (post === lastPosts[i]) return lastEntries[i]!;
    let view = memory.views.get(post);
    if (!view) {
      let before = lastPosts[i];
      if (before?.path !== post.path) {
        lastByPath ??= new Map(lastPosts.map((p) => [p.path, p]));
        before = lastByPath.get(post.path);
      }
      view = before && sameEntry(before, post) ? memory.views.get(before) : undefined;
      view ??= postView(post, tz, extra);
      memory.views.set(post, view);
    }
    if (post.path !== lastPosts[i]?.path) samePlaces = false;
    let entry = memory.posts.get(post.path);
    if (!entry) memory.posts.set(post.path, (entry = new PostEntry(post.path, memory.texts)));
    entry.source.update(post.doc, clock, (a, b) => a === b);
    entry.doc = post.doc;
    if (entry.view !== view) {
      entry.retarget(view, clock, POST_OWN);
      entry.view = view;
      entry.proxy = postProxy(entry, memory, reads);
    }
    return entry;
  });
  memory.lastPosts = posts;
  memory.lastEntries = entries;
  if (!samePlaces && memory.posts.size !== posts.length) {
    const seen = new Set(posts.map((p) => p.path));
    for (const [path, entry] of memory.posts) {
      if (seen.has(path)) continue;
      entry.gone(clock);
      memory.posts.delete(path);
    }
  }
  return { entries, samePlaces };
}

function postProxy(entry: PostEntry, memory: SiteMemory, reads: Reads): PostView {
  return recordedObject(reads, entry.view, entry, (key) => {
    switch (key) {
      case 'content':
        return memory.content(entry);
      case 'excerpt':
        if (entry.unfinished) return memory.excerptNow(entry);
        reads.record(entry.excerpt);
        return entry.view.excerpt;
      case 'output':
        return memory.output(entry);
      case 'previous':
      case 'next':
        reads.record(entry[key]);
        return entry.view[key];
      default:
        return NOT_MINE;
    }
  });
}

/** Each page's entry, by output path: its view is made in every clock, and compared field by field. */
function pageEntries(
  pages: readonly Page[],
  posts: readonly PostEntry[],
  docs: ReadonlyArray<readonly PostEntry[]>,
  memory: SiteMemory,
  reads: Reads,
  tz: string,
  liquid: boolean,
  extra?: ExtraData,
  emptied?: Emptied,
  config?: Config,
): Map<Page, PageEntry> {
  const clock: Clock = reads;
  const entries = new Map<Page, PageEntry>();
  for (const page of pages) {
    const key = pageKey(page);
    let entry = memory.pages.get(key);
    if (!entry) memory.pages.set(key, (entry = new PageEntry()));
    entries.set(page, entry);
    const shown = shownEntries(page, posts, docs);
    // The model hands over the same page while its document (and the number of posts) is the same.
    entry.rendered = false;
    if (config?.pageExcerpts && entry.excerptOf?.page !== page)
      entry.excerptOf = { page, source: pageExcerptOf(page, config) };
    if (entry.page === page && sameShown(shown, entry.shown)) {
      // Not rendered yet in this build: reads as its source's body until it is (`finish`).
      entry.view.content = unrenderedContent(page, emptied);
      continue;
    }
    entry.page = page;
    entry.shown = shown?.map((e) => e.proxy);
    const archive = page.archive;
    const view = archive
      ? archiveView(page, archive, entry.shown!, liquid)
      : pageView(page, tz, extra, emptied, !!entry.excerptOf?.source);
    Object.defineProperty(view, PAGE_VIEW, { value: true });
    // An archive's posts are compared by path, as a paginator's are: each is read through its own cells.
    const compared = archive ? { ...view, posts: archive.postIndexes.map((i) => posts[i]!.path) } : view;
    entry.retarget(compared, clock, PAGE_OWN);
    entry.source.update(page.doc, clock, (a, b) => a === b);
    entry.view = view;
    const own = (key: string) => (key === 'content' ? memory.pageContent(entry) : NOT_MINE);
    // Jekyll's page hash is made once as the page's render begins, its `content` the source's body
    // then; site.pages makes a new one at each read, converted once the page is.
    const self = liquid ? (key: string) => (key === 'content' ? memory.pageSource(entry) : NOT_MINE) : own;
    if (!entry.excerptOf?.source) {
      entry.proxy = recordedObject(reads, view, entry, own);
      entry.ownProxy = entry.proxy;
      entry.selfProxy = liquid ? recordedObject(reads, view, entry, self) : entry.proxy;
    } else {
      // Jekyll renders a page's generated excerpt when anything of the page is first read (its
      // hash is made then, excerpt and all), at the latest as its own render begins; the excerpt
      // itself reads the page without it.
      entry.ownProxy = recordedObject(reads, view, entry, own);
      const withExcerpt = (rest: (key: string) => unknown) => (key: string) => {
        const excerpt = memory.pageExcerpt(entry);
        return key === 'excerpt' ? excerpt : rest(key);
      };
      entry.proxy = recordedObject(reads, view, entry, withExcerpt(own));
      entry.selfProxy = liquid ? recordedObject(reads, view, entry, withExcerpt(self)) : entry.proxy;
    }
    entry.paginatorProxy = page.paginator ? paginatorProxy(page.paginator, entry, shown!, reads) : undefined;
  }
  if (memory.pages.size !== entries.size) {
    const paths = new Set(pages.map(pageKey));
    for (const [path, entry] of memory.pages) {
      if (paths.has(path)) continue;
      entry.gone(clock);
      memory.pages.delete(path);
    }
  }
  return entries;
}

/** The entries of the posts (or documents) a page lists: its paginator's, or an archive's. */
function shownEntries(
  page: Page,
  posts: readonly PostEntry[],
  docs: ReadonlyArray<readonly PostEntry[]>,
): PostEntry[] | undefined {
  const v2 = page.paginator?.v2;
  if (v2) return v2.items.map(([c, i]) => (c < 0 ? posts[i]! : docs[c]![i]!));
  return (page.paginator ?? page.archive)?.postIndexes.map((i) => posts[i]!);
}

/** Whether a paginator page shows the posts (the very proxies) it showed. */
function sameShown(shown: readonly PostEntry[] | undefined, before: readonly PostView[] | undefined): boolean {
  if (!shown) return true;
  return before !== undefined && shown.length === before.length && shown.every((e, k) => e.proxy === before[k]);
}

/**
 * jekyll-paginate's `paginator`, or jekyll-paginate-v2's (with its fields in the plugin's order);
 * its posts are the posts' (and documents') own proxies.
 */
function paginatorProxy(
  p: Paginator,
  entry: PageEntry,
  shown: readonly PostEntry[],
  reads: Reads,
): Record<string, unknown> {
  const v2 = p.v2;
  // jekyll-paginate-v2's fields in the plugin's order, `posts` second.
  const fields = v2
    ? {
        per_page: p.perPage,
        posts: null as unknown,
        total_posts: p.totalPosts,
        total_pages: p.totalPages,
        page: p.page,
        page_path: v2.pagePath,
        previous_page: p.previousPage,
        previous_page_path: p.previousPagePath,
        next_page: p.nextPage,
        next_page_path: p.nextPagePath,
        first_page: 1,
        first_page_path: v2.firstPagePath,
        last_page: v2.lastPage,
        last_page_path: v2.lastPagePath,
        page_trail: v2.trail,
      }
    : // jekyll-paginate's Pager#to_liquid order, `posts` third.
      {
        page: p.page,
        per_page: p.perPage,
        posts: null as unknown,
        total_posts: p.totalPosts,
        total_pages: p.totalPages,
        previous_page: p.previousPage,
        previous_page_path: p.previousPagePath,
        next_page: p.nextPage,
        next_page_path: p.nextPagePath,
      };
  entry.paginator.retarget({ ...fields, posts: shown.map((e) => e.path) }, reads);
  const view = { ...fields, posts: shown.map((e) => e.proxy) };
  return recordedObject(reads, view, entry.paginator);
}

function updateLayouts(layouts: ReadonlyMap<string, Layout>, memory: SiteMemory, clock: Clock): void {
  for (const name of layouts.keys()) if (!memory.layouts.has(name)) memory.layouts.set(name, new ValueCell());
  for (const [name, cell] of memory.layouts) cell.update(layouts.get(name)?.doc, clock, (a, b) => a === b);
}

/** `site.data`: each top-level name is a cell of its own (a data file, or a folder of them). */
function dataProxy(data: Readonly<Record<string, unknown>>, memory: SiteMemory, reads: Reads) {
  const clock: Clock = reads;
  for (const [name, cell] of memory.data) cell.update(data[name], clock);
  memory.dataKeys.update(Object.keys(data), clock);
  const cellOf = (name: string) => {
    let cell = memory.data.get(name);
    if (!cell) {
      memory.data.set(name, (cell = new ValueCell()));
      cell.update(data[name], clock);
    }
    return cell;
  };
  const view = new Proxy(data, {
    get(t, key) {
      if (typeof key === 'string') reads.record(cellOf(key));
      return t[key as string];
    },
    has(t, key) {
      if (typeof key === 'string') reads.record(cellOf(key));
      return Reflect.has(t, key);
    },
    ownKeys(t) {
      reads.record(memory.dataKeys);
      return Reflect.ownKeys(t);
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key === 'string') reads.record(cellOf(key));
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
  });
  readOwnFieldsBy(view, data, {
    own(t, key) {
      reads.record(cellOf(key));
      return Object.hasOwn(t, key) ? t[key] : undefined;
    },
  });
  return view;
}

/** The indexes of site.posts in the posts collection's order, oldest first (model/types.ts inPostsOrder). */
function collectionOrder(site: Site): number[] {
  return inPostsOrder(
    site,
    site.posts.map((_, i) => i),
  );
}

function postLists(site: Site, proxies: PostView[], tz: string, memory: SiteMemory, clock: Clock): PostLists {
  const last = memory.lists;
  // As Jekyll makes them: names in the order the posts collection's first post to have each
  // gives them (oldest first, a polyglot translation in its original's place), each name's posts
  // newest first. A post keeps its view while its names are the same, so while the
  // posts that have names are the same views in the same order, so are the lists (an added post
  // without categories or tags leaves them as they were).
  const named: PostView[] = [];
  for (let i = 0; i < proxies.length; i++) {
    const post = site.posts[i]!;
    if (post.categories.length > 0 || post.tags.length > 0) named.push(proxies[i]!);
  }
  const byName = (key: 'categories' | 'tags') => {
    // A Ruby Hash: `2024` and `"2024"` are two names (eqlKey), each kept as YAML read it.
    const lists = new Map<unknown, { name: unknown; list: number[] }>();
    for (const i of collectionOrder(site))
      for (const name of site.posts[i]![key]) {
        const had = lists.get(eqlKey(name));
        if (had) had.list.push(i);
        else lists.set(eqlKey(name), { name, list: [i] });
      }
    // In the order the names came, names that are whole numbers ("2019") too; each name's posts
    // newest first. A name that is no text is a typed key under its text; a second name with the
    // same text (`2023` then `"2023"`, as `categories: [2023]` gives) is under one of its own.
    const made: Record<string, PostView[]> = {};
    Object.defineProperty(made, EMPTY_LIST_DEFAULT, { value: true });
    const texts: string[] = [];
    const typed = new Map<string, unknown>();
    for (const { name, list } of lists.values()) {
      let text = nameText(name);
      if (Object.hasOwn(made, text)) text = `\u0000kiln-name:${texts.length}`;
      if (text !== name) typed.set(text, name);
      texts.push(text);
      made[text] = list.sort((a, b) => a - b).map((i) => proxies[i]!);
    }
    const views = typed.size > 0 ? orderedMapping(made, texts, typed) : inKeyOrder(made, texts);
    const paths = [...lists.values()].map(({ name, list }) => [eqlKey(name), list.map((i) => site.posts[i]!.path)]);
    // The cell holds each list's post paths: it changes when they do.
    memory[key].update(paths, clock);
    return views;
  };
  const { categories, tags } =
    last && sameItems(last.named, named) ? last : { categories: byName('categories'), tags: byName('tags') };
  if (memory.years?.zone !== tz) memory.years = { zone: tz, of: new WeakMap() };
  const years = memory.years.of;
  const archive = groupByYear(
    site.posts.map((p, i) => ({ date: p.date, proxy: proxies[i]!, path: p.path, post: p })),
    tz,
    (x) => {
      let year = years.get(x.post);
      if (year === undefined) years.set(x.post, (year = zonedParts(x.post.date, tz).year));
      return year;
    },
  );
  memory.archive.update(
    archive.map((g) => [g.year, g.items.map((x) => x.path)]),
    clock,
  );
  return {
    proxies,
    named,
    categories,
    tags,
    archive: archive.map((g) => ({ year: g.year, posts: g.items.map((x) => x.proxy) })),
  };
}

/** Whether two posts give the same view: everything postView reads is equal. */
function sameEntry(a: Post, b: Post): boolean {
  return (
    a.url === b.url &&
    a.date === b.date &&
    a.id === b.id &&
    a.path === b.path &&
    a.slug === b.slug &&
    a.title === b.title &&
    a.isDraft === b.isDraft &&
    sameItems(a.categories, b.categories) &&
    sameItems(a.tags, b.tags) &&
    JSON.stringify(a.data) === JSON.stringify(b.data)
  );
}

function staticList(site: Site, tz: string, memory: SiteMemory): ReadonlyArray<Record<string, unknown>> {
  const last = memory.statics;
  if (
    last &&
    last.files.length === site.staticFiles.length &&
    last.files.every((s, i) => s.file === site.staticFiles[i]!.file)
  )
    return last.list;
  const list = site.staticFiles.map((s) => {
    const name = s.file.path.slice(s.file.path.lastIndexOf('/') + 1);
    // A collection's file: its path inside collections_dir, without a leading slash (as in Jekyll).
    const dir = site.config.collectionsDir;
    const inCollection = dir ? s.file.path.slice(dir.length + 1) : s.file.path;
    // Jekyll's StaticFileDrop: its own fields (in this order), then the defaults it does not shadow.
    const own: Record<string, unknown> = {
      name,
      basename: staticBasename(name),
      extname: rubyExtname(name),
      path: s.collection ? inCollection : `/${s.file.path}`,
      collection: s.collection,
      modified_time: new SiteDate(s.file.mtimeMs, tz),
    };
    for (const key in s.data) if (!Object.hasOwn(own, key)) own[key] = s.data[key];
    return markDrop(own, 'Jekyll::Drops::StaticFileDrop');
  });
  memory.statics = { files: site.staticFiles, list };
  return list;
}

function postView(post: Post, tz: string, extra?: ExtraData): PostView {
  return withBodyFields(
    withExtra(withTimes(post.data, post.doc.frontMatter, tz, false), post.url, extra),
    {
      title: post.title,
      url: post.url,
      date: new SiteDate(post.date, tz),
      id: post.id,
      path: post.relativePath,
      relative_path: post.relativePath,
      // Front matter wins where it is set (Ruby's `||`: not nil or false).
      name: orElse(post.data.name, post.path.slice(post.path.lastIndexOf('/') + 1)),
      ext: orElse(post.data.ext, post.path.slice(post.path.lastIndexOf('.'))),
      collection: 'posts',
      slug: post.slug,
      categories: post.categories,
      tags: post.tags,
      draft: postDraft(post),
    },
    { output: '' },
  );
}

/**
 * A post's `draft` as Jekyll leaves it: whether it is in _drafts, set before the front matter,
 * which replaces it; a draft without a date of its own (in its front matter or its name) asks
 * again for its date with `||=`, so there a `draft: false` is true again.
 */
function postDraft(post: Post): unknown {
  const draft = Object.hasOwn(post.data, 'draft') ? post.data.draft : post.isDraft;
  const dated = (post.data.date !== undefined && post.data.date !== null) || isPostFileName(post.path);
  return post.isDraft && !dated ? orElse(draft, true) : draft;
}

/** Ruby's `value || fallback`. */
const orElse = (value: unknown, fallback: unknown) =>
  value === undefined || value === null || value === false ? fallback : value;

type ExtraData = NonNullable<PluginViews['extraData']>;

/** Front matter with what a plugin merges into it (jekyll-redirect-from's `redirect_to`), keys in place as Ruby's merge! keeps them. */
function withExtra(data: Record<string, unknown>, url: string, extra: ExtraData | undefined): Record<string, unknown> {
  const more = extra?.(url, data);
  return more ? Object.assign(copyOf(data), more) : data;
}

/**
 * `{ ...data, ...fields }`, made so that V8 shares the hidden classes of the views: front matter
 * spread into an object literal got hidden classes of its own for every view, about 5.7 KB made
 * per post and dropped, which at 10,000 posts was 55 MB moved into the old generation while the
 * views were made (the most the build's heap then held). The same own keys in the same order,
 * later values winning; a `__proto__` key (YAML may give one) is copied as the spread copies it.
 */
function withFields<T extends object>(data: Readonly<Record<string, unknown>>, fields: T): Record<string, unknown> & T {
  return Object.assign(copyOf(data), fields);
}

/** `{ ...data }` (see withFields). */
function copyOf(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.hasOwn(data, '__proto__') ? { ...data } : Object.assign({}, data);
}

/**
 * Front matter with the values YAML reads as timestamps (`2021-03-04 05:06:07`, which the model
 * keeps as text) as dates that print as Ruby's Time does, as Jekyll's templates see them.
 */
function withTimes(
  data: Record<string, unknown>,
  frontMatter: string,
  tz: string,
  withDate: boolean,
): Record<string, unknown> {
  const keys = timestampKeys(frontMatter, withDate);
  if (!keys.length) return data;
  const out = copyOf(data);
  for (const key of keys) {
    // A date alone stays text (Ruby's Date prints as the text does).
    const text = data[key];
    const ms =
      typeof text === 'string' && /^\s*\d{4}-\d\d?-\d\d?(?:[Tt]|\s+)\d/.test(text) ? parseDate(text, tz) : null;
    if (ms !== null) out[key] = new SiteDate(ms, tz);
  }
  return out;
}

/**
 * A page as templates see it; jekyll-paginate's copies differ only in `url`, jekyll-paginate-v2's
 * pages are named as the plugin names them (`.html`). Its fields follow its data in Jekyll's order
 * (`content`, `dir`, `excerpt`, `name`, `path`, `url`), which `jsonify` and `for` show; `excerpt`
 * is the front matter's as text, else nil (a `false` stays: Jekyll's nil does not replace it), but
 * for a `generated` one (`page_excerpts`), which follows the front matter and is rendered when read
 * (its entry's proxy).
 */
function pageView(page: Page, tz: string, extra?: ExtraData, emptied?: Emptied, generated = false): PageView {
  const name = page.paginated?.name ?? page.path.slice(page.path.lastIndexOf('/') + 1);
  const excerpt = page.data.excerpt;
  let data = withExtra(withTimes(page.data, page.doc.frontMatter, tz, true), page.url, extra);
  // A generated excerpt (`page_excerpts`) joins the page's data when it is read, after its front matter.
  if (generated && !Object.hasOwn(data, 'excerpt')) data = withFields(data, { excerpt: null });
  const view = withFields(data, {
    content: unrenderedContent(page, emptied),
    dir: page.url.replace(/[^/]*$/, ''),
    excerpt: excerpt === undefined || excerpt === null ? null : excerpt === false ? false : rubyToS(excerpt),
    name,
    // Jekyll's Page#path: the front matter's `path` when it has one.
    path: Object.hasOwn(page.data, 'path') ? page.data.path : page.paginated ? name : page.path,
    url: page.url,
  });
  // A page is a Ruby Hash: front matter keys written as numbers (`2024:`) keep their order and
  // type (the view unchanged when none is).
  return mergedOrder(page.data, {}, view);
}

/**
 * A page's `content` before it renders: as in Jekyll, its source after the front matter, Liquid
 * and Markdown as written (a template reading a later page, or itself, sees that). An archive has none.
 */
/** How many posts `site.related_posts` holds (Jekyll's RelatedPosts without LSI). */
const RELATED = 10;

/** What each post's and document's `site` is made from in one build (PostEntry.site). */
interface SiteForEntries {
  readonly site: Record<string, unknown>;
  readonly values: Record<string, unknown>;
  readonly siteOwn: (key: string) => unknown;
  /** `site.related_posts` while the post at this index (-1: a document) renders. */
  readonly related: (index: number) => unknown;
}

/** `site` with `related_posts` for one document (`siteOwn` reads the site's own fields for Liquid). */
function withRelated(
  site: Record<string, unknown>,
  values: Record<string, unknown>,
  siteOwn: (key: string) => unknown,
  related: () => unknown,
): Record<string, unknown> {
  const view = new Proxy(site, {
    get: (t, key) => (key === 'related_posts' ? related() : Reflect.get(t, key)),
    has: (t, key) => key === 'related_posts' || Reflect.has(t, key),
    // Liquid reads own properties only.
    getOwnPropertyDescriptor: (t, key) =>
      key === 'related_posts'
        ? { value: related(), enumerable: true, configurable: true, writable: false }
        : Reflect.getOwnPropertyDescriptor(t, key),
  });
  readOwnFieldsBy(view, values, { own: (_, key) => (key === 'related_posts' ? related() : siteOwn(key)) });
  return view;
}

export function unrenderedContent(page: Page, emptied: Emptied): string {
  return page.archive || emptied?.has(page.doc.file.path) ? '' : page.doc.body;
}

type Emptied = PluginViews['emptied'];

/** The static files jekyll-sitemap lists (the extensions it names, as written). */
const SITEMAP_EXTENSIONS = new Set(['.htm', '.html', '.xhtml', '.pdf']);

/**
 * A plugin's page as Jekyll's page hash has it: its data, then `content`, `dir`, `excerpt`
 * (nil), `name`, `path`, `url`; jekyll-sitemap's `static_files` are `files`.
 */
export function pluginPageView(p: PluginPage, files: unknown): PageView {
  const data = p.staticFiles ? { ...p.data, static_files: files } : p.data;
  return withFields(data, {
    content: p.content ?? '',
    dir: p.url.endsWith('/') ? p.url : p.url.replace(/[^/]*$/, ''),
    excerpt: null,
    name: p.name,
    path: p.path,
    url: p.url,
  });
}

/**
 * A jekyll-archives page as templates see it: its front matter (defaults and its layout) and
 * the plugin's fields. `permalink` is the plugin's own data's, which has none.
 */
function archiveView(page: Page, archive: ArchiveInfo, posts: readonly PostView[], liquid: boolean): PageView {
  const file = page.path.slice(page.path.lastIndexOf('/') + 1);
  const dot = file.lastIndexOf('.');
  return withFields(page.data, {
    posts,
    type: archive.type,
    title: archive.title,
    // A date archive's date is Ruby's Date in Liquid (no zone: `%z` is +0000); its text for Nunjucks.
    date: liquid && archive.date !== null ? (yamlDate(archive.date) ?? archive.date) : archive.date,
    name: dot > 0 ? file.slice(0, dot) : file,
    path: page.path,
    url: page.url,
    permalink: null,
    content: '',
  });
}

/**
 * Each collection document's entry: its view made in every build and compared field by field
 * (content, excerpt and neighbours have cells of their own, as a post's).
 */
function docEntries(
  docs: readonly CollectionDoc[],
  tz: string,
  memory: SiteMemory,
  reads: Reads,
  extra?: ExtraData,
): PostEntry[] {
  const clock: Clock = reads;
  const entries = docs.map((d) => {
    let entry = memory.docs.get(d.path);
    if (!entry) memory.docs.set(d.path, (entry = new PostEntry(d.path, memory.texts)));
    const view = docView(d, tz, extra);
    entry.retarget(view, clock, POST_OWN);
    entry.source.update(d.doc, clock, (a, b) => a === b);
    entry.doc = d.doc;
    entry.view = view;
    const e = entry;
    entry.proxy = recordedObject(reads, view, entry, (key) => {
      switch (key) {
        case 'content':
          return memory.content(e);
        case 'excerpt':
          if (e.unfinished) return memory.excerptNow(e);
          reads.record(e.excerpt);
          return e.view.excerpt;
        case 'previous':
        case 'next':
          reads.record(e[key]);
          return e.view[key];
        case 'output':
          return memory.output(e);
        default:
          return NOT_MINE;
      }
    });
    return entry;
  });
  entries.forEach((entry, i) => {
    entry.view.previous = entries[i - 1]?.proxy ?? null;
    entry.view.next = entries[i + 1]?.proxy ?? null;
    entry.previous.update(entries[i - 1]?.path ?? null, clock);
    entry.next.update(entries[i + 1]?.path ?? null, clock);
  });
  return entries;
}

/** Entries of documents the site no longer has: whatever read them reads again. */
function forgetDocs(site: Site, memory: SiteMemory, clock: Clock): void {
  const paths = new Set(site.collections.flatMap((c) => c.docs.map((d) => d.path)));
  if (paths.size === memory.docs.size) return;
  for (const [path, entry] of memory.docs) {
    if (paths.has(path)) continue;
    entry.gone(clock);
    memory.docs.delete(path);
  }
}

/**
 * `site.collections` (sorted by label, posts among them), `site.LABEL` and `site.documents`
 * (every collection's documents and files, posts first, then in the config's order).
 */
function collectionsView(
  site: Site,
  posts: readonly PostView[],
  docLists: readonly PostView[][],
  statics: ReadonlyArray<Record<string, unknown>>,
  memory: SiteMemory,
  reads: Reads,
) {
  const clock: Clock = reads;
  const fileViews = new Map(site.staticFiles.map((s, i) => [s, statics[i]!]));
  const oldestFirst = recordedWhole(reads, inPostsOrder(site, posts), memory.postList);
  const entries = [
    {
      label: 'posts',
      files: [],
      docs: oldestFirst,
      output: true,
      relative_directory: '_posts',
      directory: site.config.collectionsDir
        ? `${site.config.source}/${site.config.collectionsDir}/_posts`
        : `${site.config.source}/_posts`,
      meta: postsMetadata(site.config),
    },
    ...site.collections.map((c, i) => ({
      label: c.label,
      files: c.files.map((f) => fileViews.get(f)!),
      docs: docLists[i]!,
      output: c.config.output,
      relative_directory: c.relativeDirectory,
      directory: c.directory,
      meta: c.config.metadata,
    })),
  ];
  memory.collections.update(
    entries.map((e) => [e.label, e.meta, e.files.map((f) => f.path)]),
    clock,
  );
  // Jekyll's CollectionDrop: its own fields (in this order), then the metadata it does not shadow.
  const list = entries
    .map(({ meta, ...own }) => markDrop(Object.assign({ ...own }, meta, own), 'Jekyll::Drops::CollectionDrop'))
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const all = inPostsOrder(site, site.posts).map((p) => p.path);
  for (const c of site.collections) all.push(...c.docs.map((d) => d.path), ...c.files.map((f) => f.file.path));
  memory.documents.update(all, clock);
  const documents = [
    ...inPostsOrder(site, posts),
    ...site.collections.flatMap((c, i) => [...docLists[i]!, ...c.files.map((f) => fileViews.get(f)!)]),
  ];
  const byLabel: Record<string, unknown> = {};
  site.collections.forEach((c, i) => {
    byLabel[c.label] = docLists[i];
  });
  return {
    byLabel,
    list: recordedWhole(reads, list, memory.collections),
    documents: recordedWhole(reads, documents, memory.documents),
  };
}

/** A collection document as templates see it (Jekyll's document drop). */
function docView(d: CollectionDoc, tz: string, extra?: ExtraData): PostView {
  const name = d.path.slice(d.path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const slug = d.data.slug ?? (dot > 0 ? name.slice(0, dot) : name);
  return withBodyFields(
    withExtra(d.data, d.url, extra),
    {
      collection: d.collection,
      date: new SiteDate(d.date, tz),
      id: documentId(d.url, slug),
      path: d.relativePath,
      relative_path: d.relativePath,
      url: d.url,
      name: orElse(d.data.name, name),
      // Only a post is a draft by its folder; any document by its front matter (jekyll-feed skips it).
      draft: orElse(d.data.draft, false),
    },
    { output: '', previous: null, next: null },
  );
}

/** `site.collections`' posts: the config's `collections.posts` keys, `output` always true, the site's pattern unless it gives one. */
function postsMetadata(config: Config): Record<string, unknown> {
  const meta: Record<string, unknown> = { ...config.posts.metadata };
  meta.output = true;
  meta.permalink ??= permalinkTemplate(config.permalink);
  return meta;
}
