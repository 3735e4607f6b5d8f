import { createRequire } from 'node:module';
import type { BuildResult } from '../build.js';
import { createLog, type Log, type Progress } from '../shared/log.js';

// CommonJS, required: an import would first have Node scan its source for export names.
const { createColors } = createRequire(import.meta.url)('picocolors') as typeof import('picocolors');

/** An output stream as the command line sees it: a terminal or not. */
export interface Stream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export type Colors = ReturnType<typeof createColors>;

/**
 * Colours only on a terminal, never with NO_COLOR set (no-color.org) or TERM=dumb; FORCE_COLOR
 * forces them (the convention of Node's own tools).
 */
export function colorsFor(stream: Stream, env: NodeJS.ProcessEnv): Colors {
  if (env.NO_COLOR) return createColors(false);
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return createColors(true);
  return createColors(Boolean(stream.isTTY) && env.TERM !== 'dumb');
}

/** `_posts/x.md:12: message` with the place in bold, so it stands out in a terminal. */
export function errorLine(line: string, c: Colors): string {
  const m = /^([^\s:][^:]*(?::\d+)?(?::\d+)?): /.exec(line);
  return m ? `${c.bold(c.red(m[1]!))}: ${line.slice(m[0].length)}` : c.red(line);
}

const STAGES: Record<string, string> = {
  config: 'reading the config',
  read: 'reading the source',
  'front matter': 'reading documents',
  plugins: 'loading plugins',
  model: 'building the site model',
  render: 'rendering pages',
  verify: 'checking the feeds',
  write: 'writing files',
};

/**
 * The build's log for a person at a terminal: one progress line on stderr, redrawn in place as
 * the stages go by and as they count (documents read, posts and pages rendered, files written,
 * seconds so far), and gone at the end. Anywhere else (a pipe, a file, --quiet) it is the plain
 * log scripts know. Nothing shows before `showAfterMs`, and the line is redrawn at most every
 * `redrawMs` while a stage counts.
 */
export function createTerminalLog(
  stderr: Stream,
  quiet: boolean,
  c: Colors,
  showAfterMs = 250,
  redrawMs = 100,
): Log & { end(): void } {
  const write = (t: string) => stderr.write(t);
  if (quiet || !stderr.isTTY) return Object.assign(createLog(quiet, write), { end() {} });
  const start = performance.now();
  let stage = '';
  // Every count so far, in the order they began: "4,002 documents read", "1,200/4,044 pages rendered".
  const counts = new Map<string, { done: number; total: number }>();
  // Whether the stage under way has counted yet; until it has, the line names what it is doing.
  let counting = false;
  let shown = false;
  let drawnAt = Number.NEGATIVE_INFINITY;
  const n = thousands;
  const draw = () => {
    const parts = [...counts].map(([what, { done, total }]) =>
      total > 0 && done !== total ? `${n(done)}/${n(total)} ${what}` : `${n(done)} ${what}`,
    );
    if (!counting) parts.push(STAGES[stage] ?? stage);
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    write(`\r\x1b[K${c.dim('kiln:')} ${parts.join(', ')}… ${c.dim(`${seconds} s`)}`);
    shown = true;
    drawnAt = performance.now();
  };
  const clear = () => {
    if (shown) write('\r\x1b[K');
    shown = false;
  };
  // Redrawn while the build waits on the disk or on workers. Stages that count redraw as they
  // go, since a long synchronous stretch (front matter, templates) gives the timer no turn.
  const ticker = setInterval(draw, 250);
  ticker.unref();
  const log = createLog(false, write);
  const due = () => performance.now() - start >= showAfterMs;
  // The line names the stage under way; a task inside it (pages the write stage renders) does not change it.
  let depth = 0;
  const enter = (name: string) => {
    if (depth++ > 0) return;
    stage = name;
    counting = false;
    if (due()) draw();
  };
  const leave = () => {
    depth--;
  };
  const progress: Progress = (done, total, what) => {
    counts.set(what, { done, total });
    counting = true;
    if (due() && performance.now() - drawnAt >= redrawMs) draw();
  };
  return {
    timings: log.timings,
    info(line) {
      clear();
      log.info(line);
    },
    warn(line) {
      clear();
      log.warn(c.yellow(line));
    },
    task(name, fn) {
      enter(name);
      try {
        return log.task(name, () => fn(progress));
      } finally {
        leave();
      }
    },
    async taskAsync(name, fn) {
      enter(name);
      try {
        return await log.taskAsync(name, () => fn(progress));
      } finally {
        leave();
      }
    },
    end() {
      clearInterval(ticker);
      clear();
    },
  };
}

/** A count with thousands separators (`4,002`), as English writes it; not by Intl, whose first use costs tens of ms. */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

const plural = (n: number, one: string, many = `${one}s`) => `${thousands(n)} ${n === 1 ? one : many}`;

/** What the site is made of, for the end of a build on a terminal. */
export function summary(result: BuildResult, c: Colors): string {
  const n = result.counts;
  return `${c.bold('kiln:')} ${[
    plural(n.posts, 'post'),
    plural(n.pages, 'page'),
    plural(n.indexPages, 'index page'),
    plural(n.feeds, 'feed'),
    plural(n.staticFiles, 'static file'),
  ].join(', ')}`;
}

/** `N written, M unchanged, K removed in T ms`, coloured on a terminal. */
export function reportLine(result: BuildResult, c: Colors): string {
  const r = result.report;
  return `${c.green(`${r.written} written`)}, ${c.dim(`${r.unchanged} unchanged`)}, ${r.removed ? c.yellow(`${r.removed} removed`) : `${r.removed} removed`} in ${Math.round(result.ms)} ms`;
}
