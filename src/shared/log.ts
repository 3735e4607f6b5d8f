/** Progress and stage timing on stderr; silent with --quiet. */
export interface Log {
  info(line: string): void;
  /** Printed even with --quiet: a warning (a missing layout, a stale lock removed, a bad manifest entry ignored). */
  warn(line: string): void;
  task<T>(name: string, fn: () => T): T;
  taskAsync<T>(name: string, fn: () => Promise<T>): Promise<T>;
  readonly timings: Array<{ name: string; ms: number }>;
  /** How many documents were read and files are to be written, for a progress line. */
  count?(what: 'documents' | 'outputs', n: number): void;
}

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
        return fn();
      } finally {
        timings.push({ name, ms: performance.now() - start });
      }
    },
    async taskAsync(name, fn) {
      const start = performance.now();
      try {
        return await fn();
      } finally {
        timings.push({ name, ms: performance.now() - start });
      }
    },
  };
}
