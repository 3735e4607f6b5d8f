import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tree.js';
import { readCorpus } from '../../markdown-oracle/corpus.js';
import { kilnFor, kilnOptions } from '../../markdown-oracle/normalize.js';

// The Markdown worker threads' script (dist/markdown-worker.cjs, from src/cli/markdown-worker.ts)
// as render/markdown/pool.ts starts it, with the Markdown program's cache (dist/markdown-program.cjs). Each worker is a V8 isolate of its own: one that loads
// from the cache compiled nothing of it, however many ran before it in this process.
const SCRIPT = join(import.meta.dirname, '..', '..', '..', 'dist', 'markdown-worker.cjs');
const sources = readCorpus()
  .map((c) => c.src)
  .slice(0, 40);

const cacheFiles = (dir: string) => readdirSync(dir).filter((n) => /^markdown-[0-9a-f]{32}\.bin$/.test(n));

/** Starts a worker with its cache in `dir`, sends it one batch, and stops it `settle` ms after the HTML is back. */
async function renderInWorker(dir: string, settle: number): Promise<string[]> {
  const worker = new Worker(SCRIPT, {
    workerData: { options: kilnOptions(2), finished: new Int32Array(new SharedArrayBuffer(4)) },
    env: { ...process.env, KILN_CACHE_DIR: dir },
  });
  try {
    const claims = new SharedArrayBuffer(4 * sources.length);
    const reply = new Promise<{ html: Uint8Array[] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    worker.postMessage({ id: 0, at: 0, sources, claims });
    const { html } = await reply;
    await new Promise((resolve) => setTimeout(resolve, settle));
    return html.map((b) => Buffer.from(b).toString());
  } finally {
    await worker.terminate();
  }
}

/** Waits (up to 10 s) until `dir` holds a worker cache; its bytes. */
async function cacheIn(dir: string): Promise<Buffer> {
  for (let waited = 0; waited < 10_000; waited += 20) {
    const [name] = cacheFiles(dir);
    if (name) return readFileSync(join(dir, name));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no worker cache in ${dir}`);
}

/**
 * Starts a worker with its cache in `dir`, sends it `batches` batches at once (a build keeps a
 * worker that busy to its end) and stops it as soon as the last one is answered.
 */
async function busyWorker(dir: string, batches: number): Promise<void> {
  const worker = new Worker(SCRIPT, {
    workerData: { options: kilnOptions(2), finished: new Int32Array(new SharedArrayBuffer(4)) },
    env: { ...process.env, KILN_CACHE_DIR: dir },
  });
  try {
    const replies = new Promise<void>((resolve, reject) => {
      let left = batches;
      worker.on('message', () => --left === 0 && resolve());
      worker.once('error', reject);
    });
    for (let id = 0; id < batches; id++)
      worker.postMessage({ id, at: 0, sources, claims: new SharedArrayBuffer(4 * sources.length) });
    await replies;
  } finally {
    await worker.terminate();
  }
}

describe("the Markdown workers' code cache (src/cli/markdown-worker.ts)", () => {
  it('is written by a worker kept busy until it is stopped, with no temporary file left', async () => {
    const dir = join(tempDir('worker-cache'), 'cache');
    await busyWorker(dir, 4);
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('is written once a worker has answered its first batch, and a worker loaded from it renders the same HTML', async () => {
    const dir = join(tempDir('worker-cache'), 'cache');
    const expected = sources.map((s) => kilnFor(2).render(s).html);
    expect(await renderInWorker(dir, 300)).toEqual(expected);
    const written = await cacheIn(dir);
    // Taken as it is: not written again.
    expect(await renderInWorker(dir, 300)).toEqual(expected);
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(await cacheIn(dir)).toEqual(written);
  });

  it('renders the same from a damaged cache, and replaces it with a good one', async () => {
    const dir = join(tempDir('worker-cache'), 'cache');
    const expected = sources.map((s) => kilnFor(2).render(s).html);
    await renderInWorker(dir, 300);
    const good = await cacheIn(dir);
    const path = join(dir, cacheFiles(dir)[0]!);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 10]! ^= 0xff;
    writeFileSync(path, flipped);
    expect(await renderInWorker(dir, 300)).toEqual(expected);
    expect(readFileSync(path).equals(flipped)).toBe(false);
    expect(await renderInWorker(dir, 300)).toEqual(expected);
  });
});
