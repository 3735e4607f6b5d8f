import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { MarkdownRenderer } from './create-markdown.js';
import type { MarkdownOptions } from './types.js';

/** Sources per message to a worker. */
const BATCH = 32;
/** Batches a worker holds at once: it starts the next while this thread takes the last one's reply. */
const IN_FLIGHT = 2;
/**
 * Characters of Markdown left to send from which this thread renders some too. Its renderer
 * starts cold: its first documents cost ten times what later ones do (about half a second of CPU
 * for the first 200 posts of the benchmark corpus), which pays only when there is more than that
 * left for the workers to do: about a thousand such posts, 8 MB.
 */
const HELP_MIN = 8_000_000;

/**
 * Markdown rendered on other threads, one worker per further core (at most 7). It is started
 * before the documents are parsed, and is given the sources it can render before any template
 * runs (bodies and excerpts without tags, see `aheadOf`), so that its start-up and V8's warm-up
 * of the renderer (the first 50 documents cost ten times what later ones do) overlap this
 * thread's reading, front matter and model. When the render stage asks for the HTML of its
 * sources, those rendered ahead are ready; the rest are shared between this thread and the
 * workers. Each worker makes its own renderer from the same options, so the HTML is the same as
 * this thread's, and hands its bytes over without a copy. A source a worker could not render
 * is rendered here, where its error is reported as any other.
 */
export class MarkdownPool {
  private readonly workers: Array<{ worker: Worker; batches: number; sent: Map<number, string[]>; dead: boolean }>;
  /** Sources waiting to be sent, in order. */
  private readonly todo: string[] = [];
  private taken = 0;
  /** Characters of the sources not taken yet. */
  private left = 0;
  /** HTML by source, and the sources queued or in flight with who waits for them. */
  private readonly done = new Map<string, Buffer | null>();
  private readonly waiting = new Map<string, Array<() => void>>();
  private nextId = 0;

  constructor(options: MarkdownOptions, threads = Math.min(availableParallelism(), 8) - 1) {
    const url = new URL('./worker.js', import.meta.url);
    // Loaded here: most builds start no worker, and Node's worker module costs start-up time.
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    this.workers = Array.from({ length: Math.max(0, threads) }, () => {
      const entry = { worker: new Worker(url, { workerData: options }), batches: 0, sent: new Map(), dead: false };
      // Transferred bytes arrive as plain Uint8Arrays: the same memory, seen as Buffers.
      entry.worker.on('message', (msg: { id: number; html: Array<Uint8Array | null> }) => {
        const sources = entry.sent.get(msg.id)!;
        entry.sent.delete(msg.id);
        entry.batches--;
        msg.html.forEach((html, k) => {
          this.settle(sources[k]!, html && Buffer.from(html.buffer, html.byteOffset, html.byteLength));
        });
        this.pump();
      });
      // A worker that fails (out of memory) leaves its sources to the others and to this thread.
      entry.worker.on('error', () => this.lost(entry));
      entry.worker.on('exit', () => this.lost(entry));
      return entry;
    });
  }

  /** Whether there is a worker to share the work with. */
  get parallel(): boolean {
    return this.workers.some((w) => !w.dead);
  }

  /** Queues sources whose HTML will be asked for; workers start on them at once. */
  ahead(sources: readonly string[]): void {
    for (const s of sources) {
      if (this.done.has(s) || this.waiting.has(s)) continue;
      this.waiting.set(s, []);
      this.todo.push(s);
      this.left += s.length;
    }
    this.pump();
  }

  /**
   * The HTML of each source, in order, as UTF-8: those rendered ahead as they are, the others
   * shared between this thread (taking from the end of the queue, when HELP_MIN are left) and
   * the workers (from its start). `rendered` hears how many sources, from the first on, are done.
   */
  async render(
    sources: readonly string[],
    local: MarkdownRenderer,
    rendered: (count: number) => void = () => {},
  ): Promise<Buffer[]> {
    this.ahead(sources);
    let prefix = 0;
    const advance = () => {
      const before = prefix;
      while (prefix < sources.length && this.done.has(sources[prefix]!)) prefix++;
      if (prefix > before) rendered(prefix);
    };
    // Each settled source moves the count on (a settled source's waiters run once).
    for (const s of sources) this.waiting.get(s)?.push(advance);
    advance();
    // Once it has started, this thread's renderer is warm: it goes on while anything is left.
    let helping = false;
    while (this.taken < this.todo.length && (helping || !this.parallel || this.left >= HELP_MIN)) {
      helping = true;
      const end = this.todo.length;
      const from = Math.max(this.taken, end - BATCH);
      for (const s of this.todo.splice(from, end - from)) {
        this.left -= s.length;
        this.settle(s, Buffer.from(local.render(s).html));
      }
      // Replies from the workers are taken between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(
      sources.map((s) =>
        this.done.has(s) ? null : new Promise<void>((resolve) => this.waiting.get(s)!.push(resolve)),
      ),
    );
    const html = sources.map((s) => this.done.get(s) ?? this.renderHere(s, local));
    for (const s of sources) this.done.delete(s);
    return html;
  }

  /** Stops the workers; what they were given and did not finish is dropped. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    this.done.clear();
  }

  private renderHere(source: string, local: MarkdownRenderer): Buffer {
    const html = Buffer.from(local.render(source).html);
    this.done.set(source, html);
    return html;
  }

  /** A worker that stopped: what it held, and with no worker left what waits to be sent, is rendered here. */
  private lost(entry: (typeof this.workers)[number]): void {
    entry.dead = true;
    for (const sources of entry.sent.values()) for (const s of sources) this.settle(s, null);
    entry.sent.clear();
    if (!this.parallel) {
      for (const s of this.todo.splice(this.taken)) this.settle(s, null);
      this.left = 0;
    }
    this.pump();
  }

  private settle(source: string, html: Buffer | null): void {
    if (this.done.get(source)) return;
    this.done.set(source, html);
    const waiters = this.waiting.get(source);
    this.waiting.delete(source);
    for (const w of waiters ?? []) w();
  }

  /** Sends each live worker batches until it holds IN_FLIGHT of them. */
  private pump(): void {
    for (const w of this.workers) {
      while (!w.dead && w.batches < IN_FLIGHT && this.taken < this.todo.length) {
        const sources = this.todo.slice(this.taken, this.taken + BATCH);
        this.taken += sources.length;
        for (const source of sources) this.left -= source.length;
        const id = this.nextId++;
        w.sent.set(id, sources);
        w.batches++;
        w.worker.postMessage({ id, sources });
      }
    }
    // The sent part of the queue is dropped now and then, not on every send.
    if (this.taken > 4096 && this.taken === this.todo.length) {
      this.todo.length = 0;
      this.taken = 0;
    }
  }
}
