// node bench/ab.mjs SITE ROUNDS DIST... : whole builds of SITE by each kiln build (a dist/ folder,
// e.g. this one's and a worktree's at another commit), alternating, ROUNDS rounds, each into a
// fresh folder that is only removed when all are done (a build right after an `rm -rf` pays for
// the deletion, README "Performance"). Prints per DIST the medians of wall time, CPU (user +
// system, all threads), peak RSS and the `render` and `stage` timings, and every run's wall time.
// A DIST may be followed by Node's flags in the same argument: 'dist --v8-pool-size=1'.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './common.mjs';

const [site, roundsArg, ...dists] = process.argv.slice(2);
if (!site || !Number(roundsArg) || dists.length === 0 || !existsSync('/usr/bin/time')) {
  console.error('usage: node bench/ab.mjs SITE ROUNDS DIST... (needs /usr/bin/time)');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'kiln-ab-'));
const timeFile = join(work, 'time');
const runs = new Map(dists.map((d) => [d, []]));
const load = loadavg();
try {
  for (let round = 0; round < Number(roundsArg); round++)
    for (const [k, dist] of dists.entries()) {
      const destination = join(work, `${round}-${k}`);
      const [dir, ...flags] = dist.split(' ');
      const cli = join(resolve(dir), 'cli.js');
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
        { encoding: 'utf8' },
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
