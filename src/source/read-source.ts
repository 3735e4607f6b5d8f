import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildCache } from '../build-cache.js';
import type { Config } from '../config/types.js';
import { Classifier } from './classify.js';
import type { SourceFile } from './types.js';

/** Walks the source tree and reads every input file, in sorted path order (unchanged files from the cache). */
export function readSource(config: Config, cache?: BuildCache): SourceFile[] {
  const classifier = new Classifier(config);
  const files: SourceFile[] = [];
  const walk = (dir: string, prefix: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (classifier.walksInto(path)) walk(abs, path);
        continue;
      }
      if (!entry.isFile()) continue;
      const kind = classifier.kindOf(path);
      if (!kind) continue;
      const stat = statSync(abs);
      const cached = cache?.files.get(path);
      if (cached && !cache!.dirty.has(path) && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) {
        files.push(cached.file);
        continue;
      }
      const bytes = readFileSync(abs);
      const resolved = kind === 'document' ? (hasFrontMatter(bytes) ? 'page' : 'static') : kind;
      const file: SourceFile = { path, kind: resolved, bytes, mtimeMs: stat.mtimeMs };
      cache?.files.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, file });
      files.push(file);
    }
  };
  walk(config.source, '');
  if (cache) {
    cache.dirty.clear();
    const present = new Set(files.map((f) => f.path));
    for (const path of cache.files.keys()) if (!present.has(path)) cache.files.delete(path);
  }
  return files;
}

/** A file is rendered (not copied) when its first line is `---` (SPEC §2). */
export function hasFrontMatter(bytes: Buffer): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes[i] !== 0x2d || bytes[i + 1] !== 0x2d || bytes[i + 2] !== 0x2d) return false;
  i += 3;
  while (bytes[i] === 0x20 || bytes[i] === 0x09) i++;
  return bytes[i] === 0x0a || bytes[i] === 0x0d;
}
