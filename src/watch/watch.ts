import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { type BuildResult, build } from '../build.js';
import { type BuildCache, createBuildCache } from '../build-cache.js';
import { loadConfig } from '../config/load-config.js';
import type { BuildFlags } from '../config/types.js';
import type { RenderStore } from '../render/kept.js';
import { errorLines } from '../shared/errors.js';
import type { Log } from '../shared/log.js';
import { watchSource } from './source-events.js';

/** What each build of a watch ended with, for the server's live reload. */
export type BuildOutcome =
  | { ok: true; result: BuildResult; trigger: string[] }
  | { ok: false; errors: string[]; trigger: string[] };

export interface Watcher {
  /** Resolves when the file watcher is ready and the first build has finished writing. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

// Editors save in bursts (truncate and write, or write a temporary file and rename it), which
// the watcher reports within a millisecond or two: wait until the burst has been quiet this long.
// Every millisecond of it is a millisecond before the page is written; a burst that outlasts it
// (a writer paused by a busy machine) costs a second rebuild, which writes the finished file.
const DEBOUNCE_MS = 3;

/**
 * Builds, then rebuilds on every change under the source. Each rebuild runs the whole pipeline
 * with the cache of pure results, so it writes the same bytes as a clean build; a failed
 * rebuild leaves the destination as it was and the next good save recovers. With `store`, the
 * builds up to the first that succeeds take what `kiln build` kept (render/kept.ts).
 */
export function watch(
  flags: BuildFlags,
  log: Log,
  print: (line: string) => void,
  onBuild: (o: BuildOutcome) => void = () => {},
  onStart: () => void = () => {},
  store?: RenderStore,
): Watcher {
  const cache = createBuildCache();
  const source = resolve(flags.source ?? '.');
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let destination = destinationOf(flags, source);

  const run = async (trigger: string[]) => {
    onStart();
    // The changed paths the last build read (one deleted since counts).
    const read = trigger.filter((path) => cache.files.has(path));
    try {
      const result = await build(flags, log, cache, undefined, store);
      store = undefined;
      if (result.config.destination !== destination) watcher.setDestination((destination = result.config.destination));
      const r = result.report;
      let named = namedChanges(trigger, read, cache, source);
      if (!named.length) {
        // Only an editor's swap or temporary files changed, and nothing was written: nothing to say.
        if (trigger.length && !r.written && !r.removed) return onBuild({ ok: true, result, trigger });
        named = trigger;
      }
      const what = named.length
        ? named.slice(0, 3).join(', ') + (named.length > 3 ? ` and ${named.length - 3} more` : '')
        : 'start';
      print(`${what}: ${r.written} written, ${r.removed} removed in ${Math.round(result.ms)} ms`);
      onBuild({ ok: true, result, trigger });
    } catch (e) {
      const errors = errorLines(e);
      for (const line of errors) print(line);
      print('build failed; the site was left as it was');
      onBuild({ ok: false, errors, trigger });
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const trigger = [...pending].sort();
      pending.clear();
      running = running.then(() => run(trigger));
    }, DEBOUNCE_MS);
  };

  // The watcher starts before the first build, so that nothing saved while kiln starts is
  // missed: whatever changes after the build read it is reported and rebuilt.
  cache.eventsComplete = true;
  let onReady = () => {};
  const ready = new Promise<void>((r) => {
    onReady = r;
  }).then(() => running);
  const watcher = watchSource({ source, destination }, (e) => {
    if (e.type === 'error') return print(`watch: ${e.message}`);
    if (e.type === 'ready') {
      running = run([]);
      return onReady();
    }
    const rel = relative(source, e.path).split(sep).join('/');
    pending.add(rel || e.path);
    cache.dirty.add(rel);
    schedule();
  });
  return {
    ready,
    async close() {
      clearTimeout(timer);
      await watcher.close();
      await running;
      await cache.manifest.thread?.close();
      cache.manifest.lock?.release();
    },
  };
}

/**
 * The changed paths worth naming: those the last build or this one read (a post added, saved or
 * deleted), and any other that is there and not hidden (a Sass partial, a new folder). An editor's
 * swap file (hidden) or a temporary file it renamed into place (gone before the build) is not.
 */
function namedChanges(
  trigger: readonly string[],
  read: readonly string[],
  cache: BuildCache,
  source: string,
): string[] {
  const hidden = (path: string) => path.split('/').some((part) => part.startsWith('.'));
  return trigger.filter(
    (path) => read.includes(path) || cache.files.has(path) || (!hidden(path) && existsSync(join(source, path))),
  );
}

/** Where the first build will write, known before it runs so the watcher ignores its writes. */
function destinationOf(flags: BuildFlags, source: string): string {
  try {
    return loadConfig(flags).destination;
  } catch {
    // The first build reports the config's error; the watcher waits for the fix.
    return flags.destination ? resolve(flags.destination) : resolve(source, 'content');
  }
}
