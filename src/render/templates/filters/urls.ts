import { cgiEscape, str } from './standard.js';
import type { Filter } from './types.js';

/** Whether a URL has a scheme (`https:`, `mailto:`): Addressable's absolute?. */
function isAbsolute(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url);
}

function urlOf(input: unknown): string {
  if (input && typeof input === 'object' && 'url' in input) return str((input as { url: unknown }).url);
  return str(input);
}

const NOTHING_TO_ESCAPE = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]*$/;

/** Addressable's normalize_component: escape what a URL cannot hold, keep `%XX` and reserved characters. */
export function uriEscape(s: string): string {
  // Most URLs have nothing to escape: a test is quicker than a replace that finds nothing.
  if (NOTHING_TO_ESCAPE.test(s)) return s;
  return s.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?#%[\]]/gu, (c) => encodeURIComponent(c));
}

/**
 * Addressable's `URI.parse(s).normalize` as relative_url and absolute_url apply it: the text
 * stripped of whitespace at both ends, then escaped, `[` and `]` too (a path, query or fragment
 * cannot hold them).
 */
function normalizeUrl(s: string): string {
  return uriEscape(rubyStrip(s)).replace(/[[\]]/g, (c) => (c === '[' ? '%5B' : '%5D'));
}

const rubyStrip = (s: string) => s.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '');

/** Jekyll's URL filters: relative_url, absolute_url, cgi_escape, uri_escape. */
export function urlFilters(url: string, baseurl: string): Record<string, Filter> {
  const slash = (s: string) => (s === '' || s.startsWith('/') ? s : `/${s}`);
  const relative = (input: unknown) => {
    if (input === undefined || input === null) return input;
    const s = urlOf(input);
    if (isAbsolute(s)) return s;
    return normalizeUrl(slash(baseurl.replace(/\/$/, '')) + slash(s));
  };
  return {
    relative_url: relative,
    absolute_url: (input: unknown) => {
      if (input === undefined || input === null) return input;
      const s = urlOf(input);
      if (isAbsolute(s)) return s;
      if (!url) return relative(s);
      // Addressable's normalize: scheme and host in lower case, a bare host with its root path
      // (relative_url has escaped the path's brackets; an IPv6 host keeps its own).
      const joined = uriEscape(rubyStrip(url + str(relative(s))));
      const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(.*)$/is.exec(joined);
      if (!m) return joined;
      return m[1]!.toLowerCase() + (m[2] || '/');
    },
    cgi_escape: (input: unknown) => cgiEscape(str(input)),
    uri_escape: (input: unknown) => uriEscape(str(input)),
  };
}
