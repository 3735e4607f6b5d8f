/** Jekyll's defaults for the keys kiln reads (SPEC §2). */
export const DEFAULTS = {
  baseurl: '',
  url: '',
  timezone: 'UTC',
  permalink: 'date',
  paginatePath: '/page:num',
  excerptSeparator: '\n\n',
  tocLevels: [1, 2, 3, 4, 5, 6],
  destination: 'content',
} as const satisfies Record<string, unknown>;

/**
 * Never site input, whatever the config says (the destination and the config files are added at
 * load time): the npm files of a site built with `npm run build`, which Jekyll would copy.
 */
export const ALWAYS_EXCLUDED = ['package.json', 'package-lock.json'];

/**
 * What Jekyll 4 always adds to `exclude:` (its Configuration's default excludes, concatenated with
 * the site's own); `include:` takes any of them back, as in Jekyll. `vendor/` itself is read: only
 * Bundler's folders in it are not.
 */
export const JEKYLL_EXCLUDES = [
  '.sass-cache',
  '.jekyll-cache',
  'gemfiles',
  'Gemfile',
  'Gemfile.lock',
  'node_modules',
  'vendor/bundle/',
  'vendor/cache/',
  'vendor/gems/',
  'vendor/ruby/',
];
