import type { ConfigFail, RelativeLinksConfig } from './types.js';
import { describe, switchValue } from './values.js';

const KEY = 'relative_links';

const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/**
 * `relative_links:` as jekyll-relative-links reads it: on unless `enabled: false`, posts and
 * collection documents only with `collections: true`, `exclude:` a list of paths or globs. Where
 * the plugin fails (`relative_links: true`) or reads a text as on, kiln stops at the value.
 */
export function readRelativeLinks(v: unknown, fail: ConfigFail): RelativeLinksConfig {
  if (v !== undefined && v !== null && !isMapping(v))
    throw fail(`${KEY} must be a mapping such as { enabled: true, collections: true }, not ${describe(v)}`, KEY);
  const raw = v ?? {};
  const flag = (name: string, unset: boolean) => {
    const value = raw[name];
    if (value === undefined || value === null) return unset;
    const on = switchValue(value);
    if (on === null) throw fail(`${KEY}.${name} must be true or false, not ${describe(value)}`, `${KEY}.${name}`);
    return on;
  };
  const exclude = raw.exclude;
  if (
    exclude !== undefined &&
    exclude !== null &&
    (!Array.isArray(exclude) || exclude.some((p) => typeof p === 'object' && p !== null))
  )
    throw fail(`${KEY}.exclude must be a list of paths, such as [drafts/, "*.markdown"]`, `${KEY}.exclude`);
  return {
    enabled: flag('enabled', true),
    collections: flag('collections', false),
    exclude: Array.isArray(exclude) ? exclude.filter((p) => p !== null).map(String) : [],
  };
}
