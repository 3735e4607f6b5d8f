/**
 * How far a stage has got: `done` of `total` items (documents read, pages rendered, files
 * written). Stages call it as they go; only a terminal shows it.
 */
export type Progress = (done: number, total: number) => void;

/** Progress and stage timing on stderr; silent with --quiet. */
export interface Log {
  info(line: string): void;
  /** Printed even with --quiet: a warning (a missing layout, a stale lock removed, a bad manifest entry ignored). */
  warn(line: string): void;
  task<T>(name: string, fn: (progress: Progress) => T): T;
  taskAsync<T>(name: string, fn: (progress: Progress) => Promise<T>): Promise<T>;
  readonly timings: Array<{ name: string; ms: number }>;
}

export const noProgress: Progress = () => {};

export function createLog(quiet: boolean, write: (text: string) => unknown = (t) => process.stderr.write(t)): Log {
  const timings: Array<{ name: string; ms: number }> = [];
  return {
    timings,
    info(line) {
      if (!quiet) write(`${line}\n`);
    },
    warn(line) {
      write(`${line}\n`);
    },
    task(name, fn) {
      const start = performance.now();
      try {
        return fn(noProgress);
      } finally {
        timings.push({ name, ms: performance.now() - start });
      }
    },
    async taskAsync(name, fn) {
      const start = performance.now();
      try {
        return await fn(noProgress);
      } finally {
        timings.push({ name, ms: performance.now() - start });
      }
    },
  };
}
