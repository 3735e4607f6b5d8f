import type { ArchivesConfig, ArchiveType, ConfigFail } from './types.js';
import { describe } from './values.js';

/** The kinds of archive, in the order jekyll-archives makes them, with their `enabled:` names. */
export const ARCHIVE_TYPES: ReadonlyArray<readonly [ArchiveType, string]> = [
  ['tag', 'tags'],
  ['category', 'categories'],
  ['year', 'year'],
  ['month', 'month'],
  ['day', 'day'],
];

// jekyll-archives' own defaults, which the site's `jekyll-archives:` is merged over.
const PERMALINKS: Readonly<Record<ArchiveType, string>> = {
  year: '/:year/',
  month: '/:year/:month/',
  day: '/:year/:month/:day/',
  tag: '/tag/:name/',
  category: '/category/:name/',
};

const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/**
 * `jekyll-archives:` merged over the plugin's defaults. Jekyll makes no archive for an `enabled`
 * it does not understand (`5`, `tag` for `tags`); kiln stops at it, as a typo is the likely cause.
 */
export function readArchives(v: unknown, fail: ConfigFail): ArchivesConfig {
  const key = 'jekyll-archives';
  if (v !== undefined && v !== null && !isMapping(v))
    throw fail(`${key} must be a mapping such as { enabled: [tags, categories] }`, key);
  const raw = v ?? {};
  const names = ARCHIVE_TYPES.map(([, name]) => name);
  const enabled = raw.enabled;
  let on: string[];
  if (enabled === true || enabled === 'all') on = names;
  else if (enabled === undefined || enabled === null || enabled === false) on = [];
  else if (Array.isArray(enabled)) {
    on = enabled.map(String);
    const wrong = on.find((name) => !names.includes(name));
    if (wrong !== undefined)
      throw fail(`${key}.enabled: unknown archive "${wrong}" (known: all, ${names.join(', ')})`, `${key}.enabled`);
  } else
    throw fail(
      `${key}.enabled must be all or a list of ${names.join(', ')}, not ${describe(enabled)}`,
      `${key}.enabled`,
    );
  for (const part of ['layouts', 'permalinks'])
    if (raw[part] !== undefined && raw[part] !== null && !isMapping(raw[part]))
      throw fail(`${key}.${part} must be a mapping of archive type (year, tag, …) to a value`, `${key}.${part}`);
  const layouts = isMapping(raw.layouts) ? raw.layouts : {};
  const permalinks = isMapping(raw.permalinks) ? raw.permalinks : {};
  const types = {} as Record<ArchiveType, { layout: unknown; permalink: string }>;
  for (const [type] of ARCHIVE_TYPES) {
    const permalink = permalinks[type] ?? PERMALINKS[type];
    if (typeof permalink !== 'string' || !permalink)
      throw fail(
        `${key}.permalinks.${type} must be a URL pattern such as ${PERMALINKS[type]}, not ${describe(permalink)}`,
        `${key}.permalinks.${type}`,
      );
    // A layout for the type when it names one (any value Ruby finds true), else `layout`.
    const own = layouts[type];
    const layout = own !== undefined && own !== null && own !== false ? own : 'layout' in raw ? raw.layout : 'archive';
    types[type] = { layout, permalink };
  }
  return { enabled: ARCHIVE_TYPES.filter(([, n]) => on.includes(n)).map(([t]) => t), types };
}
