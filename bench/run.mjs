// npm run bench [-- --sizes 1000,4000 --runs 3 --vs hugo --cold-runs 15] [-- --only watch --cli DIST/cli.js]
// First the cold start of `kiln build` on the project's own site beside `node -e 0`, measured in
// the same sitting (bench/cold-start.mjs; `--sizes ""` measures only that; `--only watch` skips it).
// Then builds the benchmark job (bench/site + a generated corpus) with kiln and prints, per size:
// median wall time, time per pipeline stage, peak RSS, minor page faults (and what one costs in
// this sitting), files written; the floor measured in the same sitting, alternating with kiln's
// builds (plain markdown-it over the bodies, one process per core, bench/floor.mjs; then `cp -r`
// of kiln's output), and kiln/floor; the rebuild cases (no change, one edited post, one added
// post: a new process each, with the Markdown the last build kept, and one edited post with none
// kept); `kiln watch` from a save to its report line (median of several saves, up to 4,000 posts;
// also with every other post a template; an added post beside the index pages it changes,
// rewritten alone and copied); and Markdown cost with kiln's plugins against plain markdown-it.
// Results also go to bench/work/results.json. `--only watch` runs the watch cases alone (no
// builds, no floor, no Markdown cost), for work on watch.
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coldStart, printColdStart } from './cold-start.mjs';
import { median, option } from './common.mjs';
import { makeCorpus } from './make-corpus.mjs';
import { markdownCost } from './markdown-cost.mjs';

// Unknown flags are an error, not a full bench run (one takes ten minutes).
const FLAGS = ['sizes', 'runs', 'vs', 'cold-runs', 'only', 'cli'];
for (const a of process.argv.slice(2).filter((a) => a.startsWith('-'))) {
  if (!FLAGS.includes(a.replace(/^--/, ''))) {
    console.error(`usage: node bench/run.mjs ${FLAGS.map((f) => `[--${f} VALUE]`).join(' ')} (see its first lines)`);
    process.exit(a === '--help' || a === '-h' ? 0 : 2);
  }
}

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const WORK = join(HERE, 'work');
// `--cli path/to/dist/cli.js` times another build of kiln (a before-and-after on one corpus); by
// default the package's command, dist/kiln.cjs.
const CLI = resolve(option('cli', join(ROOT, 'dist', 'kiln.cjs')));
const sizes = option('sizes', '1000,4000,10000').split(',').filter(Boolean).map(Number);
const runs = Number(option('runs', '3'));
const vs = option('vs', '');
const coldRuns = Number(option('cold-runs', '15'));
const onlyWatch = option('only', '') === 'watch';
const hasTime = existsSync('/usr/bin/time');
// kiln's cache folder for these builds: the code cache stays, and each full build starts with no
// Markdown kept (src/render/kept.ts), as the first build of a site does.
const CACHE = mkdtempSync(join(tmpdir(), 'kiln-bench-cache-'));
const forgetKeptRenders = () => rmSync(join(CACHE, 'markdown'), { recursive: true, force: true });

function build(source, destination, extra = [], env = {}) {
  const cmd = hasTime ? ['/usr/bin/time', '-f', '%M %R', 'node', CLI] : ['node', CLI];
  const t = performance.now();
  const r = spawnSync(
    cmd[0],
    [...cmd.slice(1), 'build', '--source', source, '--destination', destination, '--quiet', '--timings', ...extra],
    { encoding: 'utf8', env: { ...process.env, KILN_CACHE_DIR: CACHE, ...env } },
  );
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`kiln failed: ${r.stderr}`);
  const stages = {};
  for (const m of r.stderr.matchAll(/^(\S[\w ]*?)\s+(\d+) ms$/gm)) stages[m[1].trim()] = Number(m[2]);
  // Peak RSS in KiB and minor page faults, on the last line /usr/bin/time writes.
  const [kib, faults] = hasTime ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN];
  const written = Number(/^(\d+) written/.exec(r.stdout)?.[1]);
  return { wall, stages, rss: kib / 1024, faults, written };
}

/**
 * The floor for the job: the bodies through plain markdown-it split over one process per core,
 * all at once, then the bytes written (`cp -r` of the output kiln made). ms of each part.
 */
async function floor(dir, output) {
  const parts = availableParallelism();
  const t = performance.now();
  await Promise.all(
    Array.from(
      { length: parts },
      (_, part) =>
        new Promise((done, fail) =>
          spawn('node', [join(HERE, 'floor.mjs'), dir, String(part), String(parts)], { stdio: 'ignore' }).on(
            'exit',
            (code) => (code === 0 ? done() : fail(new Error(`floor.mjs failed (${code})`))),
          ),
        ),
    ),
  );
  const markdownMs = performance.now() - t;
  const copy = mkdtempSync(join(tmpdir(), 'kiln-floor-'));
  const c = performance.now();
  const r = spawnSync('cp', ['-r', output, join(copy, 'out')]);
  const copyMs = performance.now() - c;
  removeLater(copy);
  if (r.status !== 0) throw new Error(`cp -r failed: ${r.stderr}`);
  return { markdownMs, copyMs, ms: markdownMs + copyMs };
}

function site(n) {
  const corpus = join(WORK, `corpus-${n}`);
  if (!existsSync(join(corpus, '_posts'))) makeCorpus(n, corpus);
  const dir = join(WORK, `site-${n}`);
  // Moved aside, not deleted: see removeLater.
  if (existsSync(dir)) {
    const old = mkdtempSync(join(WORK, 'old-'));
    renameSync(dir, join(old, 'site'));
    removeLater(old);
  }
  cpSync(join(HERE, 'site'), dir, { recursive: true });
  cpSync(join(corpus, '_posts'), join(dir, '_posts'), { recursive: true });
  return dir;
}

/**
 * The site with every other post's body a template (a link through `{{ site.baseurl }}`), as on a
 * real project site, where many posts use Liquid: watch keeps such a body while what it reads holds.
 */
function templatedSite(n) {
  const dir = site(n);
  readdirSync(join(dir, '_posts'))
    .sort()
    .forEach((name, i) => {
      if (i % 2) appendFileSync(join(dir, '_posts', name), '\nSee [the blog]({{ site.baseurl }}/blog/).\n');
    });
  return dir;
}

/** `kiln watch` on the site: ms from a save to the rebuild's report line, for each kind of save. */
async function watchCase(dir, templated = false) {
  const dest = mkdtempSync(join(tmpdir(), 'kiln-watch-'));
  const child = spawn('node', [CLI, 'watch', '--source', dir, '--destination', dest, '--quiet'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Report lines can arrive several to a chunk, before anyone waits for them: queue both sides.
  const waiters = [];
  const lines = [];
  child.stdout.on('data', (d) => {
    for (const line of String(d).split('\n')) {
      if (!/ written, | for changes /.test(line)) continue;
      const waiter = waiters.shift();
      if (waiter) waiter(line);
      else lines.push(line);
    }
  });
  const next = () => (lines.length > 0 ? Promise.resolve(lines.shift()) : new Promise((r) => waiters.push(r)));
  await next(); // the first build
  await next(); // "watching … for changes": the watcher is ready
  await new Promise((r) => setTimeout(r, 300));
  const posts = readdirSync(join(dir, '_posts')).sort();
  const middle = Math.floor(posts.length / 2);
  const target = join(dir, '_posts', posts[templated ? middle | 1 : middle]);
  const timeSave = async (fn) => {
    const t = performance.now();
    const line = next();
    fn();
    const report = await line;
    const ms = performance.now() - t;
    await new Promise((r) => setTimeout(r, 200));
    return { ms, report: report.replace(/^\[[\d:]+\] /, '') };
  };
  // The median save of several (the first included), with every time.
  const summary = (all) => ({
    ...[...all].sort((a, b) => a.ms - b.ms)[Math.floor(all.length / 2)],
    allMs: all.map((r) => Math.round(r.ms)),
  });
  // Each case several times.
  const medianOf = async (times, fn) => {
    const all = [];
    for (let i = 0; i < times; i++) all.push(await timeSave(() => fn(i)));
    return summary(all);
  };
  // Cases taken in turn, `times` rounds.
  const inTurn = async (times, cases) => {
    const all = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
    for (let i = 0; i < times; i++)
      for (const [name, fn] of Object.entries(cases)) all[name].push(await timeSave(() => fn(i)));
    return Object.fromEntries(Object.entries(all).map(([name, saves]) => [name, summary(saves)]));
  };
  const results = templated
    ? { editOneTemplatedPost: await medianOf(5, (i) => appendFileSync(target, `\nWatch edit ${i}.\n`)) }
    : {
        editOnePost: await medianOf(5, (i) => appendFileSync(target, `\nWatch edit ${i}.\n`)),
        noopSave: await medianOf(3, () => writeFileSync(target, readFileSync(target))),
        // The newest post is in the feed and on the first index pages: those are written too.
        editNewestPost: await medianOf(5, (i) =>
          appendFileSync(join(dir, '_posts', posts[posts.length - 1]), `\nWatch edit ${i}.\n`),
        ),
        // An added post and what it is measured against, the index pages alone rewritten (their
        // template saved with a change every one of them shows), in turn, nine of each: the first
        // saves after a watch starts that rewrite the index pages grow the heap and pay for it
        // (each leaves ~16 MB new until a full collection), and two runs of five, adds first, put
        // that on the adds alone (README, Performance). Nine: each takes a few hundred
        // milliseconds of file system work at 4,000 posts; three left their ratio at the mercy
        // of one slow rename, and five gave 1.40 in a sitting where `bench/watch-ab.mjs` (24 of
        // each) gave 1.20.
        ...(await inTurn(9, {
          addOnePost: (i) =>
            writeFileSync(
              join(dir, '_posts', `2025-07-${String(2 + i).padStart(2, '0')}-watch-added.md`),
              '---\ntitle: Watch added\n---\nNew.\n',
            ),
          indexPages: (i) => appendFileSync(join(dir, 'blog', 'index.html'), `<!-- ${i} -->\n`),
        })),
      };
  if (!templated) {
    const copies = [];
    for (let i = 0; i < 3; i++) {
      const copy = mkdtempSync(join(tmpdir(), 'kiln-copy-'));
      const t = performance.now();
      spawnSync('cp', ['-r', join(dest, 'blog'), copy]);
      copies.push(performance.now() - t);
      removeLater(copy);
    }
    results.copyIndexPages = { ms: median(copies), allMs: copies.map(Math.round), report: 'cp -r of blog/' };
  }
  child.kill('SIGINT');
  removeLater(dest);
  return results;
}

const cold = onlyWatch ? undefined : coldStart(ROOT, coldRuns);
if (cold) printColdStart(cold);

/**
 * Folders the bench made, removed only once it is done. On an ext4 disk without a journal, creating
 * files soon after many were deleted costs the kernel a scan of the recently deleted inodes for each
 * new one: a build or a `cp -r` right after a removal took up to three times as long (README, Performance).
 */
const leftovers = [];

/**
 * Has the kernel write back what earlier steps left in its cache: the floor's `cp -r` leaves a
 * whole site's bytes to write, and a build or a watch timed while the disk takes them ran up to
 * four times slower in its stage and commit (README, Performance). Each timed step starts with none.
 */
function settle() {
  spawnSync('sync');
}

function removeLater(path) {
  leftovers.push(path);
}
process.on('exit', () => {
  for (const path of leftovers) rmSync(path, { recursive: true, force: true });
  rmSync(CACHE, { recursive: true, force: true });
});
// The code cache is written by a command's first run: one unmeasured build of the first size.
if (!onlyWatch && sizes.length) {
  const dest = mkdtempSync(join(tmpdir(), 'kiln-bench-'));
  build(site(sizes[0]), dest);
  removeLater(dest);
}

const results = [];
for (const n of onlyWatch ? sizes.filter((n) => n <= 4000) : []) {
  const load = loadavg();
  settle();
  const watchTimes = { ...(await watchCase(site(n))), ...(await watchCase(templatedSite(n), true)) };
  results.push({ posts: n, watch: watchTimes, load: [load, loadavg()] });
}
for (const n of onlyWatch ? [] : sizes) {
  const dir = site(n);
  const dests = [];
  const full = [];
  const floors = [];
  for (let i = 0; i < runs; i++) {
    const dest = mkdtempSync(join(tmpdir(), 'kiln-bench-'));
    dests.push(dest);
    forgetKeptRenders();
    settle();
    full.push(build(dir, dest));
    settle();
    floors.push(await floor(dir, dest));
  }
  const dest = dests[dests.length - 1];
  const noop = build(dir, dest);
  const posts = readdirSync(join(dir, '_posts')).sort();
  appendFileSync(join(dir, '_posts', posts[posts.length - 1]), '\nOne more edited line.\n');
  const edit = build(dir, dest);
  appendFileSync(join(dir, '_posts', posts[posts.length - 1]), '\nAnother edited line.\n');
  const editUnkept = build(dir, dest, [], { KILN_DISABLE_MARKDOWN_CACHE: '1' });
  writeFileSync(join(dir, '_posts', '2099-01-01-added.md'), '---\ntitle: Added\ndate: 2025-07-01\n---\nA new post.\n');
  const add = build(dir, dest, []);
  for (const d of dests) removeLater(d);
  const md = n <= 4000 ? await markdownCost(dir, { passes: 3, warm: false }) : null;
  settle();
  const watchTimes = n <= 4000 ? { ...(await watchCase(site(n))), ...(await watchCase(templatedSite(n), true)) } : null;
  let hugo = null;
  if (vs === 'hugo') {
    const r = spawnSync('node', [join(ROOT, '..', 'shared', 'bench', 'kiln-vs.mjs'), String(n), String(runs)], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    hugo = (r.stdout || r.stderr).trim().split('\n').slice(-2).join(' | ');
  }
  const stageNames = Object.keys(full[0].stages);
  results.push({
    posts: n,
    wallMs: median(full.map((r) => r.wall)),
    floorMs: median(floors.map((f) => f.ms)),
    floorMarkdownMs: median(floors.map((f) => f.markdownMs)),
    floorCopyMs: median(floors.map((f) => f.copyMs)),
    // Each build against the floor measured right after it.
    kilnOverFloor: median(full.map((r, i) => r.wall / floors[i].ms)),
    // Every run, in order: on a shared machine the spread says as much as the median.
    runsMs: full.map((r, i) => ({ kiln: Math.round(r.wall), floor: Math.round(floors[i].ms) })),
    peakRssMiB: median(full.map((r) => r.rss)),
    pageFaults: median(full.map((r) => r.faults)),
    written: full[0].written,
    stagesMs: Object.fromEntries(stageNames.map((s) => [s, median(full.map((r) => r.stages[s]))])),
    rebuild: {
      noopMs: noop.wall,
      noopWritten: noop.written,
      editMs: edit.wall,
      editWritten: edit.written,
      editUnkeptMs: editUnkept.wall,
      addMs: add.wall,
      addWritten: add.written,
    },
    markdown: md,
    hugo,
    watch: watchTimes,
  });
}

// What one minor page fault costs here: a child process fills 64 MiB that no page has been
// touched of (median of 3). On the 2-vCPU VMs kiln is measured on it was 10–11 µs a 4 KiB page, so
// every MiB a build touches anew costs it about 2.6 ms of CPU.
const faultUs = median(
  [0, 1, 2].map(() =>
    Number(
      spawnSync(
        'node',
        [
          '-e',
          'const b = Buffer.alloc(64 * 2 ** 20); const t = performance.now(); b.fill(1); console.log(((performance.now() - t) * 1000) / (b.length / 4096))',
        ],
        { encoding: 'utf8' },
      ).stdout,
    ),
  ),
);

for (const r of results) {
  if (onlyWatch) {
    const avg = (l) => l.map((x) => x.toFixed(2)).join(' ');
    console.log(`\n${r.posts} posts (load average before: ${avg(r.load[0])}; after: ${avg(r.load[1])})`);
    printWatch(r.watch);
    continue;
  }
  console.log(
    `\n${r.posts} posts: ${(r.wallMs / 1000).toFixed(2)} s wall (median of ${runs}), peak RSS ${r.peakRssMiB.toFixed(0)} MiB, ${r.written} files`,
  );
  if (hasTime)
    console.log(
      `  minor page faults ${r.pageFaults}: about ${((r.pageFaults * faultUs) / 1000).toFixed(0)} ms of CPU at ${faultUs.toFixed(1)} µs each (memory touched for the first time, measured in this sitting)`,
    );
  console.log(
    `  floor ${(r.floorMs / 1000).toFixed(2)} s (markdown-it in ${availableParallelism()} processes ${r.floorMarkdownMs.toFixed(0)} ms + cp -r ${r.floorCopyMs.toFixed(0)} ms): kiln/floor ${r.kilnOverFloor.toFixed(2)}`,
  );
  console.log(
    `  each run, kiln/floor: ${r.runsMs.map(({ kiln, floor }) => `${kiln}/${floor} ms = ${(kiln / floor).toFixed(2)}`).join(', ')}`,
  );
  console.log(
    '  stages: ' +
      Object.entries(r.stagesMs)
        .map(([k, v]) => `${k} ${v} ms`)
        .join(', '),
  );
  console.log(
    `  rebuild (a new kiln process each, Markdown kept): no change ${r.rebuild.noopMs.toFixed(0)} ms (${r.rebuild.noopWritten} written), one edited post ${r.rebuild.editMs.toFixed(0)} ms (${r.rebuild.editWritten} written; none kept: ${r.rebuild.editUnkeptMs.toFixed(0)} ms), one added post ${r.rebuild.addMs.toFixed(0)} ms (${r.rebuild.addWritten} written)`,
  );
  if (r.watch) printWatch(r.watch);
  if (r.markdown)
    console.log(
      `  markdown: plain markdown-it ${r.markdown.plainMs.toFixed(0)} ms, kiln (all plugins) ${r.markdown.kilnMs.toFixed(0)} ms, ratio ${r.markdown.ratio.toFixed(2)}`,
    );
  if (r.hugo) console.log(`  vs hugo: ${r.hugo}`);
}
function printWatch(watch) {
  console.log(
    '  watch (save to report line, median): ' +
      Object.entries(watch)
        .map(([k, v]) => `${k} ${v.ms.toFixed(0)} ms of ${v.allMs.join('/')} [${v.report}]`)
        .join('; '),
  );
  const { addOnePost: add, indexPages, copyIndexPages: copy } = watch;
  console.log(
    `  watch add / index pages rewritten: ${(add.ms / indexPages.ms).toFixed(2)}; add / cp -r of them: ${(add.ms / copy.ms).toFixed(2)}`,
  );
}

mkdirSync(WORK, { recursive: true });
writeFileSync(
  join(WORK, 'results.json'),
  `${JSON.stringify({ coldStart: cold, pageFaultUs: faultUs, sizes: results }, null, 2)}\n`,
);
console.log(`\nJSON: ${join(WORK, 'results.json')}`);
