// node bench/cores.mjs SITE [--runs 3] [--dist DIR] [--in DIR] [--slices 10]: how many cores a
// whole build keeps busy, and when. Each build (into a fresh folder under --in, removed after it)
// is sampled every 5 ms from /proc (the CPU time of all its threads); the wall time is cut into
// --slices equal parts and each part's busy cores printed, then the build's average, the median
// run by wall time shown. A part near the machine's core count is CPU-bound: moving work into it
// from another part only pays where the cores are idle (README "Where the CPU goes"). Linux only.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median, option } from './common.mjs';

const site = process.argv[2];
if (!site || !existsSync('/proc/self/stat')) {
  console.error('usage: node bench/cores.mjs SITE [--runs 3] [--dist DIR] [--in DIR] [--slices 10] (Linux)');
  process.exit(2);
}
const runs = Number(option('runs', '3'));
const slices = Number(option('slices', '10'));
const cli = join(resolve(option('dist', join(import.meta.dirname, '..', 'dist'))), 'cli.js');
const work = mkdtempSync(join(option('in', tmpdir()), 'kiln-cores-'));
const TICK = 100; // clock ticks per second of /proc's utime and stime (USER_HZ on Linux)

/** One build: [ms since start, CPU ms of all threads] every 5 ms, and its wall time. */
function sampled(destination) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, 'build', '--source', site, '--destination', destination], {
      stdio: 'ignore',
    });
    const start = performance.now();
    const samples = [[0, 0]];
    const sample = () => {
      try {
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        samples.push([performance.now() - start, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICK]);
      } catch {
        // Gone between two samples.
      }
    };
    const timer = setInterval(sample, 5);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) fail(new Error(`the build failed (${code})`));
      else if (samples.length < 3) fail(new Error('the build ended before it could be sampled'));
      else done({ wall: performance.now() - start, samples });
    });
  });
}

/** Busy cores in each slice of the wall time: the CPU time sampled within it over its length. */
function busy({ wall, samples }) {
  const cpuAt = (t) => {
    let cpu = 0;
    for (const [at, ms] of samples) if (at <= t) cpu = ms;
    return cpu;
  };
  const last = samples.at(-1);
  const parts = Array.from({ length: slices }, (_, k) => {
    const from = (wall * k) / slices;
    const to = (wall * (k + 1)) / slices;
    return (cpuAt(to) - cpuAt(from)) / (to - from);
  });
  return { wall, parts, average: last[1] / last[0] };
}

try {
  const results = [];
  for (let r = 0; r < runs; r++) {
    const destination = join(work, `site-${r}`);
    results.push(busy(await sampled(destination)));
    rmSync(destination, { recursive: true, force: true });
  }
  const middle = results.find((r) => r.wall === median(results.map((x) => x.wall)));
  console.log(
    `${site}: ${runs} builds, ${availableParallelism()} cores, walls ${results.map((r) => r.wall.toFixed(0)).join(' ')} ms`,
  );
  console.log(
    `busy cores by tenth of the median build (${middle.wall.toFixed(0)} ms): ${middle.parts.map((c) => c.toFixed(2)).join(' ')}`,
  );
  console.log(`average busy cores, median of the builds: ${median(results.map((r) => r.average)).toFixed(2)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
