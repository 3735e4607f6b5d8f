import type { LastModifiedTimes } from '../plugins/last-modified/times.js';
import type { CommonmarkOptions, RougeOptions } from '../render/markdown/types.js';
import type { KilnError, KilnWarning } from '../shared/errors.js';
import type { TypographicSymbol } from '../shared/kramdown-values.js';
import type { SourceFile } from '../source/types.js';

/** Makes a config error at the line of `key` (`kramdown.compat` for a nested one). */
export type ConfigFail = (message: string, key: string) => KilnError;

/** One entry of `defaults:` in _config.yml: front-matter values for files under a path. */
export interface DefaultsRule {
  /** The scope's path as written ('' when it has none). */
  readonly path: string;
  readonly type?: string; // posts | pages | drafts
  readonly values: Readonly<Record<string, unknown>>;
}

/** One entry of `collections:` (Jekyll's own `posts` is not among them). */
export interface CollectionConfig {
  readonly label: string;
  /** Whether its documents (and files) are written. */
  readonly output: boolean;
  /** Its `permalink:` as given (a pattern; style names are not expanded, as in Jekyll); null: the default. */
  readonly permalink: string | null;
  readonly sortBy: string | null;
  /** `order:`: file names (under its folder) in the order the documents are listed. */
  readonly order: readonly string[] | null;
  /** Every key given for it, for `site.collections`. */
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** Markdown settings from the `kramdown:` block. */
export interface MarkdownConfig {
  readonly compat: 1 | 2;
  readonly tocLevels: readonly number[];
  readonly autoIds: boolean;
  readonly entityOutput: EntityOutput;
  readonly codeMarkup: CodeMarkup;
  /** `kramdown.parse_block_html`: the inside of block HTML is Markdown, as with `markdown="1"`. */
  readonly parseBlockHtml: boolean;
  /** `kramdown.parse_span_html` (default true): the inside of span HTML is Markdown. */
  readonly parseSpanHtml: boolean;
  /** `kramdown.auto_id_prefix`: written before every automatic header id. */
  readonly autoIdPrefix: string;
  /** `kramdown.footnote_nr`: the number of the first footnote. */
  readonly footnoteNr: number;
  /** `kramdown.footnote_backlink` (default `&#8617;`): the back link's text; empty, no back links. */
  readonly footnoteBacklink: string;
  /** `kramdown.footnote_prefix` (kramdown 2): written after `fn:` / `fnref:` in footnote ids. */
  readonly footnotePrefix: string;
  /** `kramdown.footnote_backlink_inline` (kramdown 2): the back link goes in the last paragraph or header, however deep. */
  readonly footnoteBacklinkInline: boolean;
  /** `kramdown.math_engine`: `mathjax` (default) or null (math written as it is). */
  readonly mathEngine: 'mathjax' | null;
  /** `kramdown.smart_quotes`: the code points ‘ ’ “ ” are written as. */
  readonly smartQuotes: readonly [number, number, number, number];
  /** `kramdown.header_offset`: added to each header's level on output. */
  readonly headerOffset: number;
  /** `kramdown.hard_wrap`: every line break in a paragraph is a `<br />`. */
  readonly hardWrap: boolean;
  /** `kramdown.auto_id_stripping` (kramdown 1): header ids from the header's text alone, without markup. */
  readonly autoIdStripping: boolean;
  /** `kramdown.remove_line_breaks_for_cjk` (kramdown 2): no line break between two CJK characters. */
  readonly removeLineBreaksForCjk: boolean;
  /** `kramdown.typographic_symbols` (kramdown 2): text written for `...`, `---`, `--`, `<<`, `>>`. */
  readonly typographicSymbols: Readonly<Partial<Record<TypographicSymbol, string>>>;
  /** `kramdown.syntax_highlighter_opts` (config/rouge-options.ts); null for Jekyll 2 and 3. */
  readonly rouge: RougeOptions | null;
  /** `markdown: CommonMark`: jekyll-commonmark's settings (config/commonmark.ts); null for kramdown. */
  readonly commonmark: CommonmarkOptions | null;
}

/** Jekyll plugins kiln has built in, switched on by `plugins:` (or `gems:`). */
export type KnownPlugin =
  | 'jekyll-feed'
  | 'jekyll-seo-tag'
  | 'jekyll-sitemap'
  | 'jekyll-paginate'
  | 'jekyll-redirect-from'
  | 'jekyll-multiple-languages'
  | 'jekyll-include-cache'
  | 'jekyll-archives'
  | 'jekyll-gist'
  | 'jekyll-avatar'
  | 'jekyll-mentions'
  | 'jekyll-optional-front-matter'
  | 'jekyll-titles-from-headings'
  | 'jekyll-default-layout'
  | 'jekyll-readme-index'
  | 'jekyll-paginate-v2'
  | 'jekyll-relative-links'
  | 'jekyll-toc'
  | 'jekyll-last-modified-at'
  | 'jekyll-data'
  | 'jekyll-polyglot'
  | 'jekyll-commonmark';

/** jekyll-mentions' and jekyll-avatar's settings, from `_config.yml` and the environment. */
export interface GithubConfig {
  /** Where `@name` links to (`jekyll-mentions:`, a URL or `{ base_url }`), before a page's own. */
  readonly mentionsBase: string;
  /** The plugin's own base: GitHub, or the Enterprise host of `SSL` and `GITHUB_HOSTNAME`. */
  readonly defaultMentionsBase: string;
  /** `PAGES_AVATARS_URL`: the avatars' host, or '' for GitHub's `avatarsN.githubusercontent.com`. */
  readonly avatarsUrl: string;
}

/** A kind of jekyll-archives page. */
export type ArchiveType = 'tag' | 'category' | 'year' | 'month' | 'day';

/** `jekyll-archives:` merged over the plugin's defaults (config/archives.ts). */
export interface ArchivesConfig {
  readonly enabled: readonly ArchiveType[];
  /** Each type's layout (as the config gives it: null or `none` for none) and URL pattern. */
  readonly types: Readonly<Record<ArchiveType, { readonly layout: unknown; readonly permalink: string }>>;
}

/** `optional_front_matter:`, when jekyll-optional-front-matter is on and not switched off (config/markdown-pages.ts). */
export interface OptionalFrontMatterConfig {
  /** `remove_originals: true`: the Markdown file is no longer also copied as it is. */
  readonly removeOriginals: boolean;
}

/** `readme_index:`, when jekyll-readme-index is on and not switched off. */
export interface ReadmeIndexConfig {
  /** `remove_originals: true`: a README made a folder's index is no longer also copied as it is. */
  readonly removeOriginals: boolean;
  /** `with_frontmatter: true`: a README with front matter becomes its folder's index too. */
  readonly withFrontmatter: boolean;
}

/** `titles_from_headings:`, when jekyll-titles-from-headings is on and not switched off. */
export interface TitlesFromHeadingsConfig {
  /** `strip_title: true`: the heading taken as the title leaves the content (a page's `strip_title` wins). */
  readonly stripTitle: boolean;
  /** `collections: true`: posts and written collection documents get their heading as title too. */
  readonly collections: boolean;
}

/**
 * One paginated page's jekyll-paginate-v2 settings: the plugin's defaults, `pagination:` of
 * _config.yml, then the page's own, merged (config/pagination.ts).
 */
export interface PaginationSettings {
  readonly enabled: boolean;
  /** The collections whose documents it lists, in lower case (`all`: every one but posts). */
  readonly collections: readonly string[];
  readonly perPage: number;
  /** How many of the sorted documents are left out (from the end of the plugin's ascending sort). */
  readonly offset: number;
  /** At most this many pages; 0: all. */
  readonly limit: number;
  /** Pages 2… (`/page:num/`), under the first page's folder. */
  readonly permalink: string;
  /** The title of pages 2… (`:title - page :num`). */
  readonly title: string;
  /** The field documents are sorted by (`a:b` for a nested one); null: not sorted (nor offset). */
  readonly sortField: string | null;
  readonly sortReverse: boolean;
  /** How many pages before and after the current one `page_trail` lists (none when both are 0). */
  readonly trail: { readonly before: number; readonly after: number };
  /** `indexpage` up to its first dot ('' unset: `hasIndexName` false) and `extension` with its dot ('' when null). */
  readonly indexName: string;
  readonly hasIndexName: boolean;
  readonly indexExt: string;
  /** The filters' values, each a document must have, in lower case; null: no such filter. */
  readonly category: readonly string[] | null;
  readonly tag: readonly string[] | null;
  readonly locale: readonly string[] | null;
}

/** jekyll-paginate-v2's `autopages:` (config/autopages.ts): the kinds enabled, in the plugin's order. */
export interface AutopagesConfig {
  readonly kinds: readonly AutopageKind[];
}

/** One kind of autopage: its settings merged over the plugin's defaults (a layout's `autopages:` merges over `raw`). */
export interface AutopageKind {
  readonly kind: 'tags' | 'categories' | 'collections';
  /** Its value in `permalink` and `title` (`:tag`), and the pagination setting it filters by (`tag`). */
  readonly placeholder: ':tag' | ':cat' | ':coll';
  readonly setting: 'tag' | 'category' | 'collection';
  readonly raw: Readonly<Record<string, unknown>>;
  /** The layout files (`autopage_tags.html`) each value gets a page of. */
  readonly layouts: readonly string[];
  /** How the value is written into its permalink and title (Jekyll's slugify modes; `none` keeps it). */
  readonly slugify: { readonly mode: string; readonly cased: boolean };
}

/** `relative_links:` (jekyll-relative-links), read when that plugin is on (config/relative-links.ts). */
export interface RelativeLinksConfig {
  /** Whether Markdown pages' links to the site's files are rewritten (only `enabled: false` turns it off). */
  readonly enabled: boolean;
  /** `collections: true`: posts' and written collection documents' links too. */
  readonly collections: boolean;
  /** `exclude:` documents (by path from the source) left as they are: globs, or path prefixes. */
  readonly exclude: readonly string[];
}

/** `toc:` (jekyll-toc) over the plugin's defaults, read when that plugin is on (config/toc.ts). */
export interface TocConfig {
  readonly minLevel: number;
  readonly maxLevel: number;
  readonly orderedList: boolean;
  /** Headers inside an element of one of these classes are left out. */
  readonly noTocSectionClasses: readonly string[];
  readonly listId: string;
  readonly listClass: string;
  readonly sublistClass: string;
  readonly itemClass: string;
  readonly itemPrefix: string;
}

/** `csv_reader:` / `tsv_reader:`: how `_data` tables are read (config/table-reader.ts). */
export interface TableReaderConfig {
  /** Ruby CSV's converters tried on each cell in order, until one gives a number. */
  readonly converters: readonly ('integer' | 'float')[];
  /** Rows are hashes keyed by the first line (true) or lists of cells (false). */
  readonly headers: boolean;
  /** `encoding: bom|utf-8`: a byte-order mark is dropped (else it stays in the first cell). */
  readonly dropBom: boolean;
}

/** The `sass:` block, as Jekyll's sass converter reads it. */
export interface SassConfig {
  readonly style: 'expanded' | 'compressed';
  /** Folder of partials, relative to the source (`_sass`). */
  readonly sassDir: string;
  /** Extra load paths, relative to the source. */
  readonly loadPaths: readonly string[];
  /** Whether a `.css.map` is written beside each stylesheet (`sourcemap: always | never`). */
  readonly sourcemap: boolean;
  /** `add_charset`: compressed CSS with non-ASCII text starts with `@charset "UTF-8";` (else with nothing). */
  readonly addCharset: boolean;
}
/** `kramdown.entity_output`: how typographic characters and entities are written. */
export type EntityOutput = 'as_char' | 'numeric' | 'symbolic' | 'as_input';

/**
 * How code blocks and inline code are written: as Jekyll 4 does with Rouge, as Jekyll 2/3 sites
 * with a Pygments plugin did, or as kramdown alone does (no highlighter).
 */
export type CodeMarkup = 'rouge' | 'pygments' | 'kramdown';

/** `jekyll_version:`, the Jekyll whose markup the site expects. */
export type JekyllVersion = 2 | 3 | 4;

/** The whole configuration, resolved once: absolute paths, defaults filled in, zone checked. */
export interface Config {
  readonly source: string;
  readonly destination: string;
  /** Whether the destination is kiln's default (`content`): neither `destination:` nor --destination named it. */
  readonly destinationIsDefault: boolean;
  /** The configuration files, in the order they were merged (`--config a.yml,b.yml`: b wins). */
  readonly configFiles: readonly string[];
  readonly url: string;
  readonly baseurl: string;
  readonly timezone: string;
  readonly permalink: string;
  readonly paginate: number | null;
  readonly paginatePath: string;
  readonly exclude: readonly string[];
  readonly include: readonly string[];
  readonly defaults: readonly DefaultsRule[];
  /** `collections:`, in the order the config lists them. */
  readonly collections: readonly CollectionConfig[];
  /**
   * `collections.posts`: the keys given for Jekyll's own collection (`site.collections`), and its
   * `permalink`, which posts take instead of the site's `permalink:` (null: not given).
   */
  readonly posts: { readonly permalink: string | null; readonly metadata: Readonly<Record<string, unknown>> };
  /** `collections_dir:` the folder (relative to the source) holding `_LABEL/`, `_posts/` and `_drafts/`; '' for the source. */
  readonly collectionsDir: string;
  readonly future: boolean;
  readonly drafts: boolean;
  /** `--strict` or `strict: true`: every warning fails the build. */
  readonly strict: boolean;
  /** `disable_disk_cache: true` (Jekyll's key): `kiln build` keeps nothing it rendered between builds (render/kept.ts). */
  readonly disableDiskCache: boolean;
  /** `limit_posts`: only the newest N posts are built (null: all). */
  readonly limitPosts: number | null;
  /** `--unpublished` / `unpublished: true`: posts with `published: false` are built too. */
  readonly unpublished: boolean;
  readonly excerptSeparator: string;
  /** `page_excerpts` (Jekyll 4.1+): the site's own HTML pages get an excerpt too (model/excerpt.ts `pageExcerptOf`). */
  readonly pageExcerpts: boolean;
  readonly markdown: MarkdownConfig;
  /** What `commonmark:` names that jekyll-commonmark ignores (config/commonmark.ts). */
  readonly markdownWarnings: readonly KilnWarning[];
  /** The Jekyll whose markup the site expects (code blocks, `{% highlight %}`). */
  readonly jekyllVersion: JekyllVersion;
  /**
   * How `{% highlight %}` colours its code: with Rouge, or (Jekyll 4 with a `highlighter:` that
   * names none of its own: `none`, `false`) not at all, the code escaped and trimmed.
   */
  readonly highlightTag: 'rouge' | 'plain';
  /** `template_engine:` the language of layouts, includes and HTML pages (Markdown bodies are always Liquid). */
  readonly templateEngine: 'nunjucks' | 'liquid';
  /**
   * `languages:` for kiln's translated pages; the first is the default. Empty when the site has one
   * language, and with jekyll-multiple-languages (which reads `languages:` itself: `multipleLanguages`).
   */
  readonly languages: readonly string[];
  /** jekyll-multiple-languages' settings, when the plugin is on; null otherwise. */
  readonly multipleLanguages: MultipleLanguagesConfig | null;
  /** Set in each language's build of a jekyll-multiple-languages site (plugins/multiple-languages.ts). */
  readonly languagePass?: LanguagePass;
  /** jekyll-polyglot's settings, when the plugin is on; null otherwise. */
  readonly polyglot: PolyglotConfig | null;
  /** Set in each language's build of a jekyll-polyglot site (plugins/polyglot.ts). */
  readonly polyglotPass?: PolyglotPass;
  /**
   * Built-in plugins the site lists (`plugins:`, its theme's, its Gemfile's jekyll_plugins group),
   * in the order Jekyll loads them (the Gemfile's, the theme gem's, then the config's): generators
   * of one priority run in it. An unknown name is a warning (`unknownPlugins`, and those of the Gemfile).
   */
  readonly plugins: ReadonlySet<KnownPlugin>;
  readonly unknownPlugins: readonly string[];
  readonly unknownGemfilePlugins: readonly string[];
  /** `jekyll-archives:`, read when that plugin is on; null otherwise. */
  readonly archives: ArchivesConfig | null;
  /** What jekyll-mentions and jekyll-avatar read (config/github.ts), when either is on; null otherwise. */
  readonly github: GithubConfig | null;
  /** jekyll-optional-front-matter's settings; null when it is off. */
  readonly optionalFrontMatter: OptionalFrontMatterConfig | null;
  /** jekyll-readme-index's settings; null when it is off. */
  readonly readmeIndex: ReadmeIndexConfig | null;
  /** jekyll-titles-from-headings' settings; null when it is off. */
  readonly titlesFromHeadings: TitlesFromHeadingsConfig | null;
  /**
   * jekyll-paginate-v2, when listed: `pagination:` merged over the plugin's defaults (what each
   * paginated page's own is merged over); null when the plugin is off.
   */
  readonly pagination: Readonly<Record<string, unknown>> | null;
  /** jekyll-paginate-v2's `autopages:`, when the plugin is listed and they are enabled; else null. */
  readonly autopages: AutopagesConfig | null;
  /** `relative_links:`, read when jekyll-relative-links is on; null otherwise. */
  readonly relativeLinks: RelativeLinksConfig | null;
  /** `toc:`, read when jekyll-toc is on; null otherwise. */
  readonly toc: TocConfig | null;
  /** jekyll-last-modified-at's `last-modified-at: date-format:` (the tag's default), when the plugin is on; else null. */
  readonly lastModifiedFormat: string | null;
  /** jekyll-last-modified-at's times of this build's files, looked up by the build (plugins/last-modified/times.ts). */
  readonly lastModifiedTimes?: LastModifiedTimes;
  /** jekyll-data's files of the theme's `_data/` (`_data/…` paths), read by the build (source/theme.ts). */
  readonly themeData?: readonly SourceFile[];
  /** `theme:`, found (config/theme.ts): its name and absolute folder; null without one. */
  readonly theme: { readonly name: string; readonly dir: string } | null;
  readonly sass: SassConfig;
  /** Build time (`site.time`): `time:` in the config (as in Jekyll), else `clock`. */
  readonly time: number;
  /**
   * What `"now" | date`, `today` and texts without a date (`"09:15"`) read, which `time:` does not
   * pin (Jekyll reads its clock): SOURCE_DATE_EPOCH, else the time the config was read.
   */
  readonly clock: number;
  /** JEKYLL_ENV, as in Jekyll: `development` unless set (jekyll-feed's `disable_in_development`). */
  readonly environment: string;
  /** `csv_reader:` and `tsv_reader:`, for `_data/*.csv` and `*.tsv`. */
  readonly tables: { readonly csv: TableReaderConfig; readonly tsv: TableReaderConfig };
  /** Every key of _config.yml, for `site.KEY` in templates. */
  readonly siteData: Readonly<Record<string, unknown>>;
}

/** jekyll-multiple-languages' keys of `_config.yml`. */
export interface MultipleLanguagesConfig {
  /** `languages:`, the default first. */
  readonly languages: readonly string[];
  /** `exclude_from_localizations:` paths of static files written at the root only (and `_posts`). */
  readonly excludeFromLocalizations: readonly string[];
}

/** jekyll-polyglot's keys (config/polyglot.ts). */
export interface PolyglotConfig {
  /** `languages:` without repeats (the plugin's `uniq`). */
  readonly languages: readonly string[];
  readonly defaultLang: string;
  /** `exclude_from_localization:`, a folder of the source with a `/` added (plugins/polyglot.ts). */
  readonly excludeFromLocalization: readonly string[];
  /** `lang_vars:` names of `site` that hold the active language. */
  readonly langVars: readonly string[];
  /** `parallel_localization:` (true: each language from the same start; false: in turn, sharing what the plugin keeps). */
  readonly parallel: boolean;
  readonly langFromPath: boolean;
}

/** One language's build of a jekyll-polyglot site. */
export interface PolyglotPass {
  readonly lang: string;
  readonly settings: PolyglotConfig;
  /** The plugin's `@file_langs`: which language took each URL (kept from pass to pass when not parallel). */
  readonly fileLangs: Map<string, unknown>;
  /** Jekyll's `exclude` in this pass (with `exclude_from_localization` in another language's), which links to are left alone. */
  readonly exclude: readonly string[];
  /**
   * jekyll-relative-links' files a link may name (path → URL), made by the first pass that looks
   * one up: the plugin keeps them, so passes in turn (not parallel) share them (plugins/relative-links.ts).
   */
  readonly linkTargets: { targets?: ReadonlyMap<string, string> };
  /**
   * jekyll-sitemap's answer to whether the site has its own file at a URL, from the first pass:
   * the plugin keeps the list of pages and files it asks, so passes in turn share it (plugins/sitemap.ts).
   */
  readonly sitemapLookup: { has?: (url: string) => boolean };
}

/** One language's build of a jekyll-multiple-languages site: what its tags and filters read. */
export interface LanguagePass {
  readonly lang: string;
  readonly defaultLang: string;
  /** `baseurl` as the config writes it (undefined when unset): Jekyll's `site.baseurl`, which `{% tl %}` reads. */
  readonly writtenBaseurl: unknown;
  /** The translations read so far (`_i18n/LANG.yml`), by language, this one's included. */
  readonly translations: Readonly<Record<string, unknown>>;
  /** The files under `_i18n/`, by path (`{% tf %}` reads them). */
  readonly files: ReadonlyMap<string, SourceFileLike>;
  /** Jekyll's `site.filter_cache`: relative_url and absolute_url results by input, kept for every pass. */
  readonly urlCache: UrlCache;
  /** Whether a static file is listed in this language's site.static_files but not written (exclude_from_localizations). */
  readonly rootOnly: (path: string) => boolean;
}

/** The results of relative_url and absolute_url by their (text) input. */
export interface UrlCache {
  readonly relative: Map<string, string>;
  readonly absolute: Map<string, string>;
}

/** What `{% tf %}` reads of a source file. */
export interface SourceFileLike {
  readonly path: string;
  readonly bytes: Buffer;
}

/** What the command line can set. */
export interface BuildFlags {
  source?: string;
  destination?: string;
  config?: string;
  future?: boolean;
  drafts?: boolean;
  strict?: boolean;
  unpublished?: boolean;
  /** `--baseurl`: over the config's `baseurl`. */
  baseurl?: string;
  /** `--limit_posts`: over the config's `limit_posts`. */
  limitPosts?: number;
}
