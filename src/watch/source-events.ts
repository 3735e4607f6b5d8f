import { type FSWatcher, lstatSync, readdirSync, statSync, watch } from 'node:fs';
import { join, resolve, sep } from 'node:path';

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

// Never source: tooling folders (kiln's own temporary files live in the destination, ignored too).
const IGNORED = /[/\\](?:node_modules|\.git|dist)(?:[/\\]|$)/;

/**
 * Watches every folder under the source with the system's notifications (`fs.watch`: inotify on
 * Linux, FSEvents on macOS), one watcher per folder, and reports the path of whatever changed in
 * one. A save costs one event and nothing else: no folder is listed again (a file watcher that
 * re-lists the folder on every change spends 35–50 ms of CPU per save in a 4,000-post `_posts/`,
 * beside the rebuild it triggers). A new folder is watched as soon as it appears and is reported
 * as a whole (the build walks it); a removed one is forgotten.
 */
export function watchSource(options: Options, onEvent: (e: SourceEvent) => void): SourceWatcher {
  const root = resolve(options.source);
  let destination = resolve(options.destination);
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  let limitReported = false;
  const ignored = (abs: string) => abs === destination || abs.startsWith(destination + sep) || IGNORED.test(abs);

  const fail = (dir: string, e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code;
    // Linux's inotify limit: say how to raise it, once.
    if (code === 'ENOSPC') {
      if (limitReported) return;
      limitReported = true;
      return onEvent({
        type: 'error',
        message: `cannot watch ${dir}: the system's limit of watched folders is reached (raise it: sysctl fs.inotify.max_user_watches=524288)`,
      });
    }
    onEvent({ type: 'error', message: `cannot watch ${dir}: ${(e as Error).message}` });
  };

  // Folders under a watched one are watched only while it is: nothing to do when it is not.
  const forget = (abs: string) => {
    if (!watchers.has(abs)) return;
    for (const [dir, w] of watchers) {
      if (dir === abs || dir.startsWith(abs + sep)) {
        w.close();
        watchers.delete(dir);
      }
    }
  };

  /** Watches a folder and every folder under it, afresh (a folder removed and made again needs a new watcher). */
  const watchTree = (dir: string) => {
    forget(dir);
    // The source itself may be reached through a link; nothing under it is.
    const stat = dir === root ? statOrNull(dir) : lstatOrNull(dir);
    if (closed || ignored(dir) || !stat?.isDirectory()) return;
    try {
      const watcher = watch(dir, (_type, name) => {
        // An event about the folder itself (removed, or replaced by another): report the folder.
        if (statOrNull(dir)?.ino !== stat.ino) return changed(dir);
        changed(name ? join(dir, name.toString()) : dir);
      });
      watcher.on('error', (e) => {
        forget(dir);
        if (!closed && statOrNull(dir)) fail(dir, e);
      });
      watchers.set(dir, watcher);
    } catch (e) {
      return fail(dir, e);
    }
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) if (entry.isDirectory()) watchTree(join(dir, entry.name));
  };

  // A link to a folder is never watched, as the build never walks one (`ln -s . loop` would
  // report the destination's writes back as changes, for ever).
  const changed = (abs: string) => {
    if (closed || ignored(abs)) return;
    const stat = lstatOrNull(abs);
    if (stat?.isDirectory()) watchTree(abs);
    else if (!stat) forget(abs);
    onEvent({ type: 'change', path: abs });
  };

  watchTree(root);
  setImmediate(() => {
    if (!closed) onEvent({ type: 'ready' });
  });
  return {
    setDestination: (d) => {
      const old = destination;
      destination = resolve(d);
      for (const dir of watchers.keys()) if (ignored(dir)) forget(dir);
      // A former destination inside the source is source again.
      if (old.startsWith(root + sep) && !ignored(old)) watchTree(old);
    },
    async close() {
      closed = true;
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
