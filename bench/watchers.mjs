// node bench/watchers.mjs [--posts 4000] [--saves 40] [--chokidar PATH]
// The file watcher alone, on a source of N posts in _posts/: the CPU it spends per save (user +
// system, of this process while it waits for the event) and the delay from the write to its
// report, for kiln's watcher (src/watch/source-events.ts) and for chokidar with the options kiln
// would need (ignoreInitial, the destination and tooling ignored, no polling; and again with
// `atomic: false`). Each runs in its
// own child process. chokidar is not a dependency: pass --chokidar with its install folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './common.mjs';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '4000' },
    saves: { type: 'string', default: '40' },
    chokidar: { type: 'string' },
    child: { type: 'string' },
    source: { type: 'string' },
  },
});

if (values.child) {
  const source = values.source;
  const saves = Number(values.saves);
  const target = join(source, '_posts', '2020-01-01-post-0.md');
  let onChange = () => {};
  let close;
  const t0 = performance.now();
  if (values.child === 'kiln') {
    const { watchSource } = await import(new URL('../dist/watch/source-events.js', import.meta.url));
    await new Promise((ready) => {
      const w = watchSource({ source, destination: join(source, 'content') }, (e) => {
        if (e.type === 'ready') ready();
        if (e.type === 'change') onChange(e.path);
      });
      close = () => w.close();
    });
  } else {
    const { watch } = await import(join(values.chokidar, 'node_modules', 'chokidar', 'index.js'));
    const w = watch(source, {
      ignoreInitial: true,
      // `chokidar-lean`: no atomic-write detection (kiln's rebuild needs none).
      atomic: values.child !== 'chokidar-lean',
      ignored: (p) => /[/\\](node_modules|\.git|dist|content)([/\\]|$)/.test(p),
    });
    w.on('all', (_event, path) => onChange(path));
    await new Promise((ready) => w.on('ready', ready));
    close = () => w.close();
  }
  const readyMs = performance.now() - t0;
  const cpu = [];
  const delay = [];
  for (let i = 0; i < saves; i++) {
    await new Promise((r) => setTimeout(r, 150));
    const before = process.cpuUsage();
    const start = performance.now();
    const seen = new Promise((r) => {
      onChange = (p) => {
        if (p === target) r();
      };
    });
    writeFileSync(target, `---\ntitle: Post 0\n---\nSave ${i}.\n`);
    await seen;
    delay.push(performance.now() - start);
    // What the watcher does after the first report (re-listing, stats) counts too.
    await new Promise((r) => setTimeout(r, 100));
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  await close();
  console.log(JSON.stringify({ readyMs: Math.round(readyMs), cpuMs: median(cpu), delayMs: median(delay) }));
  process.exit(0);
}

const source = mkdtempSync(join(tmpdir(), 'kiln-watchers-'));
mkdirSync(join(source, '_posts'));
for (let i = 0; i < Number(values.posts); i++)
  writeFileSync(join(source, '_posts', `2020-01-01-post-${i}.md`), `---\ntitle: Post ${i}\n---\nBody ${i}.\n`);
const run = (which) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        new URL(import.meta.url).pathname,
        '--child',
        which,
        '--source',
        source,
        '--saves',
        values.saves,
        ...(values.chokidar ? ['--chokidar', values.chokidar] : []),
      ],
      { encoding: 'utf8' },
    ),
  );
try {
  const rows = [];
  for (let round = 0; round < 2; round++) {
    rows.push({ watcher: 'kiln', ...run('kiln') });
    if (values.chokidar) rows.push({ watcher: 'chokidar', ...run('chokidar') });
    if (values.chokidar) rows.push({ watcher: 'chokidar-lean', ...run('chokidar-lean') });
  }
  console.table(rows);
} finally {
  rmSync(source, { recursive: true, force: true });
}
