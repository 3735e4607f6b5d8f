import { parseArgs } from 'node:util';
import { build, formatReport } from './build.js';
import { loadConfig } from './config/load-config.js';
import { errorLines } from './shared/errors.js';
import { createLog } from './shared/log.js';

const USAGE = `usage: kiln <command> [options]

commands:
  build    build the site into the destination
  watch    build, then rebuild on every change
  serve    watch, and serve the site on http://127.0.0.1:4000 with live reload
  new "Post title" [--category C] [--author NAME]
           write _posts/YYYY-MM-DD-post-title.md, dated now in the site's zone
  check [--external]
           check the built site: links, anchors, images, duplicate ids, feeds
options:
  --source DIR         the site's folder (default .)
  --destination DIR    where the site is written (default content, or destination: in _config.yml)
  --config FILE        the configuration file (default SOURCE/_config.yml)
  --future             include posts dated in the future
  --drafts             include posts from _drafts/
  --strict             fail on every warning (as strict: true in _config.yml)
  --unpublished        include posts with published: false
  --quiet              print nothing but the result line and errors
  --timings            print the time each pipeline stage took (stderr)
  --port N, --host H   where serve listens (default 4000 on 127.0.0.1)
  --external           (check) also list the external links, which are never fetched
`;

const OPTIONS = {
  source: { type: 'string' },
  destination: { type: 'string' },
  config: { type: 'string' },
  future: { type: 'boolean' },
  drafts: { type: 'boolean' },
  strict: { type: 'boolean' },
  unpublished: { type: 'boolean' },
  quiet: { type: 'boolean' },
  timings: { type: 'boolean' },
  port: { type: 'string' },
  host: { type: 'string' },
  category: { type: 'string' },
  author: { type: 'string' },
  external: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const COMMANDS = new Set(['build', 'watch', 'serve', 'new', 'check']);

/** Where a command writes, and what stops a watch or serve (Ctrl-C when not given). */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly stop?: Promise<void>;
}

const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

/** Runs one command and returns the exit code: 0 ok, 1 build error, 2 bad usage. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const out = (text: string) => io.stdout.write(text);
  const err = (text: string) => io.stderr.write(text);
  const usageError = (message: string) => {
    err(`kiln: ${message}\n\n${USAGE}`);
    return 2;
  };
  const [command, ...rest] = argv;
  if (!command) return usageError('no command given');
  if (command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return 0;
  }
  if (!COMMANDS.has(command)) return usageError(`unknown command "${command}"`);
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options: OPTIONS,
      allowPositionals: command === 'new',
      strict: true,
    }));
  } catch (e) {
    return usageError((e as Error).message);
  }
  if (values.help) {
    out(USAGE);
    return 0;
  }
  if (command !== 'serve' && (values.port !== undefined || values.host !== undefined))
    return usageError('--port and --host go with serve');
  if (command !== 'new' && (values.category !== undefined || values.author !== undefined))
    return usageError('--category and --author go with new');
  if (command !== 'check' && values.external) return usageError('--external goes with check');
  const port = values.port === undefined ? 4000 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return usageError(`--port takes a port number, not "${values.port}"`);
  const flags = {
    source: values.source,
    destination: values.destination,
    config: values.config,
    future: values.future,
    drafts: values.drafts,
    strict: values.strict,
    unpublished: values.unpublished,
  };
  const log = createLog(values.quiet ?? false, err);

  if (command === 'new') {
    if (positionals.length !== 1 || !positionals[0]!.trim())
      return usageError('kiln new takes one title, in quotes: kiln new "Post title"');
    try {
      const { newPost } = await import('./new-post.js');
      out(`${newPost(loadConfig(flags), positionals[0]!, { category: values.category, author: values.author })}\n`);
      return 0;
    } catch (e) {
      for (const line of errorLines(e)) err(`${line}\n`);
      return 1;
    }
  }
  if (command === 'check') return check(flags, values.external ?? false, io);
  if (command === 'build') {
    try {
      const result = await build(flags, log);
      out(`${formatReport(result)}\n`);
      if (values.timings) for (const t of log.timings) err(`${t.name.padEnd(14)}${t.ms.toFixed(0).padStart(7)} ms\n`);
      return 0;
    } catch (e) {
      for (const line of errorLines(e)) err(`${line}\n`);
      err('build failed; nothing was written\n');
      return 1;
    }
  }
  return serveOrWatch(command, flags, log, values.host ?? '127.0.0.1', port, io);
}

async function serveOrWatch(
  command: string,
  flags: Parameters<typeof build>[0],
  log: ReturnType<typeof createLog>,
  host: string,
  port: number,
  io: CliIo,
): Promise<number> {
  const out = (text: string) => io.stdout.write(text);
  const err = (text: string) => io.stderr.write(text);
  const print = (line: string) => out(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);
  let destination = '';
  // The other commands' modules load only when used: a build loads only the pipeline.
  const { watch } = await import('./watch/watch.js');
  const { createSiteServer } = await import('./watch/serve.js');
  const site = command === 'serve' ? createSiteServer(() => destination) : null;
  // Listen first: a busy port is reported before anything is built.
  if (site) {
    const listening = await new Promise<Error | null>((done) => {
      site.server.once('error', (e) => done(e));
      site.server.listen(port, host, () => done(null));
    });
    if (listening) {
      const busy = (listening as NodeJS.ErrnoException).code === 'EADDRINUSE';
      err(
        busy
          ? `kiln: port ${port} on ${host} is already in use; choose another with --port\n`
          : `kiln: cannot listen on ${host}:${port}: ${listening.message}\n`,
      );
      return 1;
    }
    const address = site.server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    print(`serving http://${host}:${actual}/ (Ctrl-C stops)`);
  }
  const watcher = watch(flags, log, print, (outcome) => {
    if (outcome.ok) destination = outcome.result.config.destination;
    site?.notify(outcome);
  });
  await watcher.ready;
  print(`watching ${flags.source ?? '.'} for changes (Ctrl-C stops)`);
  await (io.stop ?? untilInterrupted());
  site?.close();
  await watcher.close();
  return 0;
}

async function check(flags: Parameters<typeof build>[0], external: boolean, io: CliIo): Promise<number> {
  const out = (text: string) => io.stdout.write(text);
  const err = (text: string) => io.stderr.write(text);
  const { checkSite, isBuilt } = await import('./check/check-site.js');
  let config;
  try {
    config = loadConfig(flags);
  } catch (e) {
    for (const line of errorLines(e)) err(`${line}\n`);
    return 1;
  }
  if (!isBuilt(config.destination)) {
    err(`kiln: ${config.destination} does not exist; run kiln build first\n`);
    return 1;
  }
  const report = checkSite(config.destination, config.baseurl);
  for (const line of report.problems) out(`${line}\n`);
  if (external)
    for (const [url, pages] of [...report.external].sort())
      out(`external: ${url} (${pages.length} page${pages.length === 1 ? '' : 's'}, first ${pages[0]})\n`);
  out(
    `${report.pages} pages, ${report.links} links checked, ${report.external.size} external not fetched: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}\n`,
  );
  return report.problems.length ? 1 : 0;
}

/** Resolves on Ctrl-C or a polite kill. */
function untilInterrupted(): Promise<void> {
  return new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}
