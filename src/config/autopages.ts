import { deepMergeHashes, isMapping } from '../shared/deep-merge.js';
import type { AutopageKind, AutopagesConfig, ConfigFail } from './types.js';
import { describe } from './values.js';

const slugifyNone = { mode: 'none', cased: false };

/** jekyll-paginate-v2's defaults for `autopages:`, which the site's is merged over. */
export const AUTOPAGES_DEFAULTS: Readonly<Record<string, unknown>> = {
  enabled: false,
  tags: {
    layouts: ['autopage_tags.html'],
    title: 'Posts tagged with :tag',
    permalink: '/tag/:tag',
    enabled: true,
    slugify: slugifyNone,
  },
  categories: {
    layouts: ['autopage_category.html'],
    title: 'Posts in category :cat',
    permalink: '/category/:cat',
    enabled: true,
    slugify: slugifyNone,
  },
  collections: {
    layouts: ['autopage_collection.html'],
    title: 'Posts in collection :coll',
    permalink: '/collection/:coll',
    enabled: true,
    slugify: slugifyNone,
  },
};

/** The kinds of autopage in the plugin's order: its key, the placeholder of its value, the field it indexes. */
export const AUTOPAGE_KINDS = [
  { kind: 'tags', placeholder: ':tag', setting: 'tag' },
  { kind: 'categories', placeholder: ':cat', setting: 'category' },
  { kind: 'collections', placeholder: ':coll', setting: 'collection' },
] as const;

const truthy = (v: unknown) => v !== undefined && v !== null && v !== false;

/**
 * `autopages:` merged over the plugin's defaults, for a site that lists jekyll-paginate-v2: null
 * unless it is enabled; else the kinds enabled (each of tags, categories and collections is,
 * unless it says otherwise). What the plugin cannot use is an error at its line.
 */
export function readAutopages(v: unknown, fail: ConfigFail): AutopagesConfig | null {
  if (v !== undefined && v !== null && !isMapping(v))
    throw fail(`autopages must be a mapping such as { enabled: true }, not ${describe(v)}`, 'autopages');
  const merged = deepMergeHashes(AUTOPAGES_DEFAULTS, v ?? {});
  if (!truthy(merged.enabled)) return null;
  const kinds: AutopageKind[] = [];
  for (const { kind, placeholder, setting } of AUTOPAGE_KINDS) {
    const raw = merged[kind];
    const at = `autopages.${kind}`;
    if (!isMapping(raw)) throw fail(`${at} must be a mapping such as { enabled: true }, not ${describe(raw)}`, at);
    if (!truthy(raw.enabled)) continue;
    autopageTexts(raw, (message, key) => fail(`${at}.${message}`, `${at}.${key}`));
    const layouts = raw.layouts;
    if (!Array.isArray(layouts) || layouts.some((l) => typeof l !== 'string'))
      throw fail(
        `${at}.layouts must be a list of layout files such as [${kind}.html], not ${describe(layouts)}`,
        `${at}.layouts`,
      );
    const slug = raw.slugify;
    // The plugin reads `mode` and `cased` only from a mapping (a missing mode is Jekyll's default one).
    const mode = isMapping(slug) && slug.mode !== undefined && slug.mode !== null ? String(slug.mode) : 'default';
    const cased = isMapping(slug) && truthy(slug.cased);
    if (slug !== undefined && slug !== null && !isMapping(slug))
      throw fail(`${at}.slugify must be a mapping such as { mode: default }, not ${describe(slug)}`, `${at}.slugify`);
    kinds.push({ kind, placeholder, setting, raw, layouts: layouts as string[], slugify: { mode, cased } });
  }
  return { kinds };
}

/** An autopage's `permalink` and `title` (the site's, or a layout's own `autopages:` over it): texts. */
export function autopageTexts(
  raw: Readonly<Record<string, unknown>>,
  fail: (message: string, key: string) => Error,
): { permalink: string; title: string } {
  for (const key of ['permalink', 'title'])
    if (typeof raw[key] !== 'string') throw fail(`${key} must be a text, not ${describe(raw[key])}`, key);
  return { permalink: raw.permalink as string, title: raw.title as string };
}
