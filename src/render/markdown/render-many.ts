import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { MarkdownRenderer } from './create-markdown.js';
import type { MarkdownOptions } from './types.js';

const BATCH = 48;

/**
 * Below this many documents, worker start-up costs more than it saves. Measured on 2 cores
 * (`kiln build --timings`): 1,000 posts (1,600 documents with excerpts) render no faster with a
 * worker, 4,000 posts render in 1.6 s instead of 2.2 s.
 */
const PARALLEL_MIN = 2500;

/**
 * Renders many Markdown documents, in order, each to its HTML as UTF-8. Kept as bytes, the HTML
 * takes half the memory: typographic quotes and dashes make V8 keep a string at two bytes a
 * character, and every post's body is kept until its page is written. From `parallelMin`
 * documents on, the work is shared between this thread and one worker thread per further core;
 * each worker makes its own renderer from the same options, so the HTML is the same as
 * in-process rendering, and hands its bytes over without a copy. `rendered` hears how many
 * sources, from the first on, are done.
 */
export async function renderMany(
  sources: readonly string[],
  options: MarkdownOptions,
  local: MarkdownRenderer,
  parallelMin = PARALLEL_MIN,
  rendered: (count: number) => void = () => {},
): Promise<Buffer[]> {
  const extraThreads = Math.min(availableParallelism(), 8) - 1;
  if (sources.length < parallelMin || extraThreads < 1)
    return sources.map((s, k) => {
      const html = Buffer.from(local.render(s).html);
      rendered(k + 1);
      return html;
    });
  const workerUrl = new URL('./worker.js', import.meta.url);
  // Loaded here: most builds start no worker, and Node's worker module costs start-up time.
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const results: Buffer[] = new Array(sources.length);
  // Batches finish out of order: what is reported is the run of finished sources from the first.
  let prefix = 0;
  const advance = () => {
    const before = prefix;
    while (prefix < sources.length && results[prefix] !== undefined) prefix++;
    if (prefix > before) rendered(prefix);
  };
  const workers = Array.from({ length: extraThreads }, () => new Worker(workerUrl, { workerData: options }));
  let next = 0;
  const take = () => {
    const id = next;
    next += BATCH;
    return id;
  };
  const inWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= sources.length) return resolve();
        const id = take();
        worker.postMessage({ id, sources: sources.slice(id, id + BATCH) });
      };
      // Transferred bytes arrive as plain Uint8Arrays: the same memory, seen as Buffers.
      worker.on('message', (msg: { id: number; html: Uint8Array[] }) => {
        msg.html.forEach((html, k) => {
          results[msg.id + k] = Buffer.from(html.buffer, html.byteOffset, html.byteLength);
        });
        advance();
        send();
      });
      worker.on('error', reject);
      send();
    });
  // This thread takes batches too, yielding between them so worker replies are handled.
  const here = async () => {
    while (next < sources.length) {
      const id = take();
      for (let k = id; k < Math.min(id + BATCH, sources.length); k++)
        results[k] = Buffer.from(local.render(sources[k]!).html);
      advance();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([here(), ...workers.map(inWorker)]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/** HTML by Markdown source, kept between builds (the renderer's options never change under it). */
export interface MarkdownMemo {
  markdown: Map<string, Buffer>;
}

/** Markdown for many sources; with a memo, only sources not seen before are rendered. */
export async function renderMarkdown(
  sources: string[],
  options: MarkdownOptions,
  local: MarkdownRenderer,
  cache?: MarkdownMemo,
  rendered: (count: number) => void = () => {},
): Promise<Buffer[]> {
  if (!cache) return renderMany(sources, options, local, PARALLEL_MIN, rendered);
  // Sources already rendered are reused, so the others are not rendered in order: all are done at the end.
  const misses = [...new Set(sources.filter((s) => !cache.markdown.has(s)))];
  const html = await renderMany(misses, options, local);
  for (const [i, s] of misses.entries()) cache.markdown.set(s, html[i]!);
  const used = new Map<string, Buffer>();
  const out = sources.map((s) => {
    const h = cache.markdown.get(s)!;
    used.set(s, h);
    return h;
  });
  cache.markdown = used; // drop what no document uses any more
  rendered(sources.length);
  return out;
}
