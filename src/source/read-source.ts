import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/types.js';
import { byPath } from '../shared/paths.js';
import { Classifier } from './classify.js';
import type { SourceFile } from './types.js';

/**
 * What reading keeps between the builds of one watch: files by path (reused while their size and
 * modification time are unchanged), and what the file watcher reported.
 */
export interface SourceMemory {
  readonly files: Map<string, { size: number; mtimeMs: number; file: SourceFile }>;
  /** Paths (relative to the source) the watcher saw change: read again whatever their stat says. */
  readonly dirty: Set<string>;
  /** The watcher is ready and reports every change from now on… */
  eventsComplete: boolean;
  /** …and `files` was listed by a full walk since then, so only reported paths need a look. */
  listed: boolean;
}

/**
 * Walks the source tree and reads every input file, in sorted path order. With a watch cache,
 * unchanged files come from the cache; once the watcher reports every change, only the paths it
 * reported are looked at instead of the whole tree.
 */
export function readSource(config: Config, cache?: SourceMemory): SourceFile[] {
  const classifier = new Classifier(config);
  const found = new Map<string, SourceFile>();
  const add = (path: string, abs: string) => {
    const kind = classifier.kindOf(path);
    if (!kind) return;
    const stat = statSync(abs);
    const cached = cache?.files.get(path);
    if (cached && !cache!.dirty.has(path) && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) {
      found.set(path, cached.file);
      return;
    }
    const bytes = readFileSync(abs);
    const resolved = kind === 'document' ? (hasFrontMatter(bytes) ? 'page' : 'static') : kind;
    const file: SourceFile = { path, kind: resolved, bytes, mtimeMs: stat.mtimeMs };
    cache?.files.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, file });
    found.set(path, file);
  };
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (classifier.walksInto(path)) walk(abs, path);
      } else if (entry.isFile()) add(path, abs);
    }
  };
  if (cache?.eventsComplete && cache.listed) {
    for (const [path, entry] of cache.files) if (!isUnder(path, cache.dirty)) found.set(path, entry.file);
    for (const path of cache.dirty) revisit(path, config.source, classifier, add, walk);
  } else {
    walk(config.source, '');
    if (cache) cache.listed = cache.eventsComplete;
  }
  if (cache) {
    cache.dirty.clear();
    for (const path of cache.files.keys()) if (!found.has(path)) cache.files.delete(path);
  }
  return [...found.values()].sort(byPath);
}

function isUnder(path: string, dirty: ReadonlySet<string>): boolean {
  if (dirty.has(path)) return true;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) if (dirty.has(path.slice(0, i))) return true;
  return false;
}

/** A path the watcher reported: read it again, walk it if it is a folder; gone, it stays out. */
function revisit(
  path: string,
  source: string,
  classifier: Classifier,
  add: (p: string, abs: string) => void,
  walk: (abs: string, prefix: string) => void,
): void {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) if (!classifier.walksInto(parts.slice(0, i).join('/'))) return;
  const abs = join(source, path);
  let stat;
  try {
    stat = statSync(abs);
  } catch {
    return;
  }
  if (stat.isDirectory()) {
    if (classifier.walksInto(path)) walk(abs, path);
  } else if (stat.isFile()) add(path, abs);
}

/** A file is rendered (not copied) when its first line is `---` (SPEC §2). */
export function hasFrontMatter(bytes: Buffer): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes[i] !== 0x2d || bytes[i + 1] !== 0x2d || bytes[i + 2] !== 0x2d) return false;
  i += 3;
  while (bytes[i] === 0x20 || bytes[i] === 0x09) i++;
  return bytes[i] === 0x0a || bytes[i] === 0x0d;
}
