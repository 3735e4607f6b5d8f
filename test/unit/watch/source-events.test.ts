import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type SourceEvent, type SourceWatcher, watchSource } from '../../../src/watch/source-events.js';
import { siteFromFiles } from '../../helpers/tree.js';

let watcher: SourceWatcher | undefined;
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
});

/** Starts watching `src`; `seen(path)` resolves once that path (relative to src) was reported. */
async function watching(src: string, destination = join(src, 'content')) {
  const paths: string[] = [];
  const errors: string[] = [];
  const waits: Array<{ path: string; resolve: () => void }> = [];
  let ready!: () => void;
  const isReady = new Promise<void>((r) => {
    ready = r;
  });
  watcher = watchSource({ source: src, destination }, (e: SourceEvent) => {
    if (e.type === 'ready') return ready();
    if (e.type === 'error') return void errors.push(e.message);
    const rel = e.path.slice(src.length + 1);
    paths.push(rel);
    for (const w of waits.filter((w) => w.path === rel)) w.resolve();
  });
  await isReady;
  const seen = (path: string) =>
    new Promise<void>((resolve, reject) => {
      if (paths.includes(path)) return resolve();
      const timer = setTimeout(() => reject(new Error(`${path} not reported; reported: ${paths.join(', ')}`)), 3000);
      waits.push({
        path,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  // Paths reported from now on.
  const clear = () => {
    paths.length = 0;
  };
  return { paths, errors, seen, clear };
}

const settle = () => new Promise((r) => setTimeout(r, 100));

describe('the source watcher', () => {
  it('reports a saved file, an added one, a removed one, and one replaced by a rename (editors’ atomic save)', async () => {
    const src = siteFromFiles({ '_posts/2021-01-01-a.md': 'a', '_posts/2021-01-02-b.md': 'b', 'index.html': 'i' });
    const w = await watching(src);
    writeFileSync(join(src, '_posts/2021-01-01-a.md'), 'a2');
    await w.seen('_posts/2021-01-01-a.md');
    writeFileSync(join(src, '_posts/2021-01-03-c.md'), 'c');
    await w.seen('_posts/2021-01-03-c.md');
    rmSync(join(src, '_posts/2021-01-02-b.md'));
    await w.seen('_posts/2021-01-02-b.md');
    writeFileSync(join(src, 'index.html.tmp'), 'i2');
    renameSync(join(src, 'index.html.tmp'), join(src, 'index.html'));
    await w.seen('index.html');
    expect(w.errors).toEqual([]);
  });

  it('watches a folder made after it started, and one removed and made again', async () => {
    const src = siteFromFiles({ 'index.html': 'i' });
    const w = await watching(src);
    mkdirSync(join(src, 'blog/2021'), { recursive: true });
    await w.seen('blog');
    await settle();
    writeFileSync(join(src, 'blog/2021/a.md'), 'a');
    await w.seen('blog/2021/a.md');
    rmSync(join(src, 'blog'), { recursive: true });
    await w.seen('blog');
    mkdirSync(join(src, 'blog'));
    await settle();
    w.clear();
    writeFileSync(join(src, 'blog/b.md'), 'b');
    await w.seen('blog/b.md');
    expect(w.errors).toEqual([]);
  });

  it('ignores the destination (with its staging folder) and tooling folders', async () => {
    const src = siteFromFiles({
      'content/old.html': 'o',
      'node_modules/x/y.js': 'y',
      '.git/HEAD': 'h',
      'index.html': 'i',
    });
    const w = await watching(src);
    writeFileSync(join(src, 'content/new.html'), 'n');
    writeFileSync(join(src, 'content/old.html'), 'o2');
    writeFileSync(join(src, 'node_modules/x/y.js'), 'y2');
    writeFileSync(join(src, '.git/HEAD'), 'h2');
    mkdirSync(join(src, 'content/.kiln-staging/files'), { recursive: true });
    writeFileSync(join(src, 'content/.kiln-staging/files/a.html'), 't');
    writeFileSync(join(src, 'last.html'), 'l');
    await w.seen('last.html');
    await settle();
    expect(w.paths.filter((p) => p !== 'last.html')).toEqual([]);
  });

  it('never watches through a link to a folder: `ln -s . loop` does not report the destination’s writes', async () => {
    const src = siteFromFiles({ 'content/old.html': 'o', 'index.html': 'i' });
    symlinkSync('.', join(src, 'loop'));
    const w = await watching(src);
    writeFileSync(join(src, 'content/new.html'), 'n');
    writeFileSync(join(src, 'content/old.html'), 'o2');
    writeFileSync(join(src, 'last.html'), 'l');
    await w.seen('last.html');
    await settle();
    expect(w.paths.filter((p) => p !== 'last.html')).toEqual([]);
  });

  it('follows the destination the config names', async () => {
    const src = siteFromFiles({ '_site/a.html': 'a', 'content/old.html': 'o', 'index.html': 'i' });
    const w = await watching(src);
    watcher!.setDestination(join(src, '_site'));
    writeFileSync(join(src, '_site/a.html'), 'a2');
    writeFileSync(join(src, 'index.html'), 'i2');
    await w.seen('index.html');
    await settle();
    expect(w.paths).toEqual(['index.html']);
    // content/, the destination before, is source again.
    watcher!.setDestination(join(src, '_site2'));
    writeFileSync(join(src, 'content/page.html'), 'p');
    await w.seen('content/page.html');
  });
});
