/**
 * How far a stage has got with what it counts: `done` of `total` (0: no total) of `what`
 * ("documents read", "pages rendered", "files written"). Stages call it as they go; only a
 * terminal shows it.
 */
export type Progress = (done: number, total: number, what: string) => void;

/** Progress and stage timing on stderr; silent with --quiet. */
export interface Log {
  info(line: string): void;
  /** Printed even with --quiet: a warning (a missing layout, a stale lock removed, a bad manifest entry ignored). */
  warn(line: string): void;
  /**
   * Runs a stage and adds its time to the stage's line. A task inside another one (pages that
   * render as the write stage asks for them) counts for itself, not for the task around it.
   */
  task<T>(name: string, fn: (progress: Progress) => T): T;
  taskAsync<T>(name: string, fn: (progress: Progress) => Promise<T>): Promise<T>;
  readonly timings: ReadonlyArray<{ readonly name: string; readonly ms: number }>;
}

export const noProgress: Progress = () => {};

export function createLog(quiet: boolean, write: (text: string) => unknown = (t) => process.stderr.write(t)): Log {
  const timings: Array<{ name: string; ms: number }> = [];
  // Per open task, the time the tasks inside it took.
  const open: number[] = [];
  // Listed in the order the stages began (a stage that begins inside another comes after it).
  const begin = (name: string) => {
    if (!timings.some((t) => t.name === name)) timings.push({ name, ms: 0 });
    open.push(0);
    return performance.now();
  };
  const end = (name: string, start: number) => {
    const ms = performance.now() - start;
    const inner = open.pop() ?? 0;
    if (open.length) open[open.length - 1]! += ms;
    timings.find((t) => t.name === name)!.ms += ms - inner;
  };
  return {
    timings,
    info(line) {
      if (!quiet) write(`${line}\n`);
    },
    warn(line) {
      write(`${line}\n`);
    },
    task(name, fn) {
      const start = begin(name);
      try {
        return fn(noProgress);
      } finally {
        end(name, start);
      }
    },
    async taskAsync(name, fn) {
      const start = begin(name);
      try {
        return await fn(noProgress);
      } finally {
        end(name, start);
      }
    },
  };
}
