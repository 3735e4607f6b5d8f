import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { OutputFile } from '../../../src/render/types.js';
import { Staging, THREAD_AFTER } from '../../../src/write/staging.js';
import { writeSite } from '../../../src/write/write-site.js';
import { KeptWriteThread, WriteThread } from '../../../src/write/write-thread.js';
import { random as seededRandom } from '../../helpers/random.js';
import { readTree, tempDir } from '../../helpers/tree.js';
import { threadsTaken } from '../../helpers/write-thread.js';

// Past THREAD_AFTER files, a build's files are written by a thread of its own (write-thread.ts),
// through a 4 MB ring of shared memory (shared fragments of pages from their own shared memory);
// a file over 1 MB of its own bytes goes apart.
describe('files written by the writing thread', () => {
  it('hold the bytes of each output, in nested folders, past the ring’s end and larger than it takes', async () => {
    const random = seededRandom(5);
    const expected = new Map<string, Buffer>();
    const outputs: OutputFile[] = [];
    const count = THREAD_AFTER + 400;
    const archive = `<aside>${'<li>é an archive entry</li>'.repeat(55_000)}</aside>`;
    for (let i = 0; i < count; i++) {
      const path = `${2000 + (i % 7)}/${i % 13}/post-${i}/index.html`;
      // Pages of up to 60 KB (about 12 MB in all, three laps of the ring), some empty, one of 3 MB.
      const size = i === count - 50 ? 3_000_000 : i % 37 === 0 ? 0 : Math.floor(random() * 60_000);
      const own = String.fromCharCode(97 + (i % 26)).repeat(size);
      // A page in pieces (own, shared, own) as rendered pages are; é is two bytes.
      // Four pages hold a 1.5 MB shared fragment: over the 1 MB the ring takes, but not copied into it.
      const shared = i % 100 === 1 ? archive : '<é shared>';
      const bytes = i % 2 && i % 100 !== 1 ? Buffer.from(own) : [own.slice(0, size >> 1), shared, own.slice(size >> 1)];
      expected.set(path, Buffer.from(typeof bytes === 'string' || Buffer.isBuffer(bytes) ? bytes : bytes.join('')));
      outputs.push({ path, source: `_posts/${i}.md`, bytes });
    }
    outputs.push({ path: 'index.html', source: 'index.html', bytes: Buffer.from('home') });
    expected.set('index.html', Buffer.from('home'));
    const dest = tempDir();
    const report = await writeSite(dest, outputs);
    expect(report.written).toBe(count + 1);
    const tree = readTree(dest);
    expect([...tree.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, bytes] of expected) expect(tree.get(path)?.equals(bytes), path).toBe(true);
    expect(existsSync(join(dest, '.kiln-staging'))).toBe(false);
  });

  it('fail as a write on this thread does, naming the file, and leave no staging folder', async () => {
    const failure = async (threadAfter: number) => {
      const dest = tempDir();
      const staging = new Staging(dest, undefined, threadAfter);
      for (let i = 0; i < 20; i++) await staging.stage(`a/ok-${i}.html`, [Buffer.from('ok')]);
      // A name longer than the file system takes.
      await staging.stage(`a/${'x'.repeat(300)}.html`, [Buffer.from('too long')]);
      await staging.stage('a/after.html', [Buffer.from('never')]);
      const error = await staging.settle().then(
        () => undefined,
        (e: Error) => e,
      );
      expect(existsSync(join(dest, '.kiln-staging'))).toBe(false);
      return { message: error?.message, file: (error as { file?: string } | undefined)?.file?.replace(dest, 'DEST') };
    };
    const here = await failure(Infinity);
    expect(here).toEqual({
      message: 'cannot write: the name is too long (ENAMETOOLONG)',
      file: `DEST/.kiln-staging/d0/${'x'.repeat(300)}.html`,
    });
    expect(await failure(0)).toEqual(here);
    expect(await failure(10)).toEqual(here);
  });

  it('are stopped and thrown away when staging is abandoned', async () => {
    const dest = tempDir();
    const staging = new Staging(dest, undefined, 0);
    for (let i = 0; i < 200; i++) await staging.stage(`p/${i}/index.html`, [Buffer.alloc(10_000, 120)]);
    await staging.abandon();
    expect(existsSync(join(dest, '.kiln-staging'))).toBe(false);
    expect(readTree(dest).size).toBe(0);
  });

  // The thread's program is text Node evaluates; options of the program that builds (here one of
  // `node --input-type=module -e`, which reads evaluated text as a module) must not change how.
  it('write a site built by a program Node runs as a module from its command line', () => {
    const site = tempDir();
    writeFileSync(join(site, '_config.yml'), 'title: Many\n');
    mkdirSync(join(site, '_posts'));
    for (let i = 0; i < THREAD_AFTER + 50; i++)
      writeFileSync(join(site, '_posts', `2020-01-01-p${i}.md`), `---\ntitle: P${i}\n---\nPost ${i}.\n`);
    const dest = tempDir();
    const dist = (path: string) => JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../../dist', path)).href);
    const program = `import { build } from ${dist('build.js')}; import { createLog } from ${dist('shared/log.js')};
      await build({ source: ${JSON.stringify(site)}, destination: ${JSON.stringify(dest)} }, createLog(true));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(dest, '2020/01/01/p7.html'), 'utf8')).toContain('Post 7.');
  });

  // A watch keeps its writing thread between rebuilds (ManifestMemory.thread): each stage starts
  // the ring and the shared fragments afresh, and a thread that failed is not used again.
  it('kept between stages, write each stage’s bytes, and a failed one is replaced', async () => {
    const kept = new KeptWriteThread();
    const taken = threadsTaken(kept);
    const dest = tempDir();
    const memory = { thread: kept };
    // Every page changes in every stage: more files than THREAD_AFTER, so each stage has a thread.
    const stage = async (n: number, extra: OutputFile[] = []) => {
      const shared = `<aside>${`<li>archive ${n}</li>`.repeat(2_000)}</aside>`;
      const outputs: OutputFile[] = Array.from({ length: THREAD_AFTER + 200 }, (_, i) => ({
        path: `p/${String(i).padStart(4, '0')}/index.html`,
        source: `_posts/${i}.md`,
        bytes: [`<h1>${n}:${i}</h1>${'x'.repeat((i * 97 + n * 13) % 30_000)}`, shared, `<p>${n}</p>`],
      }));
      const report = await writeSite(dest, [...outputs, ...extra], memory);
      const tree = readTree(dest);
      for (const o of outputs) expect(tree.get(o.path)?.toString(), o.path).toBe((o.bytes as string[]).join(''));
      return report;
    };
    expect((await stage(1)).written).toBe(THREAD_AFTER + 200);
    expect((await stage(2)).written).toBe(THREAD_AFTER + 200);
    expect(taken[1]).toBe(taken[0]);
    // A name longer than the file system takes fails the stage on the thread: the site stays as it was.
    const tooLong = { path: `q/${'x'.repeat(300)}.html`, source: 'q.md', bytes: Buffer.from('x') };
    await expect(stage(3, [tooLong])).rejects.toThrow(/name is too long/);
    expect(readFileSync(join(dest, 'p/0000/index.html'), 'utf8')).toMatch(/^<h1>2:0</);
    await stage(4);
    expect(taken).toHaveLength(4);
    expect(taken[2]).toBe(taken[0]);
    expect(taken[3]).not.toBe(taken[2]);
    // An idle thread that stopped meanwhile is not taken again.
    await (kept as unknown as { idle: WriteThread }).idle.stop();
    await stage(5);
    expect(taken[4]).not.toBe(taken[3]);
    await kept.close();
  });

  it('never wait on a thread that has stopped: it counts as failed', async () => {
    const thread = new WriteThread();
    await thread.stop();
    expect(thread.failed).toBe(true);
    // Larger than the ring: waits for everything handed over, which a stopped thread never does.
    await thread.room('all');
    expect((await thread.finish())?.error.message).toMatch(/exited/);
  });
});

// A build into a destination with no manifest has the thread make its outputs' folders before the
// pages render (Staging.prepare, build.ts); the site is still exactly what was staged.
describe('folders made ahead', () => {
  const file = (path: string): OutputFile => ({ path, source: path, bytes: Buffer.from(`<${path}>`) });

  it('hold the files staged, and those no file was staged in are gone before the commit', async () => {
    const dest = join(tempDir(), 'site');
    mkdirSync(join(dest, 'kept'), { recursive: true });
    // A thread from the first file: a build prepares only when it has more files than THREAD_AFTER.
    const staging = new Staging(dest, undefined, 0);
    staging.prepare([
      'blog/2020/a/index.html',
      'blog/2020/b/index.html',
      'blog/2021/c/index.html',
      'unused/deep/index.html',
      'kept/x.html',
      '../outside/index.html',
      'index.html',
    ]);
    const outputs = ['blog/2020/a/index.html', 'blog/2021/c/index.html', 'index.html', 'kept/x.html', 'late/y.html'];
    const report = await writeSite(dest, outputs.map(file), undefined, undefined, undefined, undefined, staging);
    expect(report.written).toBe(outputs.length);
    expect([...readTree(dest).keys()].sort()).toEqual(outputs);
    for (const path of outputs) expect(readFileSync(join(dest, path), 'utf8')).toBe(`<${path}>`);
    // No folder of a path never staged: not inside the destination, not beside it.
    expect(existsSync(join(dest, 'blog/2020/b'))).toBe(false);
    expect(existsSync(join(dest, 'unused'))).toBe(false);
    expect(readdirSync(dirname(dest))).toEqual(['site']);
    expect(existsSync(join(dest, '.kiln-staging'))).toBe(false);
  });

  it('are thrown away with the staging when it is abandoned before the stage', async () => {
    const dest = join(tempDir(), 'site');
    const staging = new Staging(dest);
    staging.prepare(Array.from({ length: 300 }, (_, i) => `p/${i}/index.html`));
    await staging.abandon();
    expect(readdirSync(dest)).toEqual([]);
  });
});
