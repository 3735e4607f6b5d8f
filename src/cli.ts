#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { build, formatReport } from './build.js';
import { errorLines } from './shared/errors.js';
import { createLog } from './shared/log.js';

const USAGE = `usage: kiln <command> [options]

commands:
  build    build the site into the destination
options:
  --source DIR         the site's folder (default .)
  --destination DIR    where the site is written (default content, or destination: in _config.yml)
  --config FILE        the configuration file (default SOURCE/_config.yml)
  --future             include posts dated in the future
  --drafts             include posts from _drafts/
  --quiet              print nothing but the result line and errors
  --timings            print the time each pipeline stage took (stderr)
`;

const BUILD_OPTIONS = {
  source: { type: 'string' },
  destination: { type: 'string' },
  config: { type: 'string' },
  future: { type: 'boolean' },
  drafts: { type: 'boolean' },
  quiet: { type: 'boolean' },
  timings: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs one command and returns the exit code: 0 ok, 1 build error, 2 bad usage. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command) return usageError('no command given');
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command !== 'build') return usageError(`unknown command "${command}"`);
  let values;
  try {
    ({ values } = parseArgs({ args: rest, options: BUILD_OPTIONS, allowPositionals: false, strict: true }));
  } catch (e) {
    return usageError((e as Error).message);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const log = createLog(values.quiet ?? false);
  try {
    const result = await build(values, log);
    process.stdout.write(formatReport(result) + '\n');
    if (values.timings) for (const t of log.timings) process.stderr.write(`${t.name.padEnd(14)}${t.ms.toFixed(0).padStart(7)} ms\n`);
    return 0;
  } catch (e) {
    for (const line of errorLines(e)) process.stderr.write(line + '\n');
    process.stderr.write('build failed; nothing was written\n');
    return 1;
  }
}

function usageError(message: string): number {
  process.stderr.write(`kiln: ${message}\n\n${USAGE}`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
