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

const rubyStrip = (s: string) => s.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '');

/** Jekyll's URL filters: relative_url, absolute_url, cgi_escape, uri_escape (`baseurl`: config/baseurl.ts's filtersBaseurl). */
export function urlFilters(url: string, baseurl: string): Record<string, Filter> {
  const slash = (s: string) => (s === '' || s.startsWith('/') ? s : `/${s}`);
  const relative = (input: unknown) => {
    if (input === undefined || input === null) return input;
    const s = urlOf(input);
    if (isAbsolute(s)) return s;
    return normalizeUri(rubyStrip(slash(baseurl) + slash(s)));
  };
  return {
    relative_url: relative,
    absolute_url: (input: unknown) => {
      if (input === undefined || input === null) return input;
      const s = urlOf(input);
      if (isAbsolute(s)) return s;
      if (!url) return relative(s);
      return normalizeUri(rubyStrip(url + str(relative(s))));
    },
    cgi_escape: (input: unknown) => cgiEscape(str(input)),
    uri_escape: (input: unknown) => uriEscape(str(input)),
  };
}
