import { unknownPlaceholder, unknownPlaceholderMessage } from './permalink-placeholders.js';
import type { CollectionConfig } from './types.js';

type Fail = (message: string, key: string) => Error;

/**
 * `collections:` as Jekyll 4 reads it: a list of labels (none of them written) or a mapping of
 * labels to their metadata (`output`, `permalink`, `sort_by`, `order`, and any key of the site's
 * own, shown by `site.collections`). `posts` is Jekyll's own collection and is not listed here.
 */
export function readCollections(v: unknown, fail: Fail): CollectionConfig[] {
  if (v === undefined || v === null) return [];
  const entries: Array<[string, unknown]> = Array.isArray(v)
    ? v.map((label) => [String(label), {}])
    : typeof v === 'object'
      ? Object.entries(v as Record<string, unknown>)
      : [];
  if (entries.length === 0 && typeof v !== 'object')
    throw fail('collections must be a list of names or a mapping of names to settings', 'collections');
  const out: CollectionConfig[] = [];
  for (const [rawLabel, meta] of entries) {
    // Jekyll drops what a label may not hold (it names a folder and a site key).
    const label = rawLabel.replace(/[^a-z0-9_\-.]/gi, '');
    if (label === 'posts' || label === '') continue;
    const metadata =
      meta !== null && typeof meta === 'object' && !Array.isArray(meta) ? (meta as Record<string, unknown>) : {};
    const permalink = metadata.permalink;
    const unknown = permalink === undefined || permalink === null ? null : unknownPlaceholder(String(permalink));
    if (unknown) throw fail(unknownPlaceholderMessage(unknown), `collections.${rawLabel}.permalink`);
    out.push({
      label,
      output: metadata.output !== undefined && metadata.output !== null && metadata.output !== false,
      permalink: permalink === undefined || permalink === null ? null : String(permalink),
      sortBy: typeof metadata.sort_by === 'string' ? metadata.sort_by : null,
      order: Array.isArray(metadata.order) ? metadata.order.map(String) : null,
      metadata,
    });
  }
  return out;
}

/** `collections_dir:` without slashes at its ends ('' for the source itself). */
export function readCollectionsDir(v: unknown): string {
  if (v === undefined || v === null) return '';
  return String(v).replace(/^\.?\/+|\/+$/g, '');
}
