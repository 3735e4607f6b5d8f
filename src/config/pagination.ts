import { deepMergeHashes, isMapping } from '../shared/deep-merge.js';
import type { KilnError } from '../shared/errors.js';
import { rubySplit, rubyStrip } from '../shared/ruby-text.js';
import type { ConfigFail, PaginationSettings } from './types.js';
import { describe } from './values.js';

/** jekyll-paginate-v2's own defaults, which `pagination:` in _config.yml and then a page's own are merged over. */
export const PAGINATION_DEFAULTS: Readonly<Record<string, unknown>> = {
  enabled: false,
  collection: 'posts',
  offset: 0,
  per_page: 10,
  permalink: '/page:num/',
  title: ':title - page :num',
  page_num: 1,
  sort_reverse: false,
  sort_field: 'date',
  limit: 0,
  trail: { before: 0, after: 0 },
  indexpage: null,
  extension: 'html',
  debug: false,
  legacy: false,
};

/**
 * `pagination:` merged over the plugin's defaults, for a site that lists jekyll-paginate-v2.
 * Jekyll fails on a `pagination:` that is no mapping, and on any `paginate:` beside the plugin
 * (its compatibility mode for jekyll-paginate's settings expired in 2018).
 */
export function readPagination(raw: Readonly<Record<string, unknown>>, fail: ConfigFail): Record<string, unknown> {
  if (raw.paginate !== undefined && raw.paginate !== null)
    throw fail(
      "paginate is jekyll-paginate's setting, and jekyll-paginate-v2 (listed in plugins) fails on it: remove paginate (and paginate_path) and give pagination: { enabled: true, per_page: N } in _config.yml and pagination: { enabled: true } in the page to paginate",
      'paginate',
    );
  const own = raw.pagination;
  if (own !== undefined && own !== null && !isMapping(own))
    throw fail('pagination must be a mapping such as { enabled: true, per_page: 10 }', 'pagination');
  const merged = deepMergeHashes(PAGINATION_DEFAULTS, own ?? {});
  paginationSettings(merged, (message, key) => fail(message, `pagination.${key}`));
  return merged;
}

/** Ruby's truth: everything but nil and false. */
const truthy = (v: unknown) => v !== undefined && v !== null && v !== false;

/**
 * The settings of one paginated page from its merged `pagination:` (the plugin's defaults, the
 * site's, the page's). A value the plugin cannot use (it fails on it, or makes no page of it) is
 * an error: `fail(message, key)` names the key (`per_page`, `trail.before`) where it is.
 */
export function paginationSettings(
  merged: Readonly<Record<string, unknown>>,
  fail: (message: string, key: string) => KilnError,
): PaginationSettings {
  // The plugin reads numbers with Ruby's `to_i`: kiln takes whole numbers, also written as text.
  const whole = (key: string, value: unknown, min: number): number => {
    if (value === null || value === undefined) return 0;
    const n = typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min)
      throw fail(`pagination.${key} must be a whole number${min > 0 ? ' above 0' : ''}, not ${describe(value)}`, key);
    return n;
  };
  const text = (key: string, example: string): string | null => {
    const value = merged[key];
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string')
      throw fail(`pagination.${key} must be a text such as ${example}, not ${describe(value)}`, key);
    return value;
  };
  const trail = merged.trail;
  if (trail !== null && trail !== undefined && trail !== false && !isMapping(trail))
    throw fail(`pagination.trail must be a mapping such as { before: 2, after: 2 }, not ${describe(trail)}`, 'trail');
  const indexpage = text('indexpage', 'index');
  // The plugin cuts `indexpage` at its first dot (`main.html` is `main`): nothing left fails it.
  const indexName = indexpage === null ? '' : rubySplit(indexpage, /\./)[0];
  if (indexName === undefined)
    throw fail(`pagination.indexpage must be a file name such as index, not ${describe(indexpage)}`, 'indexpage');
  const extension = text('extension', 'html');
  const sortField = merged.sort_field;
  if (isMapping(sortField) || Array.isArray(sortField))
    throw fail(`pagination.sort_field must be a field name such as date, not ${describe(sortField)}`, 'sort_field');
  return {
    enabled: truthy(merged.enabled),
    collections: collectionNames(merged.collection, fail),
    perPage: whole('per_page', merged.per_page, 1),
    // A negative offset or limit is none, as in the plugin; a limit of false too.
    offset: Math.max(0, whole('offset', merged.offset, Number.NEGATIVE_INFINITY)),
    limit: merged.limit === false ? 0 : Math.max(0, whole('limit', merged.limit, Number.NEGATIVE_INFINITY)),
    permalink: text('permalink', '/page:num/')!,
    title: text('title', '":title - page :num"')!,
    sortField: truthy(sortField) ? String(sortField) : null,
    sortReverse: truthy(merged.sort_reverse),
    trail: isMapping(trail)
      ? {
          before: Math.max(0, whole('trail.before', trail.before, Number.NEGATIVE_INFINITY)),
          after: Math.max(0, whole('trail.after', trail.after, Number.NEGATIVE_INFINITY)),
        }
      : { before: 0, after: 0 },
    indexName,
    hasIndexName: indexpage !== null,
    indexExt: extension === null ? '' : extension.startsWith('.') ? extension : `.${extension}`,
    category: filterValues(merged, 'category', fail),
    tag: filterValues(merged, 'tag', fail),
    locale: filterValues(merged, 'locale', fail),
  };
}

/** `collection`: a text of labels split at `,`, `;` or white space, or a list; lower case, as the plugin looks them up. */
function collectionNames(v: unknown, fail: (message: string, key: string) => KilnError): string[] {
  const names = typeof v === 'string' ? rubySplit(v, /;|,|\s/) : v;
  if (!Array.isArray(names) || names.some((n) => typeof n !== 'string'))
    throw fail(
      `pagination.collection must be a collection's name, all, or a list of names, not ${describe(v)}`,
      'collection',
    );
  return (names as string[]).map((n) => rubyStrip(n.toLowerCase()));
}

/** A filter's values (`category: "a, b"` or a list): each must be matched, compared in lower case. */
function filterValues(
  merged: Readonly<Record<string, unknown>>,
  key: 'category' | 'tag' | 'locale',
  fail: (message: string, key: string) => KilnError,
): string[] | null {
  const v = merged[key];
  if (v === null || v === undefined) return null;
  const values = typeof v === 'string' ? rubySplit(v, /;|,/) : v;
  if (!Array.isArray(values) || values.some((x) => isMapping(x) || Array.isArray(x)))
    throw fail(`pagination.${key} must be a name or a list of names, not ${describe(v)}`, key);
  return values.map((x) => rubyStrip((x === null ? '' : String(x)).toLowerCase()));
}
