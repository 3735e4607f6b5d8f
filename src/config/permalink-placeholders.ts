import { createRequire } from 'node:module';

// CommonJS, required: an import would first have Node scan its source for export names.
const { closest, distance } = createRequire(import.meta.url)(
  'fastest-levenshtein',
) as typeof import('fastest-levenshtein');

/**
 * The placeholders of a post's or collection document's permalink: what Jekyll 4's URL drop
 * answers. Jekyll reads a placeholder as the whole run of lowercase letters and `_` after the
 * colon (`:month_` may also be `:month` then `_`) and fails the build on any other; a page's
 * permalink is not checked (Jekyll keeps what it does not know as written).
 */
export const DOCUMENT_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'collection',
  'path',
  'name',
  'title',
  'slug',
  'categories',
  'slugified_categories',
  'year',
  'month',
  'day',
  'hour',
  'minute',
  'second',
  'i_day',
  'i_month',
  'short_month',
  'long_month',
  'short_year',
  'w_year',
  'week',
  'w_day',
  'short_day',
  'long_day',
  'y_day',
  'output_ext',
]);

/** The first placeholder of a document's permalink pattern that Jekyll does not know (`:nonsense`), or null. */
export function unknownPlaceholder(template: string): string | null {
  for (const m of template.matchAll(/:([a-z_]+)/g)) {
    const name = m[1]!;
    if (!DOCUMENT_PLACEHOLDERS.has(name) && !(name.endsWith('_') && DOCUMENT_PLACEHOLDERS.has(name.slice(0, -1))))
      return `:${name}`;
  }
  return null;
}

/** The error message for it, with the name meant when one is close. */
export function unknownPlaceholderMessage(placeholder: string): string {
  const name = placeholder.slice(1);
  const near = closest(name, [...DOCUMENT_PLACEHOLDERS]);
  const hint =
    distance(name, near) <= 2
      ? `did you mean :${near}?`
      : `Jekyll's are ${[...DOCUMENT_PLACEHOLDERS].map((p) => `:${p}`).join(', ')}`;
  return `permalink: ${placeholder} is not a placeholder of a document's URL (${hint})`;
}
