import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isValidTimeZone, parseDate } from '../shared/dates.js';
import { deepMergeHashes, isMapping } from '../shared/deep-merge.js';
import { KilnError, KilnWarning } from '../shared/errors.js';
import { fileSystemError } from '../shared/fs-errors.js';
import {
  kramdownInteger,
  smartQuoteCodes,
  tocLevelsValue,
  typographicSymbolsValue,
} from '../shared/kramdown-values.js';
import { bomAsIndent, decodeUtf8 } from '../shared/utf8.js';
import { parseYaml } from '../shared/yaml.js';
import { readArchives } from './archives.js';
import { readAutopages } from './autopages.js';
import { normalizeBaseurl } from './baseurl.js';
import { readCollections, readCollectionsDir, readPostsCollection } from './collections.js';
import { readCommonmark } from './commonmark.js';
import { DEFAULTS, JEKYLL_EXCLUDES } from './defaults.js';
import { checkDestination, checkHeldInput } from './destination.js';
import { gemfilePlugins } from './gemfile.js';
import { readGithub } from './github.js';
import { jekyllSiteConfig, kramdownHighlighter } from './jekyll-site-config.js';
import { keyLine } from './key-line.js';
import { readLastModifiedFormat } from './last-modified.js';
import { readMarkdownPages } from './markdown-pages.js';
import { checkMarkdownProcessor } from './markdown-processor.js';
import { readMultipleLanguages } from './multiple-languages.js';
import { readPagination } from './pagination.js';
import { unknownPlaceholder, unknownPlaceholderMessage } from './permalink-placeholders.js';
import { KNOWN_PLUGINS, readPlugins, readSass } from './plugins.js';
import { readPolyglot } from './polyglot.js';
import { readRelativeLinks } from './relative-links.js';
import { readRougeOptions } from './rouge-options.js';
import { readTableReader } from './table-reader.js';
import { type FoundTheme, findTheme } from './theme.js';
import { readToc } from './toc.js';
import type {
  BuildFlags,
  CodeMarkup,
  Config,
  DefaultsRule,
  EntityOutput,
  ConfigFail as Fail,
  JekyllVersion,
  MarkdownConfig,
} from './types.js';
import { describe, switchValue } from './values.js';

/** Reads _config.yml and the CLI flags into one complete, frozen Config. */
export function loadConfig(flags: BuildFlags, env: NodeJS.ProcessEnv = process.env): Config {
  const source = resolve(flags.source ?? '.');
  if (!existsSync(source)) throw new KilnError(`source folder does not exist`, flags.source ?? '.');
  // A destination given on the command line is checked before anything is read.
  if (flags.destination) {
    const problem = checkDestination(source, resolve(flags.destination));
    if (problem) throw new KilnError(`--destination ${flags.destination}: ${problem}`);
  }
  // `--config a.yml,b.yml`: read in order, later files win (mappings merge key by key, as in Jekyll).
  const configFiles = flags.config
    ? flags.config
        .split(',')
        .filter((f) => f.trim())
        .map((f) => resolve(f.trim()))
    : [defaultConfigFile(source)];
  let configName = '_config.yml';
  const texts: Array<{ name: string; text: string }> = [];
  for (const configFile of configFiles) {
    // Errors name the config file as the user sees it from the site's folder.
    const fromSource = relative(source, configFile);
    configName = fromSource.startsWith('..') ? configFile : fromSource;
    if (existsSync(configFile)) texts.push({ name: configName, text: readText(configFile, configName) });
    else if (flags.config) throw new KilnError('configuration file not found', configName);
  }
  /**
   * The files merged in order, as Jekyll's deep_merge_hashes merges them (a null in a later file
   * leaves the earlier value); with `timeZone`, as a Liquid site's templates see them (Ruby's
   * values: whole floats, dates, times shown in that zone), else plain values (kiln's own
   * settings, a Nunjucks site's `site`).
   */
  const merged = (timeZone?: string) => {
    let out: Record<string, unknown> = {};
    for (const { name, text } of texts) {
      const parsed = parseYaml(bomAsIndent(text), name, 1, timeZone !== undefined, timeZone);
      if (parsed === null || parsed === undefined) continue;
      if (typeof parsed !== 'object' || Array.isArray(parsed))
        throw new KilnError('the configuration must be a mapping of keys to values', name, 1);
      out = deepMergeHashes(out, parsed as Record<string, unknown>);
    }
    // The command line's --baseurl over the files', as Jekyll merges its options (`site.baseurl` too).
    if (flags.baseurl !== undefined) out.baseurl = flags.baseurl;
    if (flags.limitPosts !== undefined) out.limit_posts = flags.limitPosts;
    // --drafts, --future, --unpublished too (`site.show_drafts`…); with no flag the files' value stays.
    if (flags.drafts !== undefined) out.show_drafts = flags.drafts;
    if (flags.future !== undefined) out.future = flags.future;
    if (flags.unpublished !== undefined) out.unpublished = flags.unpublished;
    return out;
  };
  const raw = merged();
  /** A config error at the line of `key` (`kramdown.compat` for a nested one) in the last file that sets it. */
  const fail = (message: string, key: string) => {
    for (const { name, text } of [...texts].reverse()) {
      const line = keyLine(text, key.split('.'));
      if (line !== undefined) return new KilnError(message, name, line);
    }
    return new KilnError(message, configName);
  };

  const text = (key: string) => scalar(raw, key, fail);
  const permalink = text('permalink') ?? DEFAULTS.permalink;
  const placeholder = unknownPlaceholder(permalink);
  if (placeholder) throw fail(unknownPlaceholderMessage(placeholder), 'permalink');
  const timezone = text('timezone') ?? DEFAULTS.timezone;
  if (!isValidTimeZone(timezone)) throw fail(`unknown timezone "${timezone}"`, 'timezone');
  const destination = flags.destination
    ? resolve(flags.destination)
    : resolve(source, text('destination') ?? DEFAULTS.destination);
  if (!flags.destination) {
    const problem = checkDestination(source, destination);
    if (problem) throw fail(`destination ${text('destination') ?? DEFAULTS.destination}: ${problem}`, 'destination');
  }
  const limitPosts = raw.limit_posts === undefined || raw.limit_posts === null ? 0 : Number(raw.limit_posts);
  if (!(Number.isInteger(limitPosts) && limitPosts >= 0))
    throw fail(`limit_posts must be a whole number, 0 or above, not "${String(raw.limit_posts)}"`, 'limit_posts');
  const clock = timeFromEnv(env);
  const time = timeFromConfig(raw.time, timezone, fail) ?? clock;
  const found = readTheme(text('theme'), source, configName, fail, env);
  const theme = found && { name: found.name, dir: found.dir };
  const { plugins, unknown } = readPlugins(raw, fail);
  /** Adds the plugins another source names, and those of its unknown names `report` keeps. */
  const add = (own: ReturnType<typeof readPlugins>, report: (name: string) => boolean = () => true) => {
    for (const p of own.plugins) plugins.add(p);
    for (const u of own.unknown) if (report(u) && !unknown.includes(u)) unknown.push(u);
  };
  // An installed theme gem's runtime dependencies are loaded with it, as Jekyll does: the
  // plugins kiln has (minima 2.5.1 needs jekyll-feed and jekyll-seo-tag); of the rest, a name
  // like a plugin's is reported as a site's unknown plugin is, others (jekyll itself) are not.
  const themeDependencies = readPlugins({ plugins: found?.gem?.dependencies ?? [] }, configName);
  add(themeDependencies, (u) => u.startsWith('jekyll-'));
  // A theme's own _config.yml may name the plugins it needs (for a theme copied or from npm,
  // what a gem's dependencies would be).
  if (theme) {
    const themeConfig = join(theme.dir, '_config.yml');
    if (existsSync(themeConfig)) {
      const parsed = parseYaml(bomAsIndent(readFileSync(themeConfig, 'utf8')), themeConfig);
      add(readPlugins(parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}, themeConfig));
    }
  }
  // The Gemfile's unknown names are reported as the Gemfile's.
  const fromGemfile = readPlugins({ plugins: gemfilePlugins(source, env) }, 'Gemfile');
  add(fromGemfile, () => false);
  // Jekyll loads Bundler's jekyll_plugins group first, then a theme gem's dependencies, then the
  // plugins the config names: generators of one priority run in that order (jekyll-feed's before
  // jekyll-paginate-v2's in a minima site).
  const loaded = new Set([...fromGemfile.plugins, ...themeDependencies.plugins, ...plugins]);
  // jekyll-paginate-v2 fails on any `paginate:` (config/pagination.ts): said before its value is read.
  const pagination = loaded.has('jekyll-paginate-v2') ? readPagination(raw, fail) : null;
  if (loaded.has('jekyll-polyglot') && loaded.has('jekyll-multiple-languages'))
    throw fail('jekyll-polyglot and jekyll-multiple-languages both build every language: list one of them', 'plugins');
  const multipleLanguages = loaded.has('jekyll-multiple-languages') ? readMultipleLanguages(raw, source, fail) : null;
  const polyglot = loaded.has('jekyll-polyglot') ? readPolyglot(raw, source, fail) : null;
  // Number(true) is 1, and Number([5]) is 5: only a number, or a number written as text, is one.
  const numeric = typeof raw.paginate === 'number' || typeof raw.paginate === 'string';
  // Jekyll reads `paginate` only with jekyll-paginate listed (and fails on these then): without
  // it, `false` or 0 is off, as a starter's config turns it off; any other value paginates.
  const off = raw.paginate === false || (numeric && Number(raw.paginate) === 0);
  const paginate =
    raw.paginate === undefined || raw.paginate === null || (off && !loaded.has('jekyll-paginate'))
      ? null
      : Number(raw.paginate);
  if (paginate !== null && !(numeric && Number.isInteger(paginate) && paginate > 0)) {
    throw fail(`paginate must be a whole number above 0, not ${describe(raw.paginate)}`, 'paginate');
  }
  const paginatePath = text('paginate_path') ?? DEFAULTS.paginatePath;
  if (!paginatePath.includes(':num'))
    throw fail(
      `paginate_path must contain :num (the page number), as in /page:num, not "${paginatePath}"`,
      'paginate_path',
    );
  if (raw.relative_permalinks !== undefined && raw.relative_permalinks !== null && raw.relative_permalinks !== false)
    // Jekyll 4 refuses them: a page's permalink is from the source folder, not the page's own.
    throw fail(
      "relative_permalinks is gone since Jekyll 3: a page's permalink is relative to the site source, not its folder; remove the key and check the permalinks of pages in subfolders",
      'relative_permalinks',
    );
  const jekyllVersion = readJekyllVersion(raw, fail);
  text('markdown');
  const markdown =
    checkMarkdownProcessor(raw, loaded, fail) === 'commonmark'
      ? readCommonmark(raw, fail)
      : { commonmark: null, warnings: [] as KilnWarning[] };
  if (raw.kramdown !== undefined && raw.kramdown !== null && !isMapping(raw.kramdown))
    throw fail('kramdown must be a mapping of kramdown options, such as { input: GFM }', 'kramdown');
  const input = isMapping(raw.kramdown) ? raw.kramdown.input : undefined;
  if (!markdown.commonmark && input !== undefined && input !== null && String(input) !== 'GFM') {
    // kramdown's own parser (`input: kramdown`) differs from GFM's (fences, ids, autolinks).
    const message = `kramdown.input "${String(input)}" is not read: kiln reads Markdown as kramdown's GFM parser does`;
    const at = fail(message, 'kramdown.input');
    markdown.warnings.push(new KilnWarning(message, at.file, at.line, 'remove it, or expect differences from Jekyll'));
  }
  // (kramdown would turn `<b>`, `<i>`, `<pre><code>`, tables… written as HTML into its own elements.)
  const toNative = isMapping(raw.kramdown) ? raw.kramdown.html_to_native : undefined;
  if (!markdown.commonmark && switchValue(toNative) === true) {
    const message =
      'kramdown.html_to_native is not read: kiln writes HTML in Markdown as it is written (`<b>` stays `<b>`)';
    const at = fail(message, 'kramdown.html_to_native');
    markdown.warnings.push(new KilnWarning(message, at.file, at.line, 'remove it, or expect differences from Jekyll'));
  }
  const templateEngine = readTemplateEngine(raw.template_engine, fail);
  // A Liquid site's templates see whole floats as Ruby's (`version: 2.0` prints 2.0), dates and times.
  const liquid = templateEngine === 'liquid';
  const written = liquid ? merged(timezone) : raw;
  const config: Config = {
    source,
    destination,
    destinationIsDefault: !flags.destination && text('destination') === undefined,
    configFiles,
    url: text('url') ?? DEFAULTS.url,
    baseurl: normalizeBaseurl(text('baseurl') ?? DEFAULTS.baseurl),
    timezone,
    permalink,
    paginate,
    paginatePath,
    exclude: [...paths(raw, 'exclude', fail), ...JEKYLL_EXCLUDES],
    // Jekyll's default, which a site's own list replaces.
    // jekyll-multiple-languages takes .htaccess out, so that no language's folder gets one.
    include: (raw.include === undefined ? ['.htaccess'] : paths(raw, 'include', fail)).filter(
      (p) => !multipleLanguages || p !== '.htaccess',
    ),
    defaults: readDefaults(liquid ? written.defaults : raw.defaults, fail),
    collections: readCollections(raw.collections, fail),
    posts: readPostsCollection(raw.collections, fail),
    collectionsDir: readCollectionsDir(raw.collections_dir, fail),
    future: flags.future ?? rubyTruth(raw.future),
    drafts: flags.drafts ?? rubyTruth(raw.show_drafts),
    strict: flags.strict ?? flag(raw, 'strict', fail),
    disableDiskCache: rubyTruth(raw.disable_disk_cache),
    limitPosts: limitPosts || null,
    unpublished: flags.unpublished ?? rubyTruth(raw.unpublished),
    excerptSeparator: text('excerpt_separator') ?? DEFAULTS.excerptSeparator,
    // Jekyll asks only whether it is set (Ruby's truth: anything but nil and false).
    pageExcerpts: rubyTruth(raw.page_excerpts),
    markdown: { ...readMarkdown(raw.kramdown, jekyllVersion, fail, raw.highlighter), commonmark: markdown.commonmark },
    markdownWarnings: markdown.warnings,
    jekyllVersion,
    highlightTag: highlightTagOf(raw.highlighter, jekyllVersion),
    // kiln's own translated pages (`about.de.md` → /de/about.html) are a Nunjucks site's: Jekyll
    // has none, so in a Liquid site `languages:` is only `site.languages`, whatever its shape (the
    // i18n plugins read it themselves).
    languages: multipleLanguages || polyglot || liquid ? [] : readLanguages(raw.languages, fail),
    multipleLanguages,
    polyglot,
    plugins: loaded,
    unknownPlugins: unknown,
    unknownGemfilePlugins: fromGemfile.unknown.filter((p) => !unknown.includes(p)),
    archives: loaded.has('jekyll-archives') ? readArchives(raw['jekyll-archives'], fail) : null,
    github: loaded.has('jekyll-mentions') || loaded.has('jekyll-avatar') ? readGithub(raw, env, fail) : null,
    ...readMarkdownPages(raw, loaded, fail),
    pagination,
    autopages: pagination ? readAutopages(raw.autopages, fail) : null,
    relativeLinks: loaded.has('jekyll-relative-links') ? readRelativeLinks(raw.relative_links, fail) : null,
    toc: loaded.has('jekyll-toc') ? readToc(raw.toc, fail) : null,
    lastModifiedFormat: loaded.has('jekyll-last-modified-at')
      ? readLastModifiedFormat(raw['last-modified-at'], fail)
      : null,
    theme,
    sass: readSass(raw.sass, fail),
    tables: { csv: readTableReader(raw, 'csv_reader', fail), tsv: readTableReader(raw, 'tsv_reader', fail) },
    templateEngine,
    time,
    clock,
    environment: env.JEKYLL_ENV || 'development',
    siteData: liquid
      ? jekyllVersion === 4
        ? { ...jekyllSiteConfig(written, { source, destination }, !markdown.commonmark), time }
        : { ...written, timezone, time }
      : { ...raw, timezone, time },
  };
  const destinationName = flags.destination ?? text('destination') ?? DEFAULTS.destination;
  const held = checkHeldInput(
    source,
    destination,
    config.collectionsDir,
    config.collections.map((c) => c.label),
  );
  if (held?.file)
    throw new KilnError(held.problem.replace('the destination', `the destination ${destinationName}`), held.file, 1);
  if (held)
    throw flags.destination
      ? new KilnError(`--destination ${flags.destination}: ${held.problem}`)
      : fail(
          `destination ${destinationName}: ${held.problem}`,
          raw.collections_dir !== undefined ? 'collections_dir' : 'destination',
        );
  return Object.freeze(config);
}

/** The config file's text; bytes that are no UTF-8 are an error at their line. */
function readText(path: string, name: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw fileSystemError(e, name, 'cannot read the configuration');
  }
  return decodeUtf8(bytes, name);
}

function str(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  return String(v);
}

function list(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

/** A key that holds one value (a word, a path, a number): a list or a mapping there is a mistake. */
function scalar(raw: Record<string, unknown>, key: string, fail: Fail): string | undefined {
  const v = raw[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'object')
    throw fail(`${key} must be a single value, not a ${Array.isArray(v) ? 'list' : 'mapping'}`, key);
  return String(v);
}

/** `exclude:` / `include:`: a list of paths, as Jekyll requires (it fails on anything else). */
function paths(raw: Record<string, unknown>, key: string, fail: Fail): string[] {
  const v = raw[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((p) => typeof p === 'object' && p !== null))
    throw fail(`${key} must be a list of paths, such as [notes.txt, drafts/], not ${describe(v)}`, key);
  return v.filter((p) => p !== null).map(String);
}

/**
 * A switch of Jekyll's own that it only tests (`show_drafts`, `future`, `unpublished`,
 * `disable_disk_cache`): Ruby's truth, anything but nil and false (`"yes"`, `1`, even `"false"`).
 */
function rubyTruth(v: unknown): boolean {
  return v !== undefined && v !== null && v !== false;
}

/** A switch of kiln's own: true or false (also yes/no, on/off); anything else is a mistake. */
function flag(raw: Record<string, unknown>, key: string, fail: Fail): boolean {
  const v = raw[key];
  if (v === undefined || v === null) return false;
  const on = switchValue(v);
  if (on === null) throw fail(`${key} must be true or false, not ${describe(v)}`, key);
  return on;
}

function readTheme(
  v: string | undefined,
  source: string,
  configName: string,
  fail: Fail,
  env: NodeJS.ProcessEnv,
): (FoundTheme & { name: string }) | null {
  const name = v?.trim();
  if (!name) return null;
  try {
    return { name, ...findTheme(name, source, configName, env) };
  } catch (e) {
    throw e instanceof KilnError ? fail(e.message, 'theme') : e;
  }
}

/** Jekyll's `time:` key pins `site.time`. */
function timeFromConfig(v: unknown, timezone: string, fail: Fail): number | null {
  if (v === undefined || v === null) return null;
  const ms = v instanceof Date ? v.getTime() : parseDate(String(v), timezone);
  if (ms === null) throw fail(`time: "${String(v)}" is not a date such as 2024-02-01 12:00:00 +0000`, 'time');
  return ms;
}

/** SOURCE_DATE_EPOCH (reproducible builds: seconds since 1970) when set; anything else in it is an error. */
function timeFromEnv(env: NodeJS.ProcessEnv): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return Date.now();
  const seconds = /^\s*(\d{1,15})\s*$/.exec(epoch)?.[1];
  if (seconds === undefined)
    throw new KilnError(`must be a whole number of seconds since 1970-01-01, not "${epoch}"`, 'SOURCE_DATE_EPOCH');
  return Number(seconds) * 1000;
}

// Jekyll 2's scope types, which Jekyll 4 still reads (with a deprecation notice) as their plurals.
const OLD_TYPES: Readonly<Record<string, string>> = { page: 'pages', post: 'posts', draft: 'drafts' };

/**
 * The configuration Jekyll reads without --config: the first of `_config.yml`, `_config.yaml`
 * and `_config.toml` in the source (`_config.yml` when there is none). kiln reads no TOML.
 */
function defaultConfigFile(source: string): string {
  for (const name of ['_config.yml', '_config.yaml']) if (existsSync(join(source, name))) return join(source, name);
  if (existsSync(join(source, '_config.toml')))
    throw new KilnError('kiln reads YAML configuration only: write it as _config.yml', '_config.toml');
  return join(source, '_config.yml');
}

function readDefaults(v: unknown, fail: Fail): DefaultsRule[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw fail('defaults must be a list of { scope, values }', 'defaults');
  return v.map((entry) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw fail('each entry of defaults must be a mapping with scope and values', 'defaults');
    const scope = (entry.scope ?? {}) as Record<string, unknown>;
    const values = (entry.values ?? {}) as Record<string, unknown>;
    if (typeof scope !== 'object' || Array.isArray(scope)) throw fail('defaults: scope must be a mapping', 'defaults');
    if (typeof values !== 'object' || Array.isArray(values))
      throw fail('defaults: values must be a mapping', 'defaults');
    for (const key of ['path', 'type'])
      if (typeof scope[key] === 'object' && scope[key] !== null)
        throw fail(`defaults: scope.${key} must be a single value, not ${describe(scope[key])}`, 'defaults');
    // As written: a scope's path that is no text holds every file, as in Jekyll.
    const type = str(scope.type);
    return { path: typeof scope.path === 'string' ? scope.path : '', type: OLD_TYPES[type ?? ''] ?? type, values };
  });
}

function readLanguages(v: unknown, fail: Fail): string[] {
  const langs = list(v);
  for (const l of langs)
    if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(l))
      throw fail(`languages: "${l}" is not a language code such as en or zh`, 'languages');
  return langs;
}

function readTemplateEngine(v: unknown, fail: Fail): 'nunjucks' | 'liquid' {
  if (v === undefined || v === null || v === 'nunjucks') return 'nunjucks';
  if (v === 'liquid') return 'liquid';
  throw fail(`template_engine must be nunjucks or liquid, not "${String(v)}"`, 'template_engine');
}

/**
 * `jekyll_version:` says which Jekyll's markup the site expects; without it, a site that names
 * `highlighter: pygments` is taken for a Jekyll 2 site (Jekyll 3 and 4 use Rouge by default).
 */
function readJekyllVersion(raw: Record<string, unknown>, fail: Fail): JekyllVersion {
  if (raw.jekyll_version === undefined || raw.jekyll_version === null)
    return String(raw.highlighter).toLowerCase() === 'pygments' ? 2 : 4;
  const v = Number(String(raw.jekyll_version).split('.')[0]);
  if (v !== 2 && v !== 3 && v !== 4)
    throw fail(`jekyll_version must be 2, 3 or 4, not "${String(raw.jekyll_version)}"`, 'jekyll_version');
  return v;
}

const ENTITY_OUTPUT = new Set<string>(['as_char', 'numeric', 'symbolic', 'as_input']);
// ‘ ’ “ ”, kramdown's `lsquo,rsquo,ldquo,rdquo`.
const DEFAULT_QUOTES = [0x2018, 0x2019, 0x201c, 0x201d] as const;

/**
 * `kramdown.math_engine`: `mathjax` (also when not given), or null (YAML `null`/`~`) for math
 * written as it is. kramdown 1 has no other engine here (it writes the math as it is, as with
 * none); Jekyll 4 fails the build on one it has no `kramdown-math-…` gem for, and kiln has none.
 */
function readMathEngine(k: Record<string, unknown>, compat: 1 | 2, error: Fail): 'mathjax' | null {
  if (!('math_engine' in k)) return 'mathjax';
  if (k.math_engine === null) return null;
  if (String(k.math_engine).trim().replace(/^:/, '') === 'mathjax') return 'mathjax';
  if (compat === 1) return null;
  throw error(
    `kramdown.math_engine "${String(k.math_engine)}" needs a kramdown-math gem kiln does not have: use mathjax or null`,
    'kramdown.math_engine',
  );
}

/**
 * `{% highlight %}` in Jekyll 4 colours with Rouge when `highlighter:` is `rouge`, not given, or
 * `pygments` (which Jekyll 4 no longer has: it warns and uses Rouge); any other value (`none`,
 * `false`, `Rouge`) names no highlighter, and the code is written as it is.
 */
function highlightTagOf(highlighter: unknown, jekyllVersion: JekyllVersion): 'rouge' | 'plain' {
  if (jekyllVersion !== 4 || highlighter === undefined || highlighter === null) return 'rouge';
  return highlighter === 'rouge' || highlighter === 'pygments' ? 'rouge' : 'plain';
}

/**
 * Jekyll 4's code markup: Rouge's when its converter gives kramdown Rouge (config/jekyll-site-config.ts
 * kramdownHighlighter: `kramdown.syntax_highlighter`, else `highlighter:`), kramdown's own plain
 * markup for a name kramdown has no highlighter for (`none`, `Rouge`, `pygments`: kramdown 2 has
 * Rouge and CodeRay); CodeRay needs kramdown-syntax-coderay, which Jekyll fails without and kiln
 * does not have.
 */
function jekyll4CodeMarkup(k: Record<string, unknown>, highlighter: unknown, error: Fail): CodeMarkup {
  const name = kramdownHighlighter(k, highlighter);
  if (name === 'rouge') return 'rouge';
  if (name !== 'coderay') return 'kramdown';
  const key =
    k.syntax_highlighter === 'coderay'
      ? 'kramdown.syntax_highlighter'
      : k.enable_coderay
        ? 'kramdown.enable_coderay'
        : 'highlighter';
  throw error(
    `${key} names CodeRay, which needs the kramdown-syntax-coderay gem kiln does not have: use rouge, or none for plain code`,
    key,
  );
}

/** The `kramdown:` block, and the code markup of the site's Jekyll (`highlighter`: the site's `highlighter:`); `fail` makes an error (a file name: one without a line). */
export function readMarkdown(
  v: unknown,
  jekyllVersion: JekyllVersion,
  fail: Fail | string,
  highlighter?: unknown,
): MarkdownConfig {
  const error: Fail = typeof fail === 'string' ? (message) => new KilnError(message, fail) : fail;
  const k = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
  const given = (key: string) => k[key] !== undefined && k[key] !== null;
  // Jekyll 2 and 3 shipped kramdown 1.x; Jekyll 4 kramdown 2.
  const compat = given('compat') ? Number(k.compat) : jekyllVersion === 4 ? 2 : 1;
  if (compat !== 1 && compat !== 2)
    throw error(`kramdown.compat must be 1 or 2, not "${String(k.compat)}"`, 'kramdown.compat');
  const onOff = (key: string, fallback: boolean) => {
    if (!given(key)) return fallback;
    const on = switchValue(k[key]);
    if (on === null) throw error(`kramdown.${key} must be true or false, not ${describe(k[key])}`, `kramdown.${key}`);
    return on;
  };
  // kramdown fails the build on a number option it cannot read.
  const whole = (key: string, fallback: number) => {
    if (!given(key)) return fallback;
    const n = kramdownInteger(k[key]);
    if (n === undefined)
      throw error(`kramdown.${key} must be a whole number, not ${describe(k[key])}`, `kramdown.${key}`);
    return n;
  };
  const quotes = given('smart_quotes') ? smartQuoteCodes(k.smart_quotes) : DEFAULT_QUOTES;
  if (typeof quotes === 'string') throw error(`kramdown.smart_quotes${quotes}`, 'kramdown.smart_quotes');
  const levels = given('toc_levels') ? tocLevelsValue(k.toc_levels) : [...DEFAULTS.tocLevels];
  if (typeof levels === 'string') throw error(`kramdown.toc_levels${levels}`, 'kramdown.toc_levels');
  // (kramdown 1 knows no `typographic_symbols`.)
  const symbols = given('typographic_symbols') && compat === 2 ? typographicSymbolsValue(k.typographic_symbols) : {};
  if (typeof symbols === 'string')
    throw error(`kramdown.typographic_symbols${symbols}`, 'kramdown.typographic_symbols');
  const mathEngine = readMathEngine(k, compat, error);
  // kramdown writes numeric entities for a value it does not know.
  const entity = given('entity_output') ? String(k.entity_output).trim().replace(/^:/, '') : 'as_char';
  return {
    compat,
    tocLevels: levels,
    autoIds: onOff('auto_ids', true),
    entityOutput: (ENTITY_OUTPUT.has(entity) ? entity : 'numeric') as EntityOutput,
    codeMarkup: jekyllVersion === 4 ? jekyll4CodeMarkup(k, highlighter, error) : 'pygments',
    parseBlockHtml: onOff('parse_block_html', false),
    parseSpanHtml: onOff('parse_span_html', true),
    autoIdPrefix: given('auto_id_prefix') ? String(k.auto_id_prefix) : '',
    footnoteNr: whole('footnote_nr', 1),
    // (kramdown takes any value as text: `5`, `true`.)
    footnoteBacklink: given('footnote_backlink') ? String(k.footnote_backlink) : '&#8617;',
    // (kramdown 1 knows neither `footnote_prefix` nor `footnote_backlink_inline`.)
    footnotePrefix: compat === 2 && given('footnote_prefix') ? String(k.footnote_prefix) : '',
    footnoteBacklinkInline: compat === 2 && onOff('footnote_backlink_inline', false),
    mathEngine,
    smartQuotes: quotes,
    headerOffset: whole('header_offset', 0),
    hardWrap: onOff('hard_wrap', false),
    // (kramdown 2's GFM parser turns it on whatever the configuration says.)
    autoIdStripping: compat === 2 || onOff('auto_id_stripping', false),
    // (kramdown 1 knows no `remove_line_breaks_for_cjk`.)
    removeLineBreaksForCjk: compat === 2 && onOff('remove_line_breaks_for_cjk', false),
    typographicSymbols: symbols,
    // (Jekyll 2 and 3 sites get kiln's Pygments markup, which has none of these options.)
    rouge: jekyllVersion === 4 ? readRougeOptions(k, error) : null,
    commonmark: null,
  };
}

/** What the config asks for that kiln will not do: one warning per unknown plugin. */
export function configWarnings(config: Config): KilnWarning[] {
  const first = config.configFiles[0] ?? join(config.source, '_config.yml');
  const file = relative(config.source, first);
  const name = file.startsWith('..') ? first : file;
  const warning = (p: string, file: string) =>
    new KilnWarning(
      `plugin "${p}" is not built into kiln`,
      file,
      undefined,
      `it is ignored (built in: ${KNOWN_PLUGINS.join(', ')})`,
    );
  return [
    ...config.unknownPlugins.map((p) => warning(p, name)),
    ...config.unknownGemfilePlugins.map((p) => warning(p, 'Gemfile')),
    ...config.markdownWarnings,
  ];
}
