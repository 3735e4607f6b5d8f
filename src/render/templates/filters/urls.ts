import type { UrlCache } from '../../../config/types.js';
import { rubyStrip } from '../../../shared/ruby-text.js';
import { cgiEscape, str } from './standard.js';
import type { Filter } from './types.js';
import { normalizeUri, uriEscape } from './uri.js';

/** Whether a URL has a scheme (`https:`, `mailto:`): Addressable's absolute?. */
function isAbsolute(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url);
}

function urlOf(input: unknown): string {
  if (input && typeof input === 'object' && 'url' in input) return str((input as { url: unknown }).url);
  return str(input);
}

/**
 * Jekyll's URL filters: relative_url, absolute_url, cgi_escape, uri_escape, strip_index (`baseurl`: config/baseurl.ts's
 * filtersBaseurl). With `cache` (Jekyll's `site.filter_cache`, kept across the languages of a
 * jekyll-multiple-languages site), a text input's first result is its result ever after, whatever
 * the baseurl then; absolute_url reads relative_url's as Jekyll's does.
 */
export function urlFilters(url: string, baseurl: string, cache?: UrlCache): Record<string, Filter> {
  const slash = (s: string) => (s === '' || s.startsWith('/') ? s : `/${s}`);
  const computeRelative = (input: unknown) => {
    const s = urlOf(input);
    if (isAbsolute(s)) return s;
    return normalizeUri(rubyStrip(slash(baseurl) + slash(s)));
  };
  const relative = (input: unknown) => {
    if (input === undefined || input === null) return input;
    return cached(cache?.relative, input, computeRelative);
  };
  const computeAbsolute = (input: unknown) => {
    const s = urlOf(input);
    if (isAbsolute(s)) return s;
    if (!url) return str(relative(s));
    return normalizeUri(rubyStrip(url + str(relative(s))));
  };
  return {
    relative_url: relative,
    absolute_url: (input: unknown) => {
      if (input === undefined || input === null) return input;
      return cached(cache?.absolute, input, computeAbsolute);
    },
    cgi_escape: (input: unknown) => cgiEscape(str(input)),
    uri_escape: (input: unknown) => uriEscape(str(input)),
    // `/docs/index.html` → `/docs/` (Ruby's `$` is a line's end); nothing for nil or "".
    strip_index: (input: unknown) => {
      const s = input === undefined || input === null ? '' : str(input);
      return s === '' ? null : s.replace(/\/index\.html?$/m, '/');
    },
  };
}

/** A text input's result from the cache, computed and kept there the first time. */
function cached(cache: Map<string, string> | undefined, input: unknown, compute: (input: unknown) => string): string {
  if (!cache || typeof input !== 'string') return compute(input);
  let out = cache.get(input);
  if (out === undefined) cache.set(input, (out = compute(input)));
  return out;
}
