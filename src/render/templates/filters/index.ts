import type { UrlCache } from '../../../config/types.js';
import type { KeptRenders } from '../../kept.js';
import { Drop, toValue } from '../liquid/liquidjs.js';
import { collectionFilters, type Evaluate } from './collections.js';
import { dateFilters } from './dates.js';
import { withItemInputs } from './item-inputs.js';
import type { KeptResults } from './kept-results.js';
import { inheritDrops } from './ruby.js';
import { type InlineSass, sassFilters } from './sass.js';
import type { SmartifyOptions } from './smartify.js';
import { standardFilters } from './standard.js';
import { textFilters } from './text.js';
import { withTextInputs } from './text-inputs.js';
import type { Filter } from './types.js';
import { urlFilters } from './urls.js';

/** What the filters need to know of the site. */
export interface FilterSettings {
  readonly timezone: string;
  /** The build's clock (ms), for `now`, `today` and texts without a date: not `time:` (config/types.ts). */
  readonly clock: number;
  /** Told each time a filter reads the clock (watch renders such pages again). */
  readonly readsClock?: () => void;
  readonly url: string;
  readonly baseurl: string;
  readonly markdownify: (src: string) => string;
  /** The Jekyll whose filters' output the site expects (`jekyll_version`, default 4). */
  readonly jekyllVersion?: 2 | 3 | 4;
  /** Filters the site's plugins add (plugins/site-plugins.ts); they replace built-in ones of the same name. */
  readonly extra?: ReadonlyMap<string, Filter>;
  /** Jekyll's `site.filter_cache` of a jekyll-multiple-languages site (urls.ts). */
  readonly urlCache?: UrlCache;
  /** The site's `kramdown:` options smartify reads (default: kramdown's, in the dialect of `jekyllVersion`). */
  readonly smartify?: SmartifyOptions;
  /** `xml_escape` of long texts, by this build and (in watch) earlier ones, with their UTF-8. */
  readonly escaped?: KeptResults;
  /** What earlier builds made and this one keeps (kept.ts): templates' code, highlighted code, long escapes. */
  readonly kept?: KeptRenders;
  /** The site's Sass compiler, for scssify and sassify. */
  readonly sass?: InlineSass;
}

/** Jekyll's own filters (dates, URLs, text, collections): the same in both template languages. */
export function jekyllFilters(settings: FilterSettings, evaluate?: Evaluate): Record<string, Filter> {
  return {
    ...dateFilters(settings.timezone, settings.clock, settings.readsClock),
    ...urlFilters(settings.url, settings.baseurl, settings.urlCache),
    ...textFilters(settings.markdownify, settings.jekyllVersion, settings.escaped, settings.kept, settings.smartify),
    ...collectionFilters(evaluate),
    ...(settings.sass ? sassFilters(settings.sass) : {}),
    ...Object.fromEntries(settings.extra ?? []),
  };
}

/**
 * Every filter of a Liquid template, with Ruby Liquid's and Jekyll's results: register these over
 * the engine's own. `evaluate` runs where_exp's and group_by_exp's expressions.
 */
export function liquidFilters(settings: FilterSettings, evaluate: Evaluate): Record<string, Filter> {
  // A site plugin's filter of the same name takes what it takes.
  const own = new Set(settings.extra?.keys());
  const filters = withItemInputs(
    withTextInputs({ ...standardFilters(), ...jekyllFilters(settings, evaluate) }, own),
    own,
  );
  // Filters liquidjs has and Jekyll 4.3 does not: unknown there, so the value passes through.
  for (const name of NOT_IN_JEKYLL) filters[name] = (input: unknown) => input;
  // Ruby counts a filter's arguments: `{{ "a" | append "b" }}` (no colon) gives append none. A
  // list made of lists holding drops holds them too (ruby.ts inheritDrops).
  for (const [name, fn] of Object.entries(filters)) {
    const [min, max] = ARITY[name] ?? [0, Number.POSITIVE_INFINITY];
    filters[name] = function (this: unknown, ...passed: unknown[]) {
      const args = rubyKeywordArguments(this, passed);
      const given = args.length;
      if (given < min || given > max)
        throw new Error(`wrong number of arguments (given ${given}, expected ${min === max ? min : `${min}..${max}`})`);
      // `this` carries the engine's context, which where_exp's expression is evaluated in.
      return inheritDrops(fn.apply(this, args), args);
    };
  }
  return filters;
}

/**
 * The arguments as Ruby Liquid passes them: the `key: value` ones (which liquidjs gives in place,
 * as pairs) gathered into one Hash after the others, as Ruby's Variable does, so that
 * `append: a: 1` appends `{"a"=>1}` and `append: "y", a: 1` is three arguments. The pairs are
 * known from the filter's token, which liquidjs passes as `this`.
 */
function rubyKeywordArguments(self: unknown, args: unknown[]): unknown[] {
  const written = (self as { token?: { args?: unknown[] } } | undefined)?.token?.args;
  if (!written?.some(Array.isArray)) return args;
  // The input comes first, then the arguments as written.
  const positional: unknown[] = [args[0]];
  const keywords: Record<string, unknown> = {};
  args.slice(1).forEach((arg, i) => {
    // liquidjs' `nil` literal is a drop that stands for null.
    if (Array.isArray(written[i]) && Array.isArray(arg))
      keywords[String(arg[0])] = arg[1] instanceof Drop && toValue(arg[1]) === null ? null : arg[1];
    else positional.push(arg);
  });
  return [...positional, keywords];
}

// How many arguments (the input included) each filter takes in Ruby: [least, most].
const ARITY: Record<string, readonly [number, number]> = {
  ...Object.fromEntries(
    'capitalize downcase upcase strip lstrip rstrip strip_newlines newline_to_br escape h escape_once url_encode url_decode base64_encode base64_decode base64_url_safe_encode base64_url_safe_decode strip_html size abs ceil floor first last reverse date_to_xmlschema date_to_rfc822 relative_url absolute_url cgi_escape uri_escape xml_escape markdownify smartify normalize_whitespace inspect to_integer jsonify scssify sassify'
      .split(' ')
      .map((n) => [n, [1, 1] as const]),
  ),
  ...Object.fromEntries(
    'append prepend remove remove_first remove_last split plus minus times divided_by modulo at_least at_most map concat push unshift group_by date'
      .split(' ')
      .map((n) => [n, [2, 2] as const]),
  ),
  ...Object.fromEntries(
    'where where_exp find find_exp group_by_exp replace_last'.split(' ').map((n) => [n, [3, 3] as const]),
  ),
  ...Object.fromEntries('replace replace_first slice'.split(' ').map((n) => [n, [2, 3] as const])),
  ...Object.fromEntries(
    'round join uniq compact sort_natural slugify number_of_words array_to_sentence_string pop shift sample'
      .split(' ')
      .map((n) => [n, [1, 2] as const]),
  ),
  ...Object.fromEntries(
    'truncate truncatewords default date_to_string date_to_long_string sort'
      .split(' ')
      .map((n) => [n, [1, 3] as const]),
  ),
};

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
  const standard = Object.entries(standardFilters(false)).filter(([name]) => !NUNJUCKS_OWN.has(name));
  return { ...Object.fromEntries(standard), ...jekyllFilters(settings, evaluate) };
}
