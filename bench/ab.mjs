// node bench/ab.mjs SITE ROUNDS DIST... : whole builds of SITE by each kiln build (a dist/ folder,
// e.g. this one's and a worktree's at another commit), alternating, ROUNDS rounds, each into a
// fresh folder that is only removed when all are done (a build right after an `rm -rf` pays for
// the deletion, README "Performance"). Prints per DIST the medians of wall time, CPU (user +
// system, all threads), peak RSS and the `render` and `stage` timings, and every run's wall time.
// A DIST may be followed by Node's flags in the same argument: 'dist --v8-pool-size=1'.
// `--clean`: each build as a site's first (no Markdown or stylesheet kept from the last, each
// DIST with a cache folder of its own whose code cache one unmeasured build writes first); without
// it, builds share the user's cache, as a second `kiln build` of a site does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './common.mjs';

const args = process.argv.slice(2);
const clean = args.includes('--clean');
const [site, roundsArg, ...dists] = args.filter((a) => a !== '--clean');
if (!site || !Number(roundsArg) || dists.length === 0 || !existsSync('/usr/bin/time')) {
  console.error('usage: node bench/ab.mjs [--clean] SITE ROUNDS DIST... (needs /usr/bin/time)');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'kiln-ab-'));
const timeFile = join(work, 'time');
const runs = new Map(dists.map((d) => [d, []]));
const load = loadavg();
/** Where DIST number k keeps its cache with `--clean` (else the user's). */
const cacheOf = (k) => join(work, `cache-${k}`);
const envOf = (k) => (clean ? { ...process.env, KILN_CACHE_DIR: cacheOf(k) } : process.env);
try {
  if (clean)
    for (const [k, dist] of dists.entries()) {
      const [dir, ...flags] = dist.split(' ');
      const args = [...flags, join(resolve(dir), 'cli.js'), 'build', '--source', site];
      spawnSync(process.execPath, [...args, '--destination', join(work, `warm-${k}`), '--quiet'], { env: envOf(k) });
    }
  for (let round = 0; round < Number(roundsArg); round++)
    for (const [k, dist] of dists.entries()) {
      const destination = join(work, `${round}-${k}`);
      const [dir, ...flags] = dist.split(' ');
      const cli = join(resolve(dir), 'cli.js');
      if (clean) rmSync(join(cacheOf(k), 'markdown'), { recursive: true, force: true });
      // What the last build wrote is on the disk before this one starts (bench/run.mjs, settle).
      spawnSync('sync');
      const t = performance.now();
      const b = spawnSync(
        '/usr/bin/time',
        [
          '-f',
          '%U %S %M',
          '-o',
          timeFile,
          process.execPath,
          ...flags,
          cli,
          'build',
          '--source',
          site,
          '--destination',
          destination,
          '--quiet',
          '--timings',
        ],
        { encoding: 'utf8', env: envOf(k) },
      );
      const wall = performance.now() - t;
      if (b.status !== 0) throw new Error(`${cli} failed: ${b.stderr}`);
      const [user, sys, rss] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      const stage = (name) => Number(new RegExp(`^${name}\\s+(\\d+) ms$`, 'm').exec(b.stderr)?.[1]);
      runs
        .get(dist)
        .push({ wall, cpu: (user + sys) * 1000, rss: rss / 1024, render: stage('render'), stage: stage('stage') });
    }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(
  `${site}: ${roundsArg} rounds, load ${load.map((x) => x.toFixed(2)).join(' ')} → ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
for (const [dist, rs] of runs) {
  const m = (key) => median(rs.map((r) => r[key]));
  console.log(
    `${dist}: wall ${m('wall').toFixed(0)} ms, CPU ${m('cpu').toFixed(0)} ms, peak RSS ${m('rss').toFixed(0)} MiB, render ${m('render')} ms, stage ${m('stage')} ms` +
      ` (walls ${rs
        .map((r) => Math.round(r.wall))
        .sort((a, b) => a - b)
        .join(' ')})`,
  );
}
