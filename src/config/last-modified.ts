import type { ConfigFail } from './types.js';

/** The plugin's format when the site names none. */
const DEFAULT_FORMAT = '%d-%b-%y';

/**
 * `last-modified-at: { date-format: … }`, the strftime format of `{% last_modified_at %}` without
 * one of its own. A value the plugin would fail on (no mapping, a format that is no text) fails here.
 */
export function readLastModifiedFormat(v: unknown, fail: ConfigFail): string {
  if (v === undefined || v === null) return DEFAULT_FORMAT;
  if (typeof v !== 'object' || Array.isArray(v) || v instanceof Date)
    throw fail("last-modified-at must be a mapping such as { date-format: '%Y-%m-%d' }", 'last-modified-at');
  const format = (v as Record<string, unknown>)['date-format'];
  if (format === undefined || format === null) return DEFAULT_FORMAT;
  if (typeof format !== 'string')
    throw fail(
      "last-modified-at.date-format must be a strftime text such as '%Y-%m-%d'",
      'last-modified-at.date-format',
    );
  return format;
}
