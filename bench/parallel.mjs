// node bench/parallel.mjs SITE [RUNS]: kiln's Markdown over SITE's post bodies, from a cold start,
// on this thread alone, shared with one worker thread, and shared with one child process (the
// ways kiln could use a second core), each mode in a fresh process, alternating. Prints the median
// wall and CPU (all threads and children) of each. Run it on a quiet machine: on a loaded one
// every extra thread only adds work. A child's CPU counts once it has exited.
import { fork, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { median } from './common.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = join(HERE, '..', 'dist', 'render', 'markdown');
const OPTIONS = {
  compat: 2,
  tocLevels: [1, 2, 3, 4, 5, 6],
  autoIds: true,
  entityOutput: 'as_char',
  codeMarkup: 'rouge',
};
const BATCH = 32;

if (process.argv[2] === '--child') {
  // A child process: renders each batch it is sent, as the worker thread does.
  const { createMarkdown } = await import(join(DIST, 'renderer.js'));
  const md = createMarkdown(OPTIONS);
  process.on('message', (batch) => process.send({ id: batch.id, html: batch.sources.map((s) => md.render(s).html) }));
} else if (process.argv[2] === '--mode') {
  await run(process.argv[3], process.argv[4]);
} else {
  const [site, runsArg = '3'] = process.argv.slice(2);
  const modes = ['alone', 'thread', 'process'];
  const results = Object.fromEntries(modes.map((m) => [m, []]));
  for (let i = 0; i < Number(runsArg); i++)
    for (const mode of modes) {
      const r = spawnSync(
        '/usr/bin/time',
        ['-f', '%e %U %S', 'node', fileURLToPath(import.meta.url), '--mode', mode, site],
        {
          encoding: 'utf8',
        },
      );
      const [wall, user, sys] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
      results[mode].push({ wall, cpu: user + sys, ms: Number(r.stdout.trim()) });
    }
  for (const mode of modes) {
    const rs = results[mode];
    console.log(
      `${mode.padEnd(8)} markdown ${median(rs.map((r) => r.ms)).toFixed(0)} ms, process ${median(rs.map((r) => r.wall)).toFixed(2)} s wall, ${median(rs.map((r) => r.cpu)).toFixed(2)} s CPU`,
    );
  }
}

/** Renders the bodies in `mode`; prints ms from the start of the work to the last HTML. */
async function run(mode, site) {
  const dir = join(site, '_posts');
  const bodies = readdirSync(dir)
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  const t = performance.now();
  const { createMarkdown } = await import(join(DIST, 'renderer.js'));
  const md = createMarkdown(OPTIONS);
  let next = 0;
  let left = bodies.length;
  const take = () => {
    const id = next;
    next += BATCH;
    return id;
  };
  let other;
  if (mode === 'thread') {
    // kiln's worker script: each batch comes with its sources' claims (all free here).
    const w = new Worker(join(HERE, '..', 'dist', 'markdown-worker.cjs'), {
      workerData: { options: OPTIONS, finished: new Int32Array(new SharedArrayBuffer(4)) },
    });
    other = {
      send: (m) => w.postMessage({ ...m, at: 0, claims: new SharedArrayBuffer(4 * BATCH) }),
      on: (f) => w.on('message', f),
      stop: () => w.terminate(),
    };
  } else if (mode === 'process') {
    const c = fork(fileURLToPath(import.meta.url), ['--child'], { serialization: 'advanced' });
    other = {
      send: (m) => c.send(m),
      on: (f) => c.on('message', f),
      stop: () => new Promise((r) => c.on('exit', r).kill()),
    };
  }
  await new Promise((resolve) => {
    const done = (n) => {
      left -= n;
      if (left === 0) resolve();
    };
    if (other) {
      // Two batches in flight, so the other side never waits for this one.
      const send = () => {
        if (next < bodies.length) {
          const id = take();
          other.send({ id, sources: bodies.slice(id, id + BATCH) });
        }
      };
      other.on((msg) => {
        done(msg.html.length);
        send();
      });
      send();
      send();
    }
    const here = () => {
      if (next >= bodies.length) return;
      const id = take();
      const batch = bodies.slice(id, id + BATCH);
      for (const s of batch) md.render(s);
      done(batch.length);
      setImmediate(here);
    };
    here();
  });
  process.stdout.write(`${performance.now() - t}\n`);
  await other?.stop();
  process.exit(0);
}
