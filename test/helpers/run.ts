import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from '../../src/build.js';
import { main } from '../../src/cli.js';
import type { RenderStore } from '../../src/render/kept.js';
import { errorLines } from '../../src/shared/errors.js';
import { createLog } from '../../src/shared/log.js';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** A fixed build time, so that future-post rules do not depend on the day the tests run. */
export const FIXED_EPOCH = '1893456000'; // 2030-01-01T00:00:00Z

/** Runs `run` with the fixed build time (FIXED_EPOCH), restoring the environment after. */
export async function withFixedTime<T>(run: () => Promise<T>): Promise<T> {
  const saved = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = FIXED_EPOCH;
  try {
    return await run();
  } finally {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  }
}

/** Builds in-process (with `store`, keeping Markdown there) and returns the report line or the error lines, and the warnings. */
export async function buildSite(
  source: string,
  destination: string,
  extra: Record<string, unknown> = {},
  store?: RenderStore,
) {
  // What it warns of, line by line.
  const warnings: string[] = [];
  const log = createLog(true, (text) => warnings.push(...text.trimEnd().split('\n')));
  return withFixedTime(async () => {
    try {
      const result = await build({ source, destination, ...extra }, log, undefined, undefined, store);
      return { ok: true as const, report: result.report, errors: [] as string[], warnings };
    } catch (e) {
      return { ok: false as const, report: null, errors: errorLines(e), warnings };
    }
  });
}

/**
 * Runs a kiln command in-process, as the compiled command would (same exit code and output),
 * with the fixed build time and the given environment for the length of the call.
 */
export async function runKiln(
  args: string[],
  env: Record<string, string> = {},
  terminal: { stdout?: boolean; stderr?: boolean } = {},
) {
  const vars = { SOURCE_DATE_EPOCH: FIXED_EPOCH, ...env };
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  let stdout = '';
  let stderr = '';
  try {
    const code = await main(args, {
      stdout: { write: (t: string) => (stdout += t), isTTY: terminal.stdout },
      stderr: { write: (t: string) => (stderr += t), isTTY: terminal.stderr },
      // Only what the test names: the colours must not depend on the terminal the tests run in.
      env: { TERM: 'xterm-256color', ...env },
    });
    return { code, stdout, stderr };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** Runs the compiled command in its own process, for what only a process shows (signals, zones). */
export function runCli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
