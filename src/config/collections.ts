import { isAbsolute } from 'node:path';
import { unknownPlaceholder, unknownPlaceholderMessage } from './permalink-placeholders.js';
import type { CollectionConfig } from './types.js';
import { describe, switchValue } from './values.js';

type Fail = (message: string, key: string) => Error;

/**
 * `collections:` as Jekyll 4 reads it: a list of labels (none of them written) or a mapping of
 * labels to their metadata (`output`, `permalink`, `sort_by`, `order`, and any key of the site's
 * own, shown by `site.collections`). `posts` is Jekyll's own collection and is not listed here.
 */
export function readCollections(v: unknown, fail: Fail): CollectionConfig[] {
  if (v === undefined || v === null) return [];
  if (typeof v !== 'object') throw fail('collections must be a mapping (or a list) of collection names', 'collections');
  if (Array.isArray(v) && v.some((label) => typeof label === 'object' && label !== null))
    throw fail('collections: a list of collections holds their names, such as [recipes, team]', 'collections');
  const entries: Array<[string, unknown]> = Array.isArray(v)
    ? v.map((label) => [String(label), {}])
    : Object.entries(v as Record<string, unknown>);
  const out: CollectionConfig[] = [];
  for (const [rawLabel, meta] of entries) {
    // Jekyll drops what a label may not hold (it names a folder and a site key).
    const label = rawLabel.replace(/[^a-z0-9_\-.]/gi, '');
    if (label === 'posts' || label === '') continue;
    const key = `collections.${rawLabel}`;
    if (meta !== null && (typeof meta !== 'object' || Array.isArray(meta)))
      throw fail(`${key} must be a mapping of settings, such as { output: true }, not ${describe(meta)}`, key);
    const metadata = (meta ?? {}) as Record<string, unknown>;
    // Any value but false (or no, off) writes the collection, as in Jekyll.
    const output = metadata.output !== undefined && metadata.output !== null && switchValue(metadata.output) !== false;
    const permalink = metadata.permalink;
    if (typeof permalink === 'object' && permalink !== null)
      throw fail(`${key}.permalink must be a single value, not ${describe(permalink)}`, `${key}.permalink`);
    const unknown = permalink === undefined || permalink === null ? null : unknownPlaceholder(String(permalink));
    if (unknown) throw fail(unknownPlaceholderMessage(unknown), `${key}.permalink`);
    if (metadata.order !== undefined && metadata.order !== null && !Array.isArray(metadata.order))
      throw fail(`${key}.order must be a list of file names, not ${describe(metadata.order)}`, `${key}.order`);
    out.push({
      label,
      output,
      permalink: permalink === undefined || permalink === null ? null : String(permalink),
      sortBy: typeof metadata.sort_by === 'string' ? metadata.sort_by : null,
      order: Array.isArray(metadata.order) ? metadata.order.map(String) : null,
      metadata,
    });
  }
  return out;
}

/**
 * `collections.posts`, which Jekyll merges into its own posts collection: its keys as given, and
 * its `permalink`, the pattern posts take instead of the site's (a style name such as `pretty` is
 * no pattern here: Jekyll reads it as it is).
 */
export function readPostsCollection(
  v: unknown,
  fail: Fail,
): { permalink: string | null; metadata: Record<string, unknown> } {
  const none = { permalink: null, metadata: {} };
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return none;
  const key = Object.keys(v).find((k) => k.replace(/[^a-z0-9_\-.]/gi, '') === 'posts');
  const meta = key === undefined ? null : (v as Record<string, unknown>)[key];
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) return none;
  const metadata = meta as Record<string, unknown>;
  const permalink = metadata.permalink;
  if (permalink === undefined || permalink === null) return { permalink: null, metadata };
  if (typeof permalink === 'object')
    throw fail(
      `collections.${key}.permalink must be a single value, not ${describe(permalink)}`,
      `collections.${key}.permalink`,
    );
  const unknown = unknownPlaceholder(String(permalink));
  if (unknown) throw fail(unknownPlaceholderMessage(unknown), `collections.${key}.permalink`);
  return { permalink: String(permalink), metadata };
}

/** `collections_dir:` without slashes at its ends ('' for the source itself): a folder inside the source. */
export function readCollectionsDir(v: unknown, fail: Fail): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object')
    throw fail(`collections_dir must be a single folder, not ${describe(v)}`, 'collections_dir');
  const dir = String(v).replace(/^\.?\/+|\/+$/g, '');
  if (dir.split('/').includes('..') || isAbsolute(String(v)))
    throw fail(`collections_dir must be a folder inside the site, not "${String(v)}"`, 'collections_dir');
  return dir;
}
