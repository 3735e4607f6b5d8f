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

// Per template: the date placeholders it can read, and their directives as one format.
const datesRead = new Map<string, { keys: string[]; format: string }>();

/**
 * The values of the date placeholders `template` can read, formatted in one pass: a name is
 * looked up longest first (expandPermalink), so only those that begin one of its placeholders.
 * Formatting all of them cost most of the model stage (17 directives a post).
 */
export function datePlaceholders(template: string, date: number, zone: Zone): Record<string, string> {
  let read = datesRead.get(template);
  if (!read) {
    const names = [...template.matchAll(/:([a-z_]+)/g)].map((m) => m[1]!);
    const used = DATE_PLACEHOLDERS.filter(([key]) => names.some((n) => n.startsWith(key)));
    read = { keys: used.map(([key]) => key), format: used.map(([, directive]) => directive).join('\n') };
    if (datesRead.size >= 64) datesRead.clear();
    datesRead.set(template, read);
  }
  const dates: Record<string, string> = {};
  if (read.keys.length === 0) return dates;
  const formatted = strftime(date, read.format, zone).split('\n');
  read.keys.forEach((key, i) => {
    dates[key] = formatted[i]!;
  });
  return dates;
}

/** Fills Jekyll placeholders (`:year`, `:title`, …) and cleans up the resulting URL. */
export function expandPermalink(template: string, values: Readonly<Record<string, string>>): string {
  // Longest names first, so that `:title` is not read as `:t` + `itle`.
  const filled = template.replace(/:([a-z_]+)/g, (whole, name: string) => {
    for (let len = name.length; len > 0; len--) {
      const key = name.slice(0, len);
      if (key in values) return values[key] + name.slice(len);
    }
    return whole;
  });
  const url = `/${filled}`.replace(/\/{2,}/g, '/');
  return url.split('/').map(escapeSegment).join('/');
}

// A segment with nothing to escape (a `%` may need it).
const SAFE_SEGMENT = /^[A-Za-z0-9\-._~!$&'()*+,;=:@]*$/;

// Like Jekyll's URL.escape_path: keep what is safe in a path, percent-encode the rest.
// A `%` that starts no escape is itself escaped; characters outside the BMP (emoji) are one
// code point, not two halves, so they encode.
function escapeSegment(segment: string): string {
  if (SAFE_SEGMENT.test(segment)) return segment; // most are: one test instead of two replaces
  return segment
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
    .replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@%]/gu, (c) => encodeURIComponent(c));
}

/** A URL's path as text; an escape that is no UTF-8 (`%FF`) stays as it is written. */
function decodePath(url: string): string {
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

/** Where a URL is written under the destination: `/x/` → `x/index.html`, `/x` → `x.html`. */
export function outputPathFor(url: string, outputExt: string): string {
  let path = decodePath(url).replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  if (!path.endsWith(outputExt) && !/\.[A-Za-z0-9]+$/.test(path.slice(path.lastIndexOf('/') + 1))) path += outputExt;
  return path;
}

/**
 * Where a post or collection document is written (Jekyll's Document#destination): `/x/` →
 * `x/index.html`; otherwise the URL with its extension added unless it ends with it already. The
 * extension is that of the front matter's `permalink` when it names one (`/feed.json`), else the
 * converter's (`.html` for Markdown), whatever dots the URL has (`/Soup.Of.Day` → `Soup.Of.Day.html`).
 */
export function documentOutputPath(url: string, permalink: unknown, converterExt: string): string {
  const own = typeof permalink === 'string' && !permalink.endsWith('/') ? extname(permalink) : '';
  const ext = own || converterExt;
  let path = decodePath(url).replace(/^\/+/, '');
  if (url.endsWith('/')) path += 'index';
  return path.endsWith(ext) ? path : path + ext;
}

/** Ruby's File.extname: the last dot of the last segment and what follows, not a leading dot. */
function extname(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 && dot < base.length - 1 ? base.slice(dot) : '';
}

/** The extension a source file is written with. */
export function outputExtension(path: string): string {
  const ext = path.slice(path.lastIndexOf('.')).toLowerCase();
  if (ext === '.scss' || ext === '.sass') return '.css';
  return ['.md', '.markdown', '.njk', '.html', '.htm'].includes(ext) ? '.html' : ext;
}
