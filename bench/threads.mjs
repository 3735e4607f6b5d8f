// node bench/threads.mjs [SITE] [--runs 3] [--dist DIR] [--in DIR] [--kept yes]
// Where a whole build's CPU goes, by thread and by kind of work, from Linux `perf record` (needs
// perf and the right to profile: root, or kernel.perf_event_paranoid at most 1). `--timings` and
// the bench give wall time per stage on the main thread; on two cores the other threads count as
// much: the Markdown worker, the writing thread (whose kernel time is making folders and files)
// and V8's own background threads (optimising compiler, garbage collector). Each build goes into
// a fresh folder in DIR (`--in`, default the system's temporary folder; `/dev/shm` leaves the
// disk out), all removed at the end; one uncounted build first writes the code cache for these
// Node flags. Builds use a cache folder of their own: as the bench's builds, each starts with the
// code cache and no Markdown kept (src/render/kept.ts); `--kept yes` keeps what the last build
// kept, as a rebuild does (its Markdown worker then has almost nothing to do). Prints, per run,
// the wall time and CPU ms per thread and kind, then the medians. Kernel time includes page
// faults, which are costly on a VM (bench/run.mjs measures what one costs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { median, option } from './common.mjs';

const HZ = 999;
const runs = Number(option('runs', '3'));
const dist = resolve(option('dist', join(import.meta.dirname, '..', 'dist')));
const parent = option('in', tmpdir());
const keepMarkdown = option('kept', 'no') === 'yes';
const site = resolve(
  process.argv[2] && !process.argv[2].startsWith('--')
    ? process.argv[2]
    : join(import.meta.dirname, 'work', 'site-1000'),
);
if (spawnSync('perf', ['--version']).status !== 0) {
  console.error('bench/threads.mjs needs Linux perf');
  process.exit(2);
}

/** The thread a sample's stacks show it to be (V8's own threads, Node's workers) and what kind of work a sample is. */
const ROLES = ['main thread', 'Markdown worker', 'writing thread', 'V8 background', 'other threads'];
const KINDS = ['JS and runtime', 'compiling (optimising)', 'garbage collection', 'parsing, caches', 'kernel'];
function kindOf(frames, kernelTop) {
  const stack = frames.join('\n');
  if (kernelTop) return 'kernel';
  if (/compiler::|OptimizingCompileDispatcher|TurbofanCompilationJob|maglev::/.test(stack))
    return 'compiling (optimising)';
  if (/Scavenge|MarkCompact|ConcurrentMarking|Sweeper|Heap::CollectGarbage|IncrementalMarking|MinorMark/.test(stack))
    return 'garbage collection';
  if (/Parser::|BytecodeGenerator|Compiler::Compile|Deserializer|CodeSerializer|BackgroundCompile/.test(stack))
    return 'parsing, caches';
  return 'JS and runtime';
}

/** One build under perf: its wall time, and CPU ms by role and kind. */
function profiled(destination, data) {
  const t = performance.now();
  const record = ['record', '-q', '-g', '-F', String(HZ), '-o', data, '--'];
  const kiln = [join(dist, 'cli.js'), 'build', '--source', site, '--destination', destination, '--quiet'];
  // Run from the work folder: with --perf-basic-prof, Node writes V8's log of each isolate into the working folder.
  if (!keepMarkdown) rmSync(join(cache, 'markdown'), { recursive: true, force: true });
  const r = spawnSync('perf', [...record, process.execPath, '--perf-basic-prof', ...kiln], {
    encoding: 'utf8',
    cwd: dirname(data),
    env: { ...process.env, KILN_CACHE_DIR: cache },
  });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`perf record failed: ${r.stderr}`);
  const script = spawnSync('perf', ['script', '-i', data, '-F', 'pid,tid,ip,sym'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const samples = [];
  let current;
  for (const line of script.stdout.split('\n')) {
    const head = /^\s*(\d+)\/(\d+)\s*$/.exec(line);
    if (head) {
      current = { pid: Number(head[1]), tid: Number(head[2]), frames: [], kernelTop: undefined };
      samples.push(current);
      continue;
    }
    const frame = /^\s+([0-9a-f]+) (.*)$/.exec(line);
    if (!frame || !current) continue;
    current.kernelTop ??= frame[1].length === 16 && frame[1].startsWith('ffff');
    current.frames.push(frame[2]);
  }
  const pid = samples[0]?.pid;
  rmSync(`/tmp/perf-${pid}.map`, { force: true });
  // Each thread's role, from any of its stacks.
  const roleOf = new Map();
  for (const s of samples) {
    const stack = s.frames.join('\n');
    const role =
      s.tid === pid
        ? 'main thread'
        : /markdown-(worker|program)\.cjs/.test(stack)
          ? 'Markdown worker'
          : /PlatformWorkerThread|WorkerThreadsTaskRunner/.test(stack)
            ? 'V8 background'
            : /node::worker::Worker::Run|\[worker eval\]/.test(stack)
              ? 'writing thread'
              : undefined;
    const known = roleOf.get(s.tid);
    if (role && (!known || known === 'other threads' || (known === 'writing thread' && role === 'Markdown worker')))
      roleOf.set(s.tid, role);
    else if (!known) roleOf.set(s.tid, 'other threads');
  }
  const ms = {};
  for (const s of samples) {
    const role = roleOf.get(s.tid);
    const kind = kindOf(s.frames, s.kernelTop);
    ms[role] ??= {};
    ms[role][kind] = (ms[role][kind] ?? 0) + 1000 / HZ;
  }
  return { wall, ms };
}

const work = mkdtempSync(join(parent, 'kiln-threads-'));
const cache = join(work, 'cache');
const results = [];
try {
  profiled(join(work, 'warm'), join(work, 'perf.data'));
  for (let i = 0; i < runs; i++) results.push(profiled(join(work, `run-${i}`), join(work, 'perf.data')));
} finally {
  rmSync(work, { recursive: true, force: true });
}

const total = (m) => Object.values(m ?? {}).reduce((a, b) => a + b, 0);
const cells = (values, width) =>
  values.map((v) => (typeof v === 'number' ? String(Math.round(v)) : v).padStart(width)).join(' ');
console.log(`${site}: ${runs} builds under perf (${HZ} Hz), each into a folder in ${parent}; CPU ms`);
console.log(
  `  ${'wall'.padEnd(16)} ${cells(
    results.map((r) => r.wall),
    10,
  )}  (slowed by perf)`,
);
console.log(`  ${''.padEnd(16)} ${cells(['total', ...KINDS.map((k) => k.slice(0, 10))], 10)}`);
for (const role of ROLES) {
  if (!results.some((r) => r.ms[role])) continue;
  const row = [
    median(results.map((r) => total(r.ms[role]))),
    ...KINDS.map((k) => median(results.map((r) => r.ms[role]?.[k] ?? 0))),
  ];
  console.log(`  ${role.padEnd(16)} ${cells(row, 10)}`);
}
const all = results.map((r) => Object.values(r.ms).reduce((a, m) => a + total(m), 0));
console.log(`  ${'all threads'.padEnd(16)} ${cells([median(all)], 10)}`);
console.log(`  Medians of ${runs}. Kinds: ${KINDS.join('; ')}.`);
