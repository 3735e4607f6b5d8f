import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { build } from '../../src/build.js';
import { createBuildCache } from '../../src/build-cache.js';
import { createLog } from '../../src/shared/log.js';
import { buildSite, withFixedTime } from './run.js';
import { diffTrees, readTree, tempDir } from './tree.js';

/** A file written (its text) or removed (null), and whatever the test checks after it. */
export type Edit = readonly [path: string, text: string | null, ...rest: unknown[]];

/**
 * Builds `src` once with a watch's cache, then makes each edit, rebuilds with that cache and
 * expects the destination to equal a clean build's (the manifest aside); `after(i, dest)` checks
 * more after the i-th edit. Returns the watched destination.
 */
export async function expectRebuildsEqualCleanBuilds(
  src: string,
  edits: readonly Edit[],
  after: (i: number, dest: string) => void = () => {},
): Promise<string> {
  const quiet = createLog(true);
  const dest = tempDir('watched');
  const cache = createBuildCache();
  await withFixedTime(() => build({ source: src, destination: dest }, quiet, cache));
  for (const [i, [path, text]] of edits.entries()) {
    if (text === null) rmSync(join(src, path));
    else {
      mkdirSync(dirname(join(src, path)), { recursive: true });
      writeFileSync(join(src, path), text);
    }
    // What the watcher reports of the save (src/watch/watch.ts).
    cache.dirty.add(path);
    await withFixedTime(() => build({ source: src, destination: dest }, quiet, cache));
    const clean = tempDir('clean');
    expect((await buildSite(src, clean)).errors).toEqual([]);
    const watched = readTree(dest);
    watched.delete('.kiln-manifest.json');
    const fresh = readTree(clean);
    fresh.delete('.kiln-manifest.json');
    expect(diffTrees(fresh, watched), `after ${path}`).toEqual([]);
    after(i, dest);
  }
  return dest;
}
