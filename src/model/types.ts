import type { ArchiveType, CollectionConfig, Config } from '../config/types.js';
import type { KilnWarning } from '../shared/errors.js';
import type { Document, SourceFile } from '../source/types.js';

/** Front matter after `defaults:` are applied. */
export type FrontMatter = Readonly<Record<string, unknown>>;

/** A post (or a draft shown with --drafts). */
export interface Post {
  readonly doc: Document;
  readonly path: string;
  /** Its path inside `collections_dir` (the same as `path` without one): Jekyll's `path`. */
  readonly relativePath: string;
  readonly slug: string;
  readonly date: number;
  /** The front matter's `title` as YAML read it (a number stays one), else the file name's. */
  readonly title: unknown;
  /** Its categories and tags as Jekyll keeps them: names YAML read as numbers stay numbers (`2024`, `1.5`). */
  readonly categories: readonly unknown[];
  readonly tags: readonly unknown[];
  readonly url: string;
  readonly id: string;
  readonly outputPath: string;
  readonly data: FrontMatter;
  readonly layout: string | null;
  readonly isMarkdown: boolean;
  readonly isDraft: boolean;
  /** Its generated excerpt's source (excerpt.ts `excerptOf`): cut from the body once, when the model is made. */
  readonly excerptSource: ExcerptSource | 'body' | null;
  /** False for a post whose URL a later file took (it stays in `site.posts`, as in Jekyll, but is not written). */
  readonly written?: false;
}

/** jekyll-paginate's `paginator`; `posts` are indexes into Site.posts. */
export interface Paginator {
  readonly page: number;
  readonly perPage: number;
  readonly postIndexes: readonly number[];
  readonly totalPosts: number;
  readonly totalPages: number;
  readonly previousPage: number | null;
  readonly previousPagePath: string | null;
  readonly nextPage: number | null;
  readonly nextPagePath: string | null;
  /** jekyll-paginate-v2's paginator has more (model/paginate-v2.ts); `postIndexes` is empty then. */
  readonly v2?: PaginatorV2;
}

/** What jekyll-paginate-v2's `paginator` has beyond jekyll-paginate's. */
export interface PaginatorV2 {
  /** The documents it shows: each its collection's place in Site.collections (-1: posts) and its own in it. */
  readonly items: readonly ItemRef[];
  readonly pagePath: string;
  readonly firstPagePath: string;
  readonly lastPage: number;
  readonly lastPagePath: string;
  /** `page_trail`: null unless `trail` asks for one and there are two pages or more. */
  readonly trail: ReadonlyArray<{ readonly num: number; readonly path: string; readonly title: unknown }> | null;
}

/** A post (collection -1, its index in Site.posts) or a collection's document. */
export type ItemRef = readonly [collection: number, index: number];

/** A rendered page; a paginated index page appears once per paginator page. */
export interface Page {
  readonly doc: Document;
  readonly path: string;
  readonly url: string;
  readonly outputPath: string;
  readonly data: FrontMatter;
  readonly layout: string | null;
  readonly isMarkdown: boolean;
  readonly paginator: Paginator | null;
  /** A jekyll-archives page (model/archives.ts): no source of its own. */
  readonly archive?: ArchiveInfo;
  /** The plugin that made a page of a Markdown file Jekyll would copy (model/markdown-pages.ts). */
  readonly addedBy?: 'jekyll-optional-front-matter' | 'jekyll-readme-index';
  /**
   * A jekyll-paginate-v2 page (model/paginate-v2.ts), made of `template` (which is no page of the
   * site any more): `page.name` and `page.path` are `name`, as the plugin names it (`.html`).
   */
  readonly paginated?: { readonly name: string; readonly template: Page };
  /**
   * False for a page whose output a later one takes: as in Jekyll it stays in site.pages (listed,
   * rendered, in the sitemap) but is not written.
   */
  readonly written?: false;
}

/**
 * A page a plugin adds to Jekyll's `site.pages` with no source of its own (jekyll-feed's feeds,
 * jekyll-sitemap's sitemap.xml and robots.txt, jekyll-redirect-from's redirect pages and
 * redirects.json): what templates see of it. Its output is the plugin's (plugins/).
 */
export interface PluginPage {
  /** `page.path`: Jekyll's relative_path (`feed.xml`; `redirect.html` for every redirect page). */
  readonly path: string;
  readonly url: string;
  /** `page.name`, as the plugin names the page (jekyll-feed: the path as configured, `/feed.xml`). */
  readonly name: string;
  /** The data the plugin gives it, `defaults:` for its path under them, in the order Jekyll's hash has them. */
  readonly data: FrontMatter;
  /** In `site.html_pages`: its output is HTML (a redirect page) or its URL ends in `/`. */
  readonly html: boolean;
  /** jekyll-sitemap's page: `static_files` holds the site's static HTML and PDF files. */
  readonly staticFiles?: boolean;
  /** `page.content` (Jekyll's before the page renders, as the site's own pages read it); else empty. */
  readonly content?: string;
}

/**
 * Where pages of the model that a plugin made stand: jekyll-archives', those of `Page.addedBy`,
 * jekyll-paginate's pages 2… and jekyll-paginate-v2's (`Page.paginated`).
 */
export type PageSlot = 'archives' | NonNullable<Page['addedBy']> | 'jekyll-paginate' | 'jekyll-paginate-v2';

/** site.pages after the site's own: the plugins' pages, and slots where the model's plugin pages stand. */
export type PluginPageSlot = PluginPage | PageSlot;

/** What a jekyll-archives page lists. */
export interface ArchiveInfo {
  readonly type: ArchiveType;
  /** The tag or category as YAML read it (`2024` a number); null for a date archive. */
  readonly name: unknown;
  /** Its `page.title`: the tag or category when it is text (jekyll-archives gives a number none); else null. */
  readonly title: string | null;
  /** A date archive's first day (`2021-03-01`, as Ruby prints a Date); null for the others. */
  readonly date: string | null;
  /** Its posts, as indexes into Site.posts (newest first). */
  readonly postIndexes: readonly number[];
}

/** A file copied byte for byte. */
export interface StaticFile {
  readonly file: SourceFile;
  readonly url: string;
  readonly outputPath: string;
  /** The collection it is in (a file without front matter in `_LABEL/`), or null. */
  readonly collection: string | null;
  /** False for a file of a collection that is not written (`output: false`). */
  readonly written: boolean;
  /**
   * A collection's file a plugin took out of site.static_files (model/markdown-pages.ts): Jekyll
   * still writes it, and lists it in its collection's `files`, not in site.static_files.
   */
  readonly unlisted?: boolean;
  /**
   * Its `defaults:` values (Jekyll's StaticFile#data): templates read them as the file's fields
   * (`site.static_files | where: "swcache", true`), `published: false` keeps it unwritten and
   * `sitemap: false` out of jekyll-sitemap's list.
   */
  readonly data: Readonly<Record<string, unknown>>;
}

/** A document of a collection other than posts (`_LABEL/NAME.md` with front matter). */
export interface CollectionDoc {
  readonly doc: Document;
  /** Its path in the source. */
  readonly path: string;
  /** Its path inside `collections_dir` (`_recipes/soup.md`): Jekyll's `relative_path`. */
  readonly relativePath: string;
  readonly collection: string;
  readonly url: string;
  readonly outputPath: string;
  /** Written to the destination: its collection's `output` is true and it is not dated in the future. */
  readonly written: boolean;
  readonly date: number;
  /** Whether the date came from its front matter or file name (not the build time): Jekyll orders by it only then. */
  readonly dated: boolean;
  /** Front matter after defaults, with what Jekyll adds: title, slug, ext, categories, tags. */
  readonly data: FrontMatter;
  readonly layout: string | null;
  readonly isMarkdown: boolean;
  /** Its generated excerpt's source (excerpt.ts `excerptOf`): cut from the body once, when the model is made. */
  readonly excerptSource: ExcerptSource | 'body' | null;
}

/** A collection: its settings, its documents in their order, and its files without front matter. */
export interface Collection {
  readonly label: string;
  readonly config: CollectionConfig;
  /** `_LABEL` (Jekyll's `relative_directory`). */
  readonly relativeDirectory: string;
  /** The absolute folder. */
  readonly directory: string;
  readonly docs: readonly CollectionDoc[];
  readonly files: readonly StaticFile[];
}

/** A layout: its name, front matter and template text. */
export interface Layout {
  readonly name: string;
  readonly doc: Document;
  readonly layout: string | null;
}

/** The whole site as plain data: what the render stage turns into files. */
export interface Site {
  readonly config: Config;
  /** Newest first. */
  readonly posts: readonly Post[];
  /**
   * jekyll-polyglot: the posts collection's order (indexes into `posts`), where a translation
   * took the place of the post it replaces (model/coordinate.ts); otherwise `posts` reversed.
   */
  readonly postsOrder?: readonly number[];
  readonly pages: readonly Page[];
  /** Every static file, those of collections too (some of which are not written). */
  readonly staticFiles: readonly StaticFile[];
  /** `collections:` in the order the config lists them. */
  readonly collections: readonly Collection[];
  readonly layouts: ReadonlyMap<string, Layout>;
  /** Include path under _includes → its text. */
  readonly includes: ReadonlyMap<string, string>;
  readonly data: Readonly<Record<string, unknown>>;
  /** What Jekyll builds anyway but kiln reports; `--strict` turns them into errors. */
  readonly warnings: readonly KilnWarning[];
}

/**
 * The source of a generated excerpt, as Jekyll 4 takes it when it reads a document: the body's
 * text (before any template runs) up to the first separator. Jekyll then renders it on its own,
 * so a tag whose output holds a blank line, or a block the separator falls inside, gives what
 * Jekyll gives, not a cut of the rendered body.
 */
export interface ExcerptSource {
  readonly text: string;
  /** Block tags the separator fell inside, closed at the end of the text (Jekyll warns then). */
  readonly closed: readonly string[];
}

/** Items that stand for site.posts (the posts or their views), in the posts collection's order: oldest first. */
export function inPostsOrder<T>(site: Pick<Site, 'postsOrder'>, items: readonly T[]): T[] {
  return site.postsOrder ? site.postsOrder.map((i) => items[i]!) : [...items].reverse();
}
