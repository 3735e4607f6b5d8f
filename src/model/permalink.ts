import { DOCUMENT_PLACEHOLDERS } from '../config/permalink-placeholders.js';
import type { Config } from '../config/types.js';
import { rubyExtname } from '../shared/ruby-extname.js';
import { strftime, type Zone } from '../shared/strftime.js';

/** Jekyll's named permalink styles (SPEC §3). */
const STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/** The template for a permalink setting: a style name, or a pattern as given. */
export function permalinkTemplate(setting: string): string {
  return STYLES[setting] ?? setting;
}

/**
 * A collection's default URL pattern after the site's `permalink:` (Jekyll's add_permalink_suffix):
 * `pretty` or a pattern ending in `/` adds `/`; `date`, `ordinal`, `none` or a pattern ending in
 * `:output_ext` adds `:output_ext`; anything else (`weekdate` too) adds nothing.
 */
export function permalinkSuffix(template: string, sitePermalink: string): string {
  if (sitePermalink === 'pretty') return `${template}/`;
  if (['date', 'ordinal', 'none'].includes(sitePermalink)) return `${template}:output_ext`;
  if (sitePermalink.endsWith('/')) return `${template}/`;
  if (sitePermalink.endsWith(':output_ext')) return `${template}:output_ext`;
  return template;
}

// The permalink placeholders a date gives, with their strftime directives (none makes a line break).
const DATE_PLACEHOLDERS: ReadonlyArray<readonly [string, string]> = [
  ['w_year', '%G'],
  ['w_day', '%u'],
  ['year', '%Y'],
  ['month', '%m'],
  ['i_month', '%-m'],
  ['day', '%d'],
  ['i_day', '%-d'],
  ['short_year', '%y'],
  ['hour', '%H'],
  ['minute', '%M'],
  ['second', '%S'],
  ['y_day', '%j'],
  ['short_day', '%a'],
  ['long_day', '%A'],
  ['week', '%V'],
  ['long_month', '%B'],
  ['short_month', '%b'],
];

/**
 * Fills Jekyll placeholders (`:year`, `:title`, …) and cleans up the resulting URL. As in Jekyll,
 * each value is escaped as a URL path (`my docs` → `my%20docs`) and the pattern's own text is kept
 * as written: a `permalink: /my docs/` is the URL `/my docs/`, written to `my docs/index.html`.
 */
export function expandPermalink(template: string, values: Readonly<Record<string, string>>): string {
  // Longest names first, so that `:title` is not read as `:t` + `itle`.
  const filled = template.replace(/:([a-z_]+)/g, (whole, name: string) => {
    for (let len = name.length; len > 0; len--) {
      const key = name.slice(0, len);
      if (key in values) return escapePath(values[key]!) + name.slice(len);
    }
    return whole;
  });
  return cleanUrl(filled);
}

/** The placeholders of a post's or collection document's URL that are not its date's. */
export type DocumentKey =
  | 'collection'
  | 'path'
  | 'name'
  | 'title'
  | 'slug'
  | 'categories'
  | 'slugified_categories'
  | 'output_ext';
const DATE_DIRECTIVES: ReadonlyMap<string, string> = new Map(DATE_PLACEHOLDERS);
// The names of DocumentKey: Jekyll's placeholders (config/permalink-placeholders.ts) but the date's.
const DOCUMENT_KEYS: ReadonlySet<string> = new Set(
  [...DOCUMENT_PLACEHOLDERS].filter((key) => !DATE_DIRECTIVES.has(key)),
);

/**
 * A post's or collection document's permalink pattern, cut into its text and placeholders once
 * (kept per pattern): each placeholder is read longest name first among those a document has (its
 * own and its date's), as expandPermalink reads it, so a document computes only the values its
 * pattern reads and fills it by walking the pieces.
 */
export interface DocumentPermalink {
  /** The document placeholders the pattern reads. */
  readonly reads: ReadonlySet<DocumentKey>;
  /** The URL for a document's values (those `reads` names) and date. */
  expand(values: Readonly<Partial<Record<DocumentKey, string>>>, date: number, zone: Zone): string;
}

// A placeholder as read: the value's name, and the text after it (`:month_` is `month` then `_`).
interface Slot {
  readonly key: DocumentKey;
  /** For a date placeholder, its place among the date's values, else -1. */
  readonly dateAt: number;
  readonly rest: string;
}

class CutPermalink implements DocumentPermalink {
  readonly reads = new Set<DocumentKey>();
  private readonly pieces: Array<string | Slot> = [];
  // The date placeholders read, and their directives as one format (a line break between).
  private readonly dateKeys: string[] = [];
  private readonly dateFormat: string;

  constructor(template: string) {
    const directives: string[] = [];
    let text = '';
    let last = 0;
    for (const m of template.matchAll(/:([a-z_]+)/g)) {
      const name = m[1]!;
      text += template.slice(last, m.index);
      last = m.index + m[0].length;
      let len = name.length;
      while (len > 0 && !DOCUMENT_KEYS.has(name.slice(0, len)) && !DATE_DIRECTIVES.has(name.slice(0, len))) len--;
      if (len === 0) {
        text += m[0];
        continue;
      }
      const key = name.slice(0, len);
      let dateAt = -1;
      if (DATE_DIRECTIVES.has(key)) {
        dateAt = this.dateKeys.indexOf(key);
        if (dateAt < 0) {
          dateAt = this.dateKeys.push(key) - 1;
          directives.push(DATE_DIRECTIVES.get(key)!);
        }
      } else this.reads.add(key as DocumentKey);
      if (text) this.pieces.push(text);
      text = '';
      this.pieces.push({ key: key as DocumentKey, dateAt, rest: name.slice(len) });
    }
    text += template.slice(last);
    if (text) this.pieces.push(text);
    this.dateFormat = directives.join('\n');
  }

  expand(values: Readonly<Partial<Record<DocumentKey, string>>>, date: number, zone: Zone): string {
    const dates = this.dateKeys.length ? strftime(date, this.dateFormat, zone).split('\n') : [];
    let filled = '';
    for (const piece of this.pieces) {
      if (typeof piece === 'string') filled += piece;
      // A date's values need no escape; a document's are escaped, the pattern's text is not.
      else filled += (piece.dateAt < 0 ? escapePath(values[piece.key]!) : dates[piece.dateAt]) + piece.rest;
    }
    return cleanUrl(filled);
  }
}

const cutPermalinks = new Map<string, CutPermalink>();

/** `template` cut into pieces (kept, up to 256 patterns). */
export function documentPermalink(template: string): DocumentPermalink {
  let cut = cutPermalinks.get(template);
  if (!cut) {
    cut = new CutPermalink(template);
    if (cutPermalinks.size >= 256) cutPermalinks.clear();
    cutPermalinks.set(template, cut);
  }
  return cut;
}

// A path with nothing to escape (most are): one test instead of cutting it into segments.
const SAFE_PATH = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*$/;

/**
 * A filled pattern as a URL, sanitized as Jekyll's URL does it: a leading `/`, every `..` made a
 * `/` and then every `./` dropped (so `Mr./` is `Mr`, `/dots.../` is `/dots/`, and no URL climbs
 * out of the site), and no empty segment.
 */
export function cleanUrl(filled: string): string {
  let url = `/${filled}`;
  if (url.includes('.')) url = url.replaceAll('..', '/').replaceAll('./', '');
  return url.includes('//') ? url.replace(/\/{2,}/g, '/') : url;
}

/** A placeholder's value as it stands in a URL (Jekyll's URL.escape_path): each segment escaped. */
export function escapePath(value: string): string {
  if (SAFE_PATH.test(value)) return value;
  return value.split('/').map(escapeSegment).join('/');
}

// A segment with nothing to escape.
const SAFE_SEGMENT = /^[A-Za-z0-9\-._~!$&'()*+,;=:@?]*$/;

// Like Jekyll's URL.escape_path (Addressable's URI.encode of the value): keep what is safe in a
// path, percent-encode the rest. A `%` is always escaped, so a name holding `%20` keeps it in its
// file (`e%20f.md` is the URL `/e%2520f/`, written to `e%20f/`); a `?` stays, as it starts the
// URI's query, where `?` is allowed. Characters outside the BMP (emoji) are one code point, not
// two halves, so they encode.
function escapeSegment(segment: string): string {
  if (SAFE_SEGMENT.test(segment)) return segment; // most are: one test instead of a replace
  return segment.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@?]/gu, (c) => encodeURIComponent(c));
}

/** A URL's path as text; an escape that is no UTF-8 (`%FF`) stays as it is written. */
export function decodePath(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/**
 * A post's or document's `id`, as Jekyll makes it: the folder of its URL (Ruby's File.dirname,
 * so `/a/b/` → `/a`) joined with its slug (front matter `slug:`, else the file's).
 */
export function documentId(url: string, slug: unknown): string {
  const trimmed = url.replace(/\/+$/, '');
  return `${trimmed.slice(0, trimmed.lastIndexOf('/'))}/${String(slug)}`;
}

// A path with a `.`, `..` or empty segment inside (most have none: one test instead of cutting).
const DOT_OR_EMPTY_SEGMENT = /\/\/|(?:^|\/)\.\.?(?:\/|$)/;

/**
 * A URL's path under the destination, as Jekyll's in_dest_dir reads it (File.expand_path from the
 * root): unescaped, without `.` and empty segments, each `..` taking the one before it away, never
 * above the root (`/%2e%2e/x/` is `x`), and without its ends' slashes. A sanitized URL has no `..`
 * but one an escape makes.
 */
function destinationPath(url: string): string {
  const path = decodePath(url);
  if (!DOT_OR_EMPTY_SEGMENT.test(path)) return path.replace(/^\/+|\/+$/g, '');
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '' && segment !== '.') out.push(segment);
  }
  return out.join('/');
}

/** Where a URL is written under the destination: `/x/` → `x/index.html`, `/x` → `x.html`. */
export function outputPathFor(url: string, outputExt: string): string {
  let path = destinationPath(url);
  if (path === '' || url.endsWith('/')) return path ? `${path}/index.html` : 'index.html';
  if (!path.endsWith(outputExt) && !/\.[A-Za-z0-9]+$/.test(path.slice(path.lastIndexOf('/') + 1))) path += outputExt;
  return path;
}

/**
 * Where a post or collection document is written (Jekyll's Document#destination): `/x/` →
 * `x/index.html`, whatever it converts to; otherwise the URL with its extension added unless it
 * ends with it already. The extension is that of the front matter's `permalink` when it names one
 * (`/feed.json`), else the converter's (`.html` for Markdown), whatever dots the URL has
 * (`/Soup.Of.Day` → `Soup.Of.Day.html`). A page (`page`: Jekyll's Page#destination) writes `/x/`
 * as `x/index` with its extension (`x/index.txt`).
 */
export function documentOutputPath(url: string, permalink: unknown, converterExt: string, page = false): string {
  const ext = permalinkExtension(permalink) || converterExt;
  let path = destinationPath(url);
  if (url.endsWith('/')) {
    const folder = path ? `${path}/` : '';
    if (!page) return `${folder}index.html`;
    path = `${folder}index`;
  }
  return path.endsWith(ext) ? path : path + ext;
}

/** The extension a front matter `permalink` names (`/feed.json`), or '' (none, a folder's, not text). */
export function permalinkExtension(permalink: unknown): string {
  return typeof permalink === 'string' && !permalink.endsWith('/') ? rubyExtname(permalink) : '';
}

/** Jekyll's `html?`: the output extensions of HTML pages. */
export function isHtmlExtension(ext: string): boolean {
  return ext === '.html' || ext === '.htm' || ext === '.xhtml';
}

/** Jekyll's `markdown_ext`, matched whatever the case (`README.MD` is Markdown). */
const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mkdown', '.mkdn', '.mkd'];

/** Whether a page or document at `path` is Markdown, by its extension. */
export function isMarkdownPath(path: string): boolean {
  return MARKDOWN_EXTENSIONS.includes(rubyExtname(path).toLowerCase());
}

/**
 * The extension a source file is written with: a converted one's (Markdown and Nunjucks give
 * `.html`, Sass `.css`), else its own as written, as Jekyll keeps `a.htm` and `b.HTML`; none for
 * `CNAME`, `.htaccess` or `v2.0/notes` (Ruby's File.extname).
 */
export function outputExtension(path: string): string {
  const own = rubyExtname(path);
  const ext = own.toLowerCase();
  if (ext === '.scss' || ext === '.sass') return '.css';
  return ext === '.njk' || MARKDOWN_EXTENSIONS.includes(ext) ? '.html' : own;
}

/**
 * The `permalink` a page or document is placed by: in a jekyll-multiple-languages language's build,
 * its `permalink_LANG` when it has one and a `permalink` (the plugin's Permalink#permalink); its
 * data keeps `permalink` as written (`page.permalink`, `{% tl %}`). `permalink: false` is none, as
 * Ruby's truthiness makes it in Jekyll's URL.
 */
export function placedPermalink(config: Config, data: Readonly<Record<string, unknown>>): unknown {
  const own = data.permalink === false ? null : data.permalink;
  const pass = config.languagePass;
  if (!pass || own === undefined || own === null) return own;
  const translated = data[`permalink_${pass.lang}`];
  return translated === undefined || translated === null || translated === false ? own : translated;
}

/** The data with `permalink` as placedPermalink gives it (the same object when that is unchanged). */
export function withPlacedPermalink<T extends Readonly<Record<string, unknown>>>(config: Config, data: T): T {
  const placed = placedPermalink(config, data);
  return placed === data.permalink ? data : { ...data, permalink: placed };
}
