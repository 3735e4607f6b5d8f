// node bench/markdown-cost.mjs [SITE] [--passes 7] [--warm 1] [--cpu] [--dist DIR]
// The Markdown line of `npm run bench` alone, cheap to rerun: plain markdown-it against kiln's renderer
// (every plugin) over a site's post bodies, in this process, warm, alternating, median of the passes
// (`markdownCost`, which bench/run.mjs uses too).
// `--dist` times another build of kiln (a before-and-after in one sitting). SITE defaults to the bench's
// 1,000-post site. bench/run.mjs times 3 passes with
// no pass before them (`--passes 3 --warm 0`: the first pass then counts kiln's warm-up). `--cpu` times
// each pass by this thread's CPU time (Linux), which other processes on a loaded machine do not inflate.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, option } from './common.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Plain markdown-it and kiln's renderer over SITE's post bodies, alternating: the median ms of
 * `passes` passes of each, after one uncounted pass of each when `warm`; `cpu`: each pass timed by
 * this thread's CPU time (Linux) instead of the wall clock; `dist`: the kiln build to time.
 */
export async function markdownCost(site, { passes = 7, warm = true, cpu = false, dist = join(ROOT, 'dist') } = {}) {
  const schedstat = `/proc/self/task/${process.pid}/schedstat`;
  const byCpu = cpu && existsSync(schedstat);
  // This thread's CPU time in ms (its first schedstat field is nanoseconds on a CPU), or wall time.
  const now = byCpu ? () => Number(readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6 : () => performance.now();
  const MarkdownIt = createRequire(join(ROOT, 'package.json'))('markdown-it');
  const { createMarkdown } = await import(join(dist, 'render', 'markdown', 'renderer.js'));
  const bodies = readdirSync(join(site, '_posts')).map((f) =>
    readFileSync(join(site, '_posts', f), 'utf8')
      .split(/^---$/m)
      .slice(2)
      .join('---'),
  );
  const plain = new MarkdownIt({ html: true });
  const kiln = createMarkdown({
    compat: 2,
    tocLevels: [1, 2, 3, 4, 5, 6],
    autoIds: true,
    entityOutput: 'as_char',
    codeMarkup: 'rouge',
  });
  const time = (md) => {
    const t = now();
    for (const b of bodies) md.render(b);
    return now() - t;
  };
  // One pass of each first: both warm before any is counted.
  if (warm) {
    time(plain);
    time(kiln);
  }
  const p = [];
  const k = [];
  for (let i = 0; i < passes; i++) {
    p.push(time(plain));
    k.push(time(kiln));
  }
  const [plainMs, kilnMs] = [median(p), median(k)];
  return { plainMs, kilnMs, ratio: kilnMs / plainMs, bodies: bodies.length, byCpu };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const site =
    process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : join(ROOT, 'bench', 'work', 'site-1000');
  const passes = Number(option('passes', '7'));
  const warm = option('warm', '1') !== '0';
  const r = await markdownCost(site, {
    passes,
    warm,
    cpu: process.argv.includes('--cpu'),
    dist: resolve(option('dist', join(ROOT, 'dist'))),
  });
  console.log(
    `markdown: plain markdown-it ${r.plainMs.toFixed(0)} ms, kiln (all plugins) ${r.kilnMs.toFixed(0)} ms, ratio ${r.ratio.toFixed(2)} ` +
      `(${r.bodies} bodies, median of ${passes}${warm ? ' after one' : ', none before'}${r.byCpu ? ', CPU' : ''}; load ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')})`,
  );
}
