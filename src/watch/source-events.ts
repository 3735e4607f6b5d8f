import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import chokidar from 'chokidar';

/** What the watcher of the source reports. */
export type SourceEvent = { type: 'change'; path: string } | { type: 'ready' } | { type: 'error'; message: string };

export interface SourceWatcher {
  /** The destination to ignore, once the config has named it. */
  setDestination(destination: string): void;
  close(): Promise<void>;
}

interface Options {
  readonly source: string;
  readonly destination: string;
}

/**
 * Watches the source with chokidar in a worker thread. chokidar reads a whole folder again (an
 * lstat per file) on every change in it: 130 ms for a 4,000-post `_posts/`, which in this thread
 * would delay the rebuild it triggered. Run from the TypeScript sources (the tests), where no
 * compiled worker exists, it watches in this thread.
 */
export function watchSource(options: Options, onEvent: (e: SourceEvent) => void): SourceWatcher {
  const compiled = new URL(import.meta.url.replace(/\.ts$/, '.js'));
  if (import.meta.url.endsWith('.js') && existsSync(fileURLToPath(compiled))) {
    const worker = new Worker(compiled, { workerData: { kilnSourceWatcher: options } });
    let closing = false;
    worker.on('message', onEvent);
    worker.on('error', (e) => onEvent({ type: 'error', message: e.message }));
    worker.on('exit', (code) => {
      if (!closing) onEvent({ type: 'error', message: `the file watcher stopped (exit code ${code}); saves are not seen until kiln watch is started again` });
    });
    return {
      setDestination: (destination) => worker.postMessage({ destination }),
      async close() {
        closing = true;
        worker.postMessage({ close: true });
        await new Promise((r) => worker.once('exit', r));
      },
    };
  }
  const watcher = startChokidar(options, onEvent);
  return { setDestination: watcher.setDestination, close: watcher.close };
}

function startChokidar(options: Options, onEvent: (e: SourceEvent) => void) {
  let destination = resolve(options.destination);
  const watcher = chokidar.watch(options.source, {
    ignoreInitial: true,
    ignored: (path: string) => {
      const abs = resolve(path);
      if (abs === destination || abs.startsWith(destination + sep)) return true;
      return /[/\\](?:node_modules|\.git|dist)(?:[/\\]|$)/.test(abs) || /\.kiln-tmp-\d+$/.test(abs);
    },
  });
  watcher.on('all', (_event, path) => onEvent({ type: 'change', path }));
  watcher.on('ready', () => onEvent({ type: 'ready' }));
  watcher.on('error', (e) => {
    const message = e instanceof Error ? e.message : String(e);
    // Linux's inotify limit, reached with many files: say how to raise it.
    const hint = (e as NodeJS.ErrnoException).code === 'ENOSPC' ? ' (raise it: sysctl fs.inotify.max_user_watches=524288)' : '';
    onEvent({ type: 'error', message: message + hint });
  });
  return {
    setDestination: (d: string) => { destination = resolve(d); },
    close: () => watcher.close(),
  };
}

// In the worker: watch, post every event to the main thread, and stop when told.
if (!isMainThread && workerData?.kilnSourceWatcher) {
  const watcher = startChokidar(workerData.kilnSourceWatcher as Options, (e) => parentPort!.postMessage(e));
  parentPort!.on('message', (msg: { destination?: string; close?: boolean }) => {
    if (msg.destination) watcher.setDestination(msg.destination);
    if (msg.close) void watcher.close().then(() => parentPort!.close());
  });
}
