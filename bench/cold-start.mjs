// The cold start of `kiln build` (the package's command, dist/kiln.cjs) on the project's own
// website (this repository: 13 posts, Nunjucks layouts, a feed), all 48 output files already in
// place and unchanged, beside `node -e 0` measured in the same sitting: runs alternate, and the
// medians of wall time and CPU time (user + system, all threads, from /usr/bin/time when there is
// one) are reported with their ratio to Node's own start: with V8's code cache
// (src/cli/code-cache.ts) and the Markdown the last build kept (src/render/kept.ts), the usual case
// from a command's second run on; with the code cache but no Markdown kept
// (KILN_DISABLE_MARKDOWN_CACHE=1: every body rendered); and with neither (also
// KILN_DISABLE_CODE_CACHE=1), as the first run after an install or upgrade.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './common.mjs';

/** Runs `args` with Node `runs` times in turn with the others; wall and CPU ms of each run. */
function timed(args, env, timeFile) {
  const time = existsSync('/usr/bin/time');
  const cmd = time ? ['/usr/bin/time', '-f', '%U %S', '-o', timeFile, process.execPath] : [process.execPath];
  const t = performance.now();
  const r = spawnSync(cmd[0], [...cmd.slice(1), ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  const cpu = time
    ? readFileSync(timeFile, 'utf8')
        .trim()
        .split('\n')
        .pop()
        .split(' ')
        .reduce((s, x) => s + Number(x) * 1000, 0)
    : Number.NaN;
  return { wall, cpu, stdout: r.stdout };
}

/** The figures for `runs` alternating runs of each: Node alone, kiln with its caches, with its code cache alone, with neither. */
export function coldStart(root, runs) {
  const work = mkdtempSync(join(tmpdir(), 'kiln-cold-'));
  const dest = join(work, 'site');
  const cache = join(work, 'code-cache');
  const timeFile = join(work, 'time');
  const kiln = [join(root, 'dist', 'kiln.cjs'), 'build', '--source', root, '--destination', dest, '--quiet'];
  const variants = {
    node: { args: ['-e', '0'], env: {} },
    kiln: { args: kiln, env: { KILN_CACHE_DIR: cache } },
    unkept: { args: kiln, env: { KILN_CACHE_DIR: cache, KILN_DISABLE_MARKDOWN_CACHE: '1' } },
    uncached: {
      args: kiln,
      env: { KILN_CACHE_DIR: cache, KILN_DISABLE_CODE_CACHE: '1', KILN_DISABLE_MARKDOWN_CACHE: '1' },
    },
  };
  const loadBefore = loadavg();
  // The first build writes the site, the code cache and the kept Markdown; the measured ones find them.
  timed(kiln, variants.kiln.env, timeFile);
  const runsOf = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let i = 0; i < runs; i++)
    for (const [name, v] of Object.entries(variants)) {
      const r = timed(v.args, v.env, timeFile);
      if (name !== 'node' && !/^0 written, \d+ unchanged/.test(r.stdout)) throw new Error(`kiln rewrote: ${r.stdout}`);
      runsOf[name].push(r);
    }
  rmSync(work, { recursive: true, force: true });
  const figures = Object.fromEntries(
    Object.entries(runsOf).map(([name, rs]) => [
      name,
      {
        wallMs: median(rs.map((r) => r.wall)),
        cpuMs: median(rs.map((r) => r.cpu)),
        allWallMs: rs.map((r) => Math.round(r.wall)),
      },
    ]),
  );
  return { runs, loadBefore, loadAfter: loadavg(), ...figures };
}

export function printColdStart(c) {
  const load = (l) => l.map((x) => x.toFixed(2)).join(' ');
  const ms = (f) => `${f.wallMs.toFixed(0)} ms wall, ${Number.isNaN(f.cpuMs) ? '?' : f.cpuMs.toFixed(0)} ms CPU`;
  const over = (f) =>
    `${(f.wallMs / c.node.wallMs).toFixed(1)}× node wall, +${(f.wallMs - c.node.wallMs).toFixed(0)} ms`;
  console.log(
    `\ncold start, kiln build of the project site (outputs unchanged), medians of ${c.runs} alternating runs, load ${load(c.loadBefore)} → ${load(c.loadAfter)}`,
  );
  console.log(`  node -e 0: ${ms(c.node)}`);
  console.log(`  kiln build: ${ms(c.kiln)} (${over(c.kiln)})`);
  console.log(`  kiln build, no Markdown kept: ${ms(c.unkept)} (${over(c.unkept)})`);
  console.log(`  kiln build with neither cache (first run after an upgrade): ${ms(c.uncached)} (${over(c.uncached)})`);
}
