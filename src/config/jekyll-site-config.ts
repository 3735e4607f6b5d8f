import { deepMergeHashes, isMapping } from '../shared/deep-merge.js';
import { JEKYLL_EXCLUDES } from './defaults.js';

/**
 * Jekyll 4.3's configuration defaults, which a Liquid site's `site.KEY` reads whether or not
 * `_config.yml` names them (`site.paginate_path` is `/page:num`). `quiet`, `verbose` and
 * `serving` are those of a plain `jekyll build`, so a watch, a serve and a build write the same
 * pages; `source` and `destination` are filled in per build.
 */
const JEKYLL_DEFAULTS: Readonly<Record<string, unknown>> = {
  source: '',
  destination: '',
  collections_dir: '',
  cache_dir: '.jekyll-cache',
  plugins_dir: '_plugins',
  layouts_dir: '_layouts',
  data_dir: '_data',
  includes_dir: '_includes',
  collections: {},
  safe: false,
  include: ['.htaccess'],
  exclude: [],
  keep_files: ['.git', '.svn'],
  encoding: 'utf-8',
  markdown_ext: 'markdown,mkdown,mkdn,mkd,md',
  strict_front_matter: false,
  show_drafts: null,
  limit_posts: 0,
  future: false,
  unpublished: false,
  whitelist: [],
  plugins: [],
  markdown: 'kramdown',
  highlighter: 'rouge',
  lsi: false,
  excerpt_separator: '\n\n',
  incremental: false,
  detach: false,
  port: '4000',
  host: '127.0.0.1',
  baseurl: null,
  show_dir_listing: false,
  permalink: 'date',
  paginate_path: '/page:num',
  timezone: null,
  quiet: false,
  verbose: false,
  defaults: [],
  liquid: { error_mode: 'warn', strict_filters: false, strict_variables: false },
  kramdown: {
    auto_ids: true,
    toc_levels: [1, 2, 3, 4, 5, 6],
    entity_output: 'as_char',
    smart_quotes: 'lsquo,rsquo,ldquo,rdquo',
    input: 'GFM',
    hard_wrap: false,
    guess_lang: true,
    footnote_nr: 1,
    show_warnings: false,
  },
  serving: false,
};

/**
 * A Liquid site's `site` values from its config as written: Jekyll's defaults under it (mappings
 * merged key by key, a key set to nothing keeping the default), Jekyll's excludes after the site's,
 * and, when kramdown is the site's Markdown, the settings Jekyll's kramdown converter adds to
 * `kramdown` as it starts. (Jekyll starts it at the first conversion, so a site without Markdown,
 * or a page rendered before any Markdown was, lacks them there; kiln does not keep that.)
 */
export function jekyllSiteConfig(
  written: Readonly<Record<string, unknown>>,
  paths: { readonly source: string; readonly destination: string },
  kramdown: boolean,
): Record<string, unknown> {
  const site = deepMergeHashes({ ...JEKYLL_DEFAULTS, ...paths }, written);
  if (Array.isArray(site.exclude)) site.exclude = [...new Set([...site.exclude, ...JEKYLL_EXCLUDES])];
  if (kramdown && isMapping(site.kramdown)) site.kramdown = withConverterSettings(site.kramdown, site.highlighter);
  return site;
}

/** `kramdown` as Jekyll's converter leaves it: a highlighter, its options' default language and guessing, `coderay`. */
function withConverterSettings(kramdown: Record<string, unknown>, highlighter: unknown): Record<string, unknown> {
  const out = { ...kramdown };
  out.syntax_highlighter = kramdownHighlighter(out, highlighter);
  const opts = isMapping(out.syntax_highlighter_opts) ? { ...out.syntax_highlighter_opts } : {};
  if (!truthy(opts.default_lang)) opts.default_lang = 'plaintext';
  opts.guess_lang = out.guess_lang ?? null;
  out.syntax_highlighter_opts = opts;
  if (!truthy(out.coderay)) out.coderay = {};
  return out;
}

/**
 * The highlighter Jekyll's converter gives kramdown: its own `syntax_highlighter`, else CodeRay
 * for `enable_coderay: true` (deprecated), else the site's `highlighter`, else Rouge.
 */
export function kramdownHighlighter(kramdown: Readonly<Record<string, unknown>>, highlighter: unknown): unknown {
  if (truthy(kramdown.syntax_highlighter)) return kramdown.syntax_highlighter;
  return truthy(kramdown.enable_coderay) ? 'coderay' : truthy(highlighter) ? highlighter : 'rouge';
}

const truthy = (v: unknown) => v !== null && v !== undefined && v !== false;
