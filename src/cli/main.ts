import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from '../build.js';
import { loadConfig } from '../config/load-config.js';
import type { BuildFlags } from '../config/types.js';
import { type RenderStore, renderingProgram } from '../render/kept.js';
import { keepIntlAnswers } from '../shared/dates.js';
import { changedDestination, errorLines } from '../shared/errors.js';
import { createLog, type Log } from '../shared/log.js';
import { cacheDir, privateDir, saveLoadedLater } from './code-cache.js';
import { COMMANDS, type Command, commandHelp, findCommand, overallHelp, suggest } from './commands.js';
import { keptIntlAnswers } from './kept-intl.js';
import { type Colors, colorsFor, createTerminalLog, errorLine, reportLine, type Stream, summary } from './terminal.js';

/** Where a command writes, what environment it sees, and what stops a watch (Ctrl-C when not given). */
export interface CliIo {
  readonly stdout: Stream;
  readonly stderr: Stream;
  readonly env?: NodeJS.ProcessEnv;
  readonly stop?: Promise<void>;
  /**
   * The installed command's kiln cache folder (private to the user) and its program's hash:
   * `kiln build` keeps what it rendered there (render/kept.ts). Commands run in-process keep none.
   */
  readonly kept?: { readonly dir: string; readonly programHash: string };
  /**
   * The installed command's own process: its `kiln build` of many posts may change V8's settings
   * while it runs (shared/compiler-flags.ts). Commands run in-process leave their host's as they
   * are, and a watch keeps V8's defaults (its rebuilds run the code its first build optimized).
   */
  readonly tuneCompiler?: boolean;
}

const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

type Values = Record<string, string | boolean | undefined>;

/** One command's run: its parsed flags and the streams, coloured where they are terminals. */
interface Run {
  readonly values: Values;
  readonly positionals: string[];
  readonly flags: BuildFlags;
  out(text: string): void;
  err(text: string): void;
  /** Each error line, with its place in bold on a terminal. */
  errors(lines: readonly string[]): void;
  readonly outColors: Colors;
  readonly errColors: Colors;
  readonly io: CliIo;
}

/** Runs one command and returns the exit code: 0 ok, 1 build error, 2 bad usage. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const env = io.env ?? process.env;
  const out = (text: string) => void io.stdout.write(text);
  const err = (text: string) => void io.stderr.write(text);
  const [first, ...rest] = argv;
  if (first === undefined) return usageError(err, 'no command given');
  if (first === '--version' || first === '-v' || first === 'version') {
    out(`kiln ${version()}\n`);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const about = rest[0] === undefined ? undefined : findCommand(rest[0]);
    if (rest[0] !== undefined && !about) return unknownCommand(err, rest[0]);
    out(about ? commandHelp(about) : overallHelp());
    return 0;
  }
  const command = findCommand(first);
  if (!command) return unknownCommand(err, first);
  const parsed = parse(command, rest);
  if (typeof parsed === 'string') {
    err(`kiln ${command.name}: ${parsed}\n(kiln ${command.name} --help lists its flags)\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(commandHelp(command));
    return 0;
  }
  const limit = values.limit_posts as string | undefined;
  if (limit !== undefined && !/^\d+$/.test(limit))
    return usageError(err, `--limit_posts takes a whole number, 0 or above, not "${limit}"`, command);
  // Jekyll's --profile prints its render profile: kiln's is the time of each stage.
  if (values.profile) values.timings = true;
  if (values.lsi) err('kiln: warning: --lsi is not done: site.related_posts are the newest posts, as without it\n');
  const [min, max] = command.positionals;
  if (positionals.length < min || positionals.length > max || positionals.some((p) => !p.trim()))
    return usageError(err, `${command.name} takes ${command.args ?? 'no arguments'}`, command);
  const outColors = colorsFor(io.stdout, env);
  const errColors = colorsFor(io.stderr, env);
  const run: Run = {
    values,
    positionals,
    flags: {
      source: values.source as string | undefined,
      destination: values.destination as string | undefined,
      config: values.config as string | undefined,
      future: values.future as boolean | undefined,
      drafts: values.drafts as boolean | undefined,
      strict: values.strict as boolean | undefined,
      unpublished: values.unpublished as boolean | undefined,
      baseurl: values.baseurl as string | undefined,
      limitPosts: limit === undefined ? undefined : Number(limit),
    },
    out,
    err,
    errors: (lines) => {
      for (const line of lines) err(`${errorLine(line, errColors)}\n`);
    },
    outColors,
    errColors,
    io,
  };
  switch (command.name) {
    case 'new':
    case 'publish':
      return newPost(run, command.name);
    case 'check':
      return check(run);
    case 'init':
      return init(run);
    case 'build':
      return values.watch ? serveOrWatch('watch', run) : buildOnce(run);
    default:
      return serveOrWatch(command.name, run);
  }
}

/**
 * Parses a command's flags with its own table, so that a mistyped flag is named with the flag
 * meant (`--sauce` → `--source`), and a flag of another command says which one it belongs to.
 */
function parse(command: Command, args: string[]): { values: Values; positionals: string[] } | string {
  const known = new Map(command.flags.map((f) => [f.name, f]));
  for (const arg of args) {
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-') continue;
    const long = arg.startsWith('--');
    const name = long ? arg.slice(2).split('=')[0]! : arg.slice(1, 2);
    if (long ? known.has(name) : command.flags.some((f) => f.short === name)) continue;
    const elsewhere = COMMANDS.find((c) => c.flags.some((f) => (long ? f.name === name : f.short === name)));
    if (elsewhere) return `${arg} goes with kiln ${elsewhere.name}, not ${command.name}`;
    const meant = long
      ? suggest(name, [...known.keys()])
      : command.flags.find((f) => f.short?.toLowerCase() === name.toLowerCase())?.short;
    return `unknown flag ${arg}${meant ? ` (did you mean ${long ? '--' : '-'}${meant}?)` : ''}`;
  }
  const options = Object.fromEntries(
    command.flags.map((f) => [f.name, f.short ? { type: f.type, short: f.short } : { type: f.type }]),
  );
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      allowPositionals: command.positionals[1] > 0,
      strict: true,
    });
    return { values: values as Values, positionals };
  } catch (e) {
    return (e as Error).message;
  }
}

function unknownCommand(err: (t: string) => void, name: string): number {
  const meant = suggest(
    name,
    COMMANDS.map((c) => c.name),
  );
  err(
    `kiln: unknown command "${name}"${meant ? ` (did you mean "${meant}"?)` : ''}\n` +
      `usage: kiln <command> [options]; kiln --help lists the commands\n`,
  );
  return 2;
}

function usageError(err: (t: string) => void, message: string, command?: Command): number {
  err(`kiln: ${message}\n\n${command ? commandHelp(command) : overallHelp()}`);
  return 2;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function buildOnce(run: Run): Promise<number> {
  // Node's own start and loading kiln: the time from the process's start to here.
  const started = performance.now();
  const log = createTerminalLog(run.io.stderr, Boolean(run.values.quiet), run.errColors);
  try {
    const result = await build(run.flags, log, undefined, undefined, renderStore(run), run.io.tuneCompiler);
    log.end();
    // A person at a terminal also gets what the site is made of; scripts get the one line.
    if (run.io.stderr.isTTY && !run.values.quiet) run.err(`${summary(result, run.errColors)}\n`);
    run.out(`${reportLine(result, run.outColors)}\n`);
    if (run.values.timings)
      for (const t of [{ name: 'start', ms: started }, ...log.timings])
        run.err(`${t.name.padEnd(14)}${t.ms.toFixed(0).padStart(7)} ms\n`);
    return 0;
  } catch (e) {
    log.end();
    run.errors(errorLines(e));
    if (!changedDestination(e)) run.err('build failed; nothing was written\n');
    return 1;
  }
}

/** Where the installed command keeps what builds render, unless --disable-disk-cache or KILN_DISABLE_MARKDOWN_CACHE says not to. */
function renderStore(run: Run): RenderStore | undefined {
  const kept = run.io.kept;
  if (!kept || run.values['disable-disk-cache'] || (run.io.env ?? process.env).KILN_DISABLE_MARKDOWN_CACHE)
    return undefined;
  return { dir: kept.dir, program: renderingProgram(kept.programHash) };
}

async function newPost(run: Run, command: string): Promise<number> {
  try {
    const { newPost, publishDraft } = await import('../new-post.js');
    const config = loadConfig(run.flags);
    const path =
      command === 'publish'
        ? publishDraft(config, run.positionals[0]!)
        : newPost(config, run.positionals[0]!, {
            category: run.values.category as string | undefined,
            author: run.values.author as string | undefined,
            slug: run.values.slug as string | undefined,
            publish: Boolean(run.values.publish),
          });
    run.out(`${path}\n`);
    return 0;
  } catch (e) {
    run.errors(errorLines(e));
    return 1;
  }
}

async function serveOrWatch(command: string, run: Run): Promise<number> {
  const { values, io } = run;
  const c = run.outColors;
  const print = (line: string) => run.out(`${c.dim(`[${new Date().toISOString().slice(11, 19)}]`)} ${line}\n`);
  // Rebuilds print one line each; the stage log only keeps --timings' figures.
  const log = createLog(Boolean(values.quiet), run.err);
  // The other commands' modules load only when used: a build loads only the pipeline.
  const { watch } = await import('../watch/watch.js');
  if (command === 'watch') {
    const watcher = watch(
      run.flags,
      log,
      print,
      values.timings ? stageLine(log, run.err) : undefined,
      undefined,
      renderStore(run),
    );
    await watcher.ready;
    print(`watching ${run.flags.source ?? '.'} for changes (Ctrl-C stops)`);
    await (io.stop ?? untilInterrupted());
    await watcher.close();
    return 0;
  }
  const port = values.port === undefined ? 4000 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return usageError(run.err, `--port takes a port number, not "${values.port}"`, findCommand(command));
  const { serveSite } = await import('../watch/serve-site.js');
  return serveSite({
    flags: run.flags,
    store: renderStore(run),
    host: (values.host as string | undefined) ?? '127.0.0.1',
    port,
    portGiven: values.port !== undefined,
    open: Boolean(values.open),
    log,
    print,
    warn: (line) => run.err(`${run.errColors.yellow(line)}\n`),
    link: (url) => c.bold(c.cyan(url)),
    stop: io.stop ?? untilInterrupted(),
  });
}

async function check(run: Run): Promise<number> {
  const { checkSite, isBuilt } = await import('../check/check-site.js');
  let config;
  try {
    config = loadConfig(run.flags);
  } catch (e) {
    run.errors(errorLines(e));
    return 1;
  }
  if (!isBuilt(config.destination)) {
    run.err(`kiln: ${config.destination} does not exist; run kiln build first\n`);
    return 1;
  }
  const report = checkSite(config.destination, config.baseurl);
  // Each problem where the author fixes it (the source file and line) as well as the page.
  const { atSource, sourceLocator } = await import('../check/locate.js');
  const locate = report.problems.length ? sourceLocator(config) : () => undefined;
  for (const line of report.problems) run.out(`${atSource(line, locate)}\n`);
  if (run.values.external)
    for (const [url, pages] of [...report.external].sort())
      run.out(`external: ${url} (${pages.length} page${pages.length === 1 ? '' : 's'}, first ${pages[0]})\n`);
  const n = report.problems.length;
  const c = run.outColors;
  const problems = `${n} problem${n === 1 ? '' : 's'}`;
  run.out(
    `${report.pages} pages, ${report.links} links checked, ${report.external.size} external not fetched: ${n ? c.red(problems) : c.green(problems)}\n`,
  );
  return n ? 1 : 0;
}

async function init(run: Run): Promise<number> {
  const dir = run.positionals[0] ?? '.';
  try {
    const { initSite } = await import('../init.js');
    for (const path of initSite(dir)) run.out(`${path}\n`);
    // Run by npx (kiln installed in the project, not on the PATH), the next commands are npx's too.
    const kiln = (run.io.env ?? process.env).npm_command === 'exec' ? 'npx kiln' : 'kiln';
    const next = dir === '.' ? `${kiln} serve` : `cd ${dir} && ${kiln} serve`;
    run.err(`kiln: a new site is in ${dir}; ${next} shows it while you write, ${kiln} build builds it\n`);
    return 0;
  } catch (e) {
    run.errors(errorLines(e));
    return 1;
  }
}

/** With --timings, each build of a watch prints the time its stages took, on one line of stderr. */
function stageLine(log: Log, err: (text: string) => void): () => void {
  const before = new Map<string, number>();
  return () => {
    const parts = log.timings.map((t) => {
      const ms = t.ms - (before.get(t.name) ?? 0);
      before.set(t.name, t.ms);
      return `${t.name} ${ms.toFixed(1)}`;
    });
    err(`stages (ms): ${parts.join(', ')}\n`);
  };
}

/** Resolves on Ctrl-C or a polite kill. */
function untilInterrupted(): Promise<void> {
  return new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}

/** Resolves once everything written to `stream` so far is out (or the stream failed). */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((done) => stream.write('', () => done()));
}

/**
 * Runs the command line when `entry` (an entry module's URL) is the program Node was started with,
 * not a module imported by another (tests call main() in-process). `atExit` runs once the output
 * is out, before the process ends (the installed command writes its code cache then).
 * `programHash`: the installed command's bundle, by its hash, for what its builds keep.
 */
export async function runIfProgram(entry: string, atExit?: () => void, programHash?: string): Promise<void> {
  if (!process.argv[1] || realpathSync(process.argv[1]) !== fileURLToPath(entry)) return;
  // Intl's answers about the site's zone and dates, kept from the last run (cli/kept-intl.ts).
  const dir = cacheDir();
  const usable = dir !== undefined && privateDir(dir);
  const intl = usable ? keptIntlAnswers(dir) : undefined;
  keepIntlAnswers(intl?.answers);
  const kept = usable && programHash ? { dir, programHash } : undefined;
  const code = await main(process.argv.slice(2), { ...processIo, kept, tuneCompiler: true });
  // Done once the output is out: ending by itself, Node would first take the heap apart and wait
  // for its collector's threads, 0.1–0.3 s after a build on a busy two-core machine.
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  intl?.save();
  saveLoadedLater();
  atExit?.();
  process.exit(code);
}
