import { createRequire } from 'node:module';

// CommonJS, required: an import would first have Node scan its source for export names.
const { closest, distance } = createRequire(import.meta.url)(
  'fastest-levenshtein',
) as typeof import('fastest-levenshtein');

/** One command-line flag: its long name, the short one Hugo and Jekyll users expect, its help line. */
export interface Flag {
  readonly name: string;
  readonly short?: string;
  readonly type: 'string' | 'boolean';
  /** What a string flag takes, for the help (`DIR`, `N`). */
  readonly value?: string;
  readonly help: string;
}

export interface Command {
  readonly name: string;
  /** The positional arguments, for the usage line (`"TITLE"`). */
  readonly args?: string;
  /** How many positional arguments it takes. */
  readonly positionals: readonly [min: number, max: number];
  readonly summary: string;
  /** A paragraph or two for `kiln COMMAND --help`. */
  readonly about: string;
  readonly flags: readonly Flag[];
}

const SOURCE: Flag = {
  name: 'source',
  short: 's',
  type: 'string',
  value: 'DIR',
  help: "the site's folder (default .)",
};
const DESTINATION: Flag = {
  name: 'destination',
  short: 'd',
  type: 'string',
  value: 'DIR',
  help: 'where the site is written (default content, or destination: in _config.yml)',
};
const CONFIG: Flag = {
  name: 'config',
  type: 'string',
  value: 'FILES',
  help: 'the configuration file (default SOURCE/_config.yml); a.yml,b.yml merges them, later keys winning',
};
const DRAFTS: Flag = {
  name: 'drafts',
  short: 'D',
  type: 'boolean',
  help: 'include the posts in _drafts/, dated at their modification time',
};
const FUTURE: Flag = { name: 'future', short: 'F', type: 'boolean', help: 'include posts dated in the future' };
const QUIET: Flag = {
  name: 'quiet',
  short: 'q',
  type: 'boolean',
  help: 'print nothing but the result line and errors (no progress, no summary)',
};
const STRICT: Flag = {
  name: 'strict',
  type: 'boolean',
  help: 'every warning is an error (as strict: true in _config.yml)',
};
const UNPUBLISHED: Flag = {
  name: 'unpublished',
  type: 'boolean',
  help: 'include posts and pages with published: false (as unpublished: true in _config.yml)',
};
const BASEURL: Flag = {
  name: 'baseurl',
  short: 'b',
  type: 'string',
  value: 'URL',
  help: 'serve the site under this path (over baseurl: in _config.yml), as jekyll build --baseurl',
};
const TIMINGS: Flag = { name: 'timings', type: 'boolean', help: 'print the time each pipeline stage took, on stderr' };
const HELP: Flag = { name: 'help', short: 'h', type: 'boolean', help: 'show this help' };

/**
 * Jekyll's own build flags, which scripts written for it pass: taken, and each does what it can
 * in kiln (`--limit_posts`, `--profile`, `--disable-disk-cache`), or nothing where kiln always
 * does what it asks for (`--incremental`: only changes are written; `--trace`: no stack traces
 * to show) or has nothing to do (`--safe`: no Ruby plugins run).
 */
const JEKYLL_FLAGS: readonly Flag[] = [
  {
    name: 'limit_posts',
    type: 'string',
    value: 'N',
    help: 'build only the newest N posts (over limit_posts: in _config.yml), as jekyll build --limit_posts',
  },
  {
    name: 'profile',
    type: 'boolean',
    help: 'the time each pipeline stage took, on stderr (Jekyll’s flag for its render profile)',
  },
  {
    name: 'disable-disk-cache',
    type: 'boolean',
    help: 'keep no rendered Markdown for the next build (as Jekyll’s flag for its own cache)',
  },
  {
    name: 'incremental',
    short: 'I',
    type: 'boolean',
    help: 'taken, as from Jekyll: kiln always writes only what changed',
  },
  {
    name: 'trace',
    short: 't',
    type: 'boolean',
    help: 'taken, as from Jekyll: kiln’s errors are FILE:LINE, no stack trace',
  },
  { name: 'verbose', short: 'V', type: 'boolean', help: 'taken, as from Jekyll (kiln prints the same)' },
  { name: 'safe', type: 'boolean', help: 'taken, as from Jekyll: kiln runs no Ruby plugins' },
  { name: 'strict_front_matter', type: 'boolean', help: 'taken, as from Jekyll: bad front matter is always an error' },
  { name: 'force_polling', type: 'boolean', help: 'taken, as from Jekyll (kiln’s watcher picks its own way)' },
  { name: 'lsi', type: 'boolean', help: 'taken, as from Jekyll, with a warning: related posts are the newest ones' },
];

const BUILD_FLAGS = [SOURCE, DESTINATION, CONFIG, BASEURL, DRAFTS, FUTURE, UNPUBLISHED, STRICT, QUIET, ...JEKYLL_FLAGS];

export const COMMANDS: readonly Command[] = [
  {
    name: 'build',
    positionals: [0, 0],
    summary: 'build the site into the destination',
    about:
      'Builds the whole site and writes only the files that changed. Prints one line on stdout\n' +
      '(N written, M unchanged, K removed in T ms); on a terminal, a progress line on stderr and a\n' +
      'summary first. A build error is printed as FILE:LINE: message and nothing is written.',
    flags: [
      ...BUILD_FLAGS,
      TIMINGS,
      { name: 'watch', short: 'w', type: 'boolean', help: 'keep rebuilding on every change (the same as kiln watch)' },
      HELP,
    ],
  },
  {
    name: 'watch',
    positionals: [0, 0],
    summary: 'build, then rebuild on every change',
    about:
      'Builds, then rebuilds on every change under the source, one line per rebuild. Each rebuild\n' +
      'writes exactly what a clean build would; a failed one leaves the site as it was.',
    flags: [...BUILD_FLAGS, TIMINGS, HELP],
  },
  {
    name: 'serve',
    positionals: [0, 0],
    summary: 'watch, and serve the site with live reload',
    about:
      'Builds into a private temporary folder (never into the destination: the source and its\n' +
      'content/ stay as they are, with --drafts too), serves it under the baseurl on\n' +
      'http://127.0.0.1:4000 (or the next free port) and rebuilds on every change. After a rebuild\n' +
      'only the pages whose output changed reload, and a changed stylesheet is swapped in place.\n' +
      'A failed build is shown over the page, with its source lines, until the next good one.',
    flags: [
      SOURCE,
      CONFIG,
      DRAFTS,
      FUTURE,
      STRICT,
      QUIET,
      {
        name: 'port',
        short: 'p',
        type: 'string',
        value: 'N',
        help: 'the first port to try (default 4000; the next free one is taken if it is busy)',
      },
      {
        name: 'host',
        short: 'H',
        type: 'string',
        value: 'HOST',
        help: 'the address to listen on (default 127.0.0.1, this machine only; others are warned about)',
      },
      { name: 'open', short: 'o', type: 'boolean', help: 'open the site in the browser once it is built' },
      { name: 'livereload', short: 'l', type: 'boolean', help: 'taken, as from Jekyll: pages always reload' },
      ...JEKYLL_FLAGS.filter((f) => f.name !== 'profile'),
      HELP,
    ],
  },
  {
    name: 'new',
    args: '"TITLE"',
    positionals: [1, 1],
    summary: 'write a new post (a draft, unless --publish)',
    about:
      'Writes the draft _drafts/SLUG.md with its front matter and prints its path (kiln serve -D\n' +
      'shows drafts; kiln publish dates it). With --publish it writes _posts/YYYY-MM-DD-SLUG.md,\n' +
      "dated now in the site's zone. Any title gets a slug: letters of any script are\n" +
      'transliterated to ASCII (Ça → ca, Straße → strasse, 你好 → ni-hao); --slug chooses it.\n' +
      'It never overwrites a file.',
    flags: [
      SOURCE,
      CONFIG,
      { name: 'category', short: 'c', type: 'string', value: 'NAME', help: 'the post’s category' },
      { name: 'author', short: 'a', type: 'string', value: 'NAME', help: 'the post’s author (none when not given)' },
      { name: 'slug', type: 'string', value: 'SLUG', help: 'the file name’s slug, instead of one made from the title' },
      { name: 'publish', short: 'P', type: 'boolean', help: 'write to _posts/, dated now, instead of _drafts/' },
      HELP,
    ],
  },
  {
    name: 'publish',
    args: 'DRAFT',
    positionals: [1, 1],
    summary: 'move a draft to _posts/, dated now',
    about:
      "Moves a draft to _posts/YYYY-MM-DD-SLUG.md, dated now in the site's zone (its date: line is\n" +
      'set or added; the rest is kept), and prints the new path. DRAFT is the path, the file name\n' +
      'or the slug of a file in _drafts/.',
    flags: [SOURCE, CONFIG, HELP],
  },
  {
    name: 'check',
    positionals: [0, 0],
    summary: 'check the built site: links, anchors, images, ids, feeds',
    about:
      'Reads the built site and reports each broken link, anchor or image, repeated id and feed\n' +
      'problem at its source file and line as well as the page. Exits 1 if anything was found.\n' +
      'External links are never fetched.',
    flags: [
      SOURCE,
      DESTINATION,
      CONFIG,
      { name: 'external', type: 'boolean', help: 'also list the external links (never fetched)' },
      HELP,
    ],
  },
  {
    name: 'init',
    args: '[DIR]',
    positionals: [0, 1],
    summary: 'write a small starter site into DIR (default .)',
    about:
      'Writes a complete starter site into DIR: _config.yml, layouts, a first post dated today, a\n' +
      'paginated blog with an RSS feed, a home page, an about page, a 404 page and a stylesheet.\n' +
      'DIR must be new, empty, or hold only an npm project (package.json, node_modules) and\n' +
      'dotfiles. The site builds as it is and passes kiln check; then:\n' +
      '  cd DIR && kiln serve',
    flags: [HELP],
  },
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** The closest of the known words, if it is close enough to be what was meant. */
export function suggest(word: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(word, [...known]);
  return distance(word, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** A flag's names as the help shows them: `-s, --source DIR`. */
function flagLabel(f: Flag): string {
  return `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.value ? ` ${f.value}` : ''}`;
}

export function commandHelp(c: Command): string {
  const width = Math.max(...c.flags.map((f) => flagLabel(f).length)) + 2;
  const lines = [
    `kiln ${c.name}: ${c.summary}`,
    '',
    `usage: kiln ${c.name}${c.args ? ` ${c.args}` : ''}${c.flags.length > 1 ? ' [options]' : ''}`,
    '',
    c.about,
    '',
    'options:',
    ...c.flags.map((f) => `  ${flagLabel(f).padEnd(width)}${f.help}`),
  ];
  return `${lines.join('\n')}\n`;
}

export function overallHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    'usage: kiln <command> [options]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    '  kiln <command> --help (or kiln help <command>) explains a command and its flags.',
    '  kiln --version prints the version.',
    '',
  ].join('\n');
}
