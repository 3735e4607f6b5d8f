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
 * Never site input, whatever the config says: the destination is added at load time, and these
 * are the tool's and the repository's own files.
 */
export const ALWAYS_EXCLUDED = [
  'node_modules',
  'src',
  'test',
  'dist',
  'bench',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vitest.config.ts',
  '_config.yml',
  'Gemfile',
  'Gemfile.lock',
  'vendor',
];
