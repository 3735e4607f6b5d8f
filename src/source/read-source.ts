import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/types.js';
import { Classifier } from './classify.js';
import type { SourceFile } from './types.js';

/** Walks the source tree and reads every input file, in sorted path order. */
export function readSource(config: Config): SourceFile[] {
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
      const bytes = readFileSync(abs);
      const resolved = kind === 'document' ? (hasFrontMatter(bytes) ? 'page' : 'static') : kind;
      files.push({ path, kind: resolved, bytes, mtimeMs: statSync(abs).mtimeMs });
    }
  };
  walk(config.source, '');
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
