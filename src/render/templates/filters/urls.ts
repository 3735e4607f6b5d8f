import type { Filter } from './types.js';

/** Whether a URL has a scheme (`https:`, `mailto:`) or is protocol-relative. */
function isAbsolute(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

function urlOf(input: unknown): string {
  if (input && typeof input === 'object' && 'url' in input) return String((input as { url: unknown }).url);
  return input === undefined || input === null ? '' : String(input);
}

/** Jekyll's URL filters: relative_url, absolute_url, cgi_escape, uri_escape. */
export function urlFilters(url: string, baseurl: string): Record<string, Filter> {
  const relative = (input: unknown) => {
    const s = urlOf(input);
    if (isAbsolute(s)) return s;
    return baseurl + (s.startsWith('/') ? s : `/${s}`);
  };
  return {
    relative_url: relative,
    absolute_url: (input: unknown) => {
      const s = urlOf(input);
      return isAbsolute(s) ? s : url + relative(s);
    },
    // Ruby's CGI.escape: form encoding, space as `+`.
    cgi_escape: (input: unknown) =>
      encodeURIComponent(String(input ?? ''))
        .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/%20/g, '+'),
    // Addressable's normalize_component: escape what a URL cannot hold, keep `%XX` and reserved characters.
    uri_escape: (input: unknown) =>
      String(input ?? '').replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?#%[\]]/gu, (c) =>
        encodeURIComponent(c),
      ),
  };
}
