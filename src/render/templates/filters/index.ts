import { collectionFilters, type Evaluate } from './collections.js';
import { dateFilters } from './dates.js';
import { standardFilters } from './standard.js';
import { textFilters } from './text.js';
import type { Filter } from './types.js';
import { urlFilters } from './urls.js';

/** What the filters need to know of the site. */
export interface FilterSettings {
  readonly timezone: string;
  /** The build's time (ms), for `now`. */
  readonly time: number;
  /** Told each time a filter uses the build time (watch renders such pages again). */
  readonly readsTime?: () => void;
  readonly url: string;
  readonly baseurl: string;
  readonly markdownify: (src: string) => string;
}

/** Jekyll's own filters (dates, URLs, text, collections): the same in both template languages. */
export function jekyllFilters(settings: FilterSettings, evaluate?: Evaluate): Record<string, Filter> {
  return {
    ...dateFilters(settings.timezone, settings.time, settings.readsTime),
    ...urlFilters(settings.url, settings.baseurl),
    ...textFilters(settings.markdownify),
    ...collectionFilters(evaluate),
  };
}

/**
 * Every filter of a Liquid template, with Ruby Liquid's and Jekyll's results: register these over
 * the engine's own. `evaluate` runs where_exp's and group_by_exp's expressions.
 */
export function liquidFilters(settings: FilterSettings, evaluate: Evaluate): Record<string, Filter> {
  const filters: Record<string, Filter> = { ...standardFilters(), ...jekyllFilters(settings, evaluate) };
  // Filters liquidjs has and Jekyll 4.3 does not: unknown there, so the value passes through.
  for (const name of NOT_IN_JEKYLL) filters[name] = (input: unknown) => input;
  return filters;
}

const NOT_IN_JEKYLL = [
  'find_index',
  'find_index_exp',
  'has',
  'has_exp',
  'hmac_sha256',
  'json',
  'raw',
  'reject',
  'reject_exp',
  'sha256',
  'squish',
  'sum',
];

// Nunjucks' built-in filters keep their Nunjucks meaning in Nunjucks templates.
const NUNJUCKS_OWN = new Set(
  'abs batch capitalize center default dictsort dump escape first float forceescape groupby indent int join last length list lower nl2br random reject rejectattr replace reverse round safe select selectattr slice sort string striptags sum title trim truncate upper urlencode urlize wordcount'.split(
    ' ',
  ),
);

/**
 * The filters of a Nunjucks template: Jekyll's, and Liquid's standard ones Nunjucks has no filter
 * of that name for. `evaluate` runs where_exp's expressions (Liquid, as in Jekyll).
 */
export function nunjucksFilters(settings: FilterSettings, evaluate?: Evaluate): Record<string, Filter> {
  const standard = Object.entries(standardFilters()).filter(([name]) => !NUNJUCKS_OWN.has(name));
  return { ...Object.fromEntries(standard), ...jekyllFilters(settings, evaluate) };
}
