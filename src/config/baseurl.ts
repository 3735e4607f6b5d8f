import type { Config } from './types.js';

/**
 * `baseurl` as Jekyll's URL filters read it: the text as written (nothing when unset), one
 * trailing slash dropped (`/blog/` is `/blog`, `/blog//` is `/blog/`); `config.baseurl` is kiln's
 * own, every trailing slash dropped and a leading one added.
 */
export function filtersBaseurl(config: Config): string {
  const v = config.siteData.baseurl;
  return v === undefined || v === null ? '' : String(v).replace(/\/$/, '');
}

/** kiln's `config.baseurl`: every trailing slash dropped and a leading one added (`blog/` → `/blog`). */
export function normalizeBaseurl(b: string): string {
  const trimmed = b.replace(/\/+$/, '');
  if (!trimmed) return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}
