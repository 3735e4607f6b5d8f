// node bench/watch-ab.mjs SITE ROUNDS SAVES DIST... : `kiln watch --timings` of a copy of SITE by
// each kiln build (a dist/ folder, e.g. this one's and a worktree's at another commit), in turn,
// ROUNDS rounds. Each watch first takes ten edits of posts (so that the code an added post runs
// is no longer new to V8 for the edits' sake alone), then SAVES added posts and SAVES saves of
// blog/index.html in turn, an added post then the index pages, so that both meet the same heap and
// the same disk. Prints per DIST the medians of the save-to-report times of each kind, their
// ratio (the "adding a post < 1.3× the index pages"), every save's time, and the median
// time of each stage (`--timings`). The copies go to TMPDIR (set it to /dev/shm to leave the disk
// out). DIST is a dist/ folder, not its cli.js.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './common.mjs';

const [site, roundsArg, savesArg, ...dists] = process.argv.slice(2);
if (!site || !Number(roundsArg) || !Number(savesArg) || dists.length === 0) {
  console.error('usage: node bench/watch-ab.mjs SITE ROUNDS SAVES DIST...');
  process.exit(2);
}
// A watch that never starts would leave the awaits below unsettled (Node exits 13, saying nothing).
for (const dist of dists)
  if (!existsSync(join(dist, 'cli.js'))) {
    console.error(`${dist}: no cli.js in it (DIST is a dist/ folder)`);
    process.exit(2);
  }
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One watch of a fresh copy of the site: the times and stage timings of its added posts and index-page saves. */
async function watchRun(cli) {
  const source = mkdtempSync(join(tmpdir(), 'kiln-wab-src-'));
  const destination = mkdtempSync(join(tmpdir(), 'kiln-wab-dest-'));
  cpSync(site, source, { recursive: true });
  const child = spawn(process.execPath, [cli, 'watch', '--source', source, '--destination', destination, '--timings'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiting = [];
  const wake = () => {
    for (const w of [...waiting]) w();
  };
  child.stdout.on('data', (d) => {
    out += d;
    wake();
  });
  child.stderr.on('data', (d) => {
    err += d;
    wake();
  });
  const until = (test) =>
    new Promise((resolveWait) => {
      const check = () => {
        if (!test()) return;
        waiting.splice(waiting.indexOf(check), 1);
        resolveWait();
      };
      waiting.push(check);
      check();
    });
  /** A save, timed from the write to the rebuild's report line, with that rebuild's stage timings. */
  const save = async (write) => {
    const outAt = out.length;
    const errAt = err.length;
    const t = performance.now();
    write();
    await until(() => / written, /.test(out.slice(outAt)) && /^stages \(ms\): .*\n/m.test(err.slice(errAt)));
    const ms = performance.now() - t;
    const line = /^stages \(ms\): (.*)$/m.exec(err.slice(errAt))[1];
    const stages = Object.fromEntries(
      line.split(', ').map((part) => {
        const at = part.lastIndexOf(' ');
        return [part.slice(0, at), Number(part.slice(at + 1))];
      }),
    );
    await sleep(300);
    return { ms, stages };
  };
  try {
    await until(() => / for changes /.test(out));
    await sleep(300);
    const posts = readdirSync(join(source, '_posts')).sort();
    const middle = join(source, '_posts', posts[posts.length >> 1]);
    for (let i = 0; i < 10; i++) await save(() => appendFileSync(middle, `\nWatch edit ${i}.\n`));
    const adds = [];
    const indexPages = [];
    for (let i = 0; i < Number(savesArg); i++) {
      const name = `2025-07-${String((i % 28) + 1).padStart(2, '0')}-watch-ab-${i}.md`;
      adds.push(await save(() => writeFileSync(join(source, '_posts', name), '---\ntitle: Watch added\n---\nNew.\n')));
      indexPages.push(await save(() => appendFileSync(join(source, 'blog', 'index.html'), `<!-- ${i} -->\n`)));
    }
    return { adds, indexPages };
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
    rmSync(source, { recursive: true, force: true });
    rmSync(destination, { recursive: true, force: true });
  }
}

const results = new Map(dists.map((d) => [d, { adds: [], indexPages: [] }]));
const load = loadavg();
for (let round = 0; round < Number(roundsArg); round++)
  for (const dist of dists) {
    // What the last watch wrote is on the disk before this one starts (bench/run.mjs, settle).
    spawnSync('sync');
    const r = await watchRun(join(resolve(dist), 'cli.js'));
    results.get(dist).adds.push(...r.adds);
    results.get(dist).indexPages.push(...r.indexPages);
  }
console.log(
  `${site}: ${roundsArg} rounds of ${savesArg} added posts and index-page saves, load ${load
    .map((x) => x.toFixed(2))
    .join(' ')} → ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
const stageMedians = (runs) =>
  Object.keys(runs[0].stages)
    .map((name) => `${name} ${median(runs.map((r) => r.stages[name] ?? 0)).toFixed(1)}`)
    .join(', ');
for (const [dist, { adds, indexPages }] of results) {
  const add = median(adds.map((r) => r.ms));
  const index = median(indexPages.map((r) => r.ms));
  console.log(
    `${dist}: added post ${add.toFixed(0)} ms, index pages ${index.toFixed(0)} ms, ratio ${(add / index).toFixed(2)}`,
  );
  console.log(
    `  added posts: ${adds.map((r) => r.ms.toFixed(0)).join(' ')}; index pages: ${indexPages.map((r) => r.ms.toFixed(0)).join(' ')}`,
  );
  console.log(`  added post stages: ${stageMedians(adds)}`);
  console.log(`  index pages stages: ${stageMedians(indexPages)}`);
}
