import type { Config } from '../config/types.js';

/** `redirect_to` as jekyll-redirect-from reads it: a list's first non-null item; null when unset (nil or false). */
export function redirectTarget(data: Readonly<Record<string, unknown>>): unknown {
  const to = Array.isArray(data.redirect_to) ? data.redirect_to.find((x) => x !== null) : data.redirect_to;
  return to === undefined || to === null || to === false ? null : to;
}

/**
 * The permalink a post or collection document is written by: jekyll-redirect-from merges
 * `permalink: URL` into the data of one it redirects away before Jekyll writes it, so its file
 * takes the URL's own extension (`/20/1/2/v-1.2.3` is written as `v-1.2.3`, not `v-1.2.3.html`).
 */
export function writtenPermalink(config: Config, data: Readonly<Record<string, unknown>>, url: string): unknown {
  if (data.redirect_to === undefined || !config.plugins.has('jekyll-redirect-from')) return data.permalink;
  return redirectTarget(data) === null ? data.permalink : url;
}
