import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { MarkdownRenderer } from './create-markdown.js';
import type { MarkdownOptions } from './types.js';

/** Sources per message to a worker (a batch never spans two claim segments). */
const BATCH = 32;
/**
 * Characters of Markdown a worker holds and has not finished. This thread hands out work only
 * when it runs its event loop or queues sources, and it does neither while it builds the model
 * and prepares the bodies (400–600 ms at 4,000 posts): the worker must have that much to do.
 * 8 MB is about half a second of its work; its copies of them are what it costs in memory.
 */
const IN_FLIGHT = 8_000_000;
/**
 * Characters of Markdown left to render from which this thread renders some too. Its renderer
 * starts cold: its first documents cost ten times what later ones do (about half a second of CPU
 * for the first 200 posts of the benchmark corpus), which pays only when there is more than that
 * left for the workers to do.
 */
const HELP_MIN = 4_000_000;
/** Sources per claim segment: each has a shared array of who rendered which. */
const SEGMENT = 4096;

/** A source's claim: free, or taken by a worker or by this thread (compare-and-swap on shared memory). */
const FREE = 0;
const MINE = 2;
/** The HTML of a claim handed to its caller: known, and no longer held here. */
const EMPTY = Buffer.alloc(0);

interface Live {
  readonly worker: Worker;
  /** Per batch sent: its first source's claim number and how many it holds. */
  readonly sent: Map<number, { first: number; count: number }>;
  /** Characters sent, and (written by the worker) characters finished. */
  chars: number;
  readonly finished: Int32Array;
  dead: boolean;
}

/**
 * Markdown rendered on other threads, one worker per further core (at most 7). It is started
 * before the documents are parsed and is given each source as soon as it is known (bodies
 * without tags while the front matter is read, see `aheadOf`; the rest as the render stage
 * makes them), so that its start-up and V8's warm-up of the renderer overlap this thread's
 * front matter, model and templates. Each source has a numbered claim in shared memory: a
 * worker renders the sources it is sent from the first on, this thread, when it has nothing
 * else to do, takes them from the last one back, and whoever claims a source first renders it,
 * so both threads stay busy to the end without rendering anything twice. Each worker makes its
 * own renderer from the same options, so the HTML is the same as this thread's, and hands its
 * bytes over without a copy. A source a worker could not render is rendered here, where its
 * error is reported as any other.
 */
export class MarkdownPool {
  private readonly workers: Live[];
  /**
   * Every source queued, by its claim number, until its HTML is made: then this thread lets it go
   * (a clean build drops its posts' texts as their HTML comes, post-bodies.ts).
   */
  private readonly queued: Array<string | undefined> = [];
  /** The HTML by claim number: undefined until it is made, null when a worker could not make it. */
  private readonly html: Array<Buffer | null | undefined> = [];
  /** Who waits for each claim's HTML, until it comes. */
  private readonly waiting: Array<Array<() => void> | undefined> = [];
  /** The claim number of each source queued ahead, until `render` asks for it. */
  private readonly pending = new Map<string, number>();
  private readonly claims: Int32Array[] = [];
  /** Sources before this one were sent to a worker, or taken by this thread. */
  private sentUpTo = 0;
  /** Characters queued and not yet sent. */
  private unsent = 0;
  private nextId = 0;

  constructor(options: MarkdownOptions, threads = Math.min(availableParallelism(), 8) - 1) {
    // worker.ts bundled into one file (scripts/bundle-cli.mjs): a worker starts with less to load.
    const url = new URL('../../markdown-worker.cjs', import.meta.url);
    // Loaded here: most builds start no worker, and Node's worker module costs start-up time.
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    this.workers = Array.from({ length: Math.max(0, threads) }, () => {
      const finished = new Int32Array(new SharedArrayBuffer(4));
      const entry: Live = {
        worker: new Worker(url, { workerData: { options, finished } }),
        sent: new Map(),
        chars: 0,
        finished,
        dead: false,
      };
      // Transferred bytes arrive as plain Uint8Arrays: the same memory, seen as Buffers. A source
      // this thread claimed first comes back as false.
      entry.worker.on('message', (msg: { id: number; html: Array<Uint8Array | null | false> }) => {
        const batch = entry.sent.get(msg.id)!;
        entry.sent.delete(msg.id);
        msg.html.forEach((html, k) => {
          if (html !== false)
            this.settle(batch.first + k, html && Buffer.from(html.buffer, html.byteOffset, html.byteLength));
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
    for (const s of sources) if (!this.pending.has(s)) this.push(s);
    this.pump();
  }

  /**
   * The HTML of each source, in order, as UTF-8: those rendered ahead as they are, the others
   * shared between the workers (from the first source not done on) and this thread (from the
   * last back, when HELP_MIN are left). `rendered` hears how many sources, from the first on, are
   * done; `settled` hears of each source (by its index in `sources`) whose HTML is made, after
   * which the pool holds the source no longer. The array is read before the first wait: a caller
   * may let its sources go as they settle.
   */
  async render(
    sources: readonly string[],
    local: MarkdownRenderer,
    rendered: (count: number) => void = () => {},
    settled?: (index: number) => void,
  ): Promise<Buffer[]> {
    const claims = sources.map((s) => this.pending.get(s) ?? this.push(s));
    // Asked for: each is known by its claim number from now on, not by its text.
    this.pending.clear();
    this.pump();
    let prefix = 0;
    const advance = () => {
      const before = prefix;
      while (prefix < claims.length && this.html[claims[prefix]!] !== undefined) prefix++;
      if (prefix > before) rendered(prefix);
    };
    // Each settled source moves the count on (a settled source's waiters run once).
    claims.forEach((k, j) => {
      const waiters = this.waiting[k];
      if (!waiters) settled?.(j);
      else if (!settled) waiters.push(advance);
      else
        waiters.push(() => {
          advance();
          settled(j);
        });
    });
    advance();
    if (!this.parallel || this.left() >= HELP_MIN) await this.help(local);
    await Promise.all(
      claims.map((k) =>
        this.html[k] !== undefined ? null : new Promise<void>((resolve) => this.waiting[k]!.push(resolve)),
      ),
    );
    const html = claims.map((k) => this.html[k] ?? this.renderHere(k, local));
    // The HTML is the caller's now.
    for (const k of claims) this.html[k] = EMPTY;
    return html;
  }

  /** Stops the workers; what they were given and did not finish is dropped. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    this.pending.clear();
  }

  /**
   * Renders here, from the last source queued back, each source no worker has claimed, until
   * none is left; replies from the workers are taken between batches. Once it has started, this
   * thread's renderer is warm: it goes on to the end.
   */
  private async help(local: MarkdownRenderer): Promise<void> {
    let k = this.queued.length - 1;
    while (k >= 0) {
      for (let n = 0; n < BATCH && k >= 0; k--) {
        if (!this.claim(k)) continue;
        const s = this.queued[k]!;
        if (k >= this.sentUpTo) this.unsent -= s.length;
        this.settle(k, Buffer.from(local.render(s).html));
        n++;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Characters of Markdown no one has finished yet, as far as this thread knows. */
  private left(): number {
    let inFlight = 0;
    for (const w of this.workers) if (!w.dead) inFlight += w.chars - Atomics.load(w.finished, 0);
    return this.unsent + inFlight;
  }

  /** Claims source `k` for this thread; false when a worker has it. */
  private claim(k: number): boolean {
    return Atomics.compareExchange(this.claims[Math.floor(k / SEGMENT)]!, k % SEGMENT, FREE, MINE) === FREE;
  }

  /** Claim `k`'s source rendered here (one a worker could not render, or none was left to). */
  private renderHere(k: number, local: MarkdownRenderer): Buffer {
    const html = Buffer.from(local.render(this.queued[k]!).html);
    this.settle(k, html);
    return html;
  }

  /** Queues a source: its claim number. */
  private push(source: string): number {
    const k = this.queued.length;
    if (k % SEGMENT === 0) this.claims.push(new Int32Array(new SharedArrayBuffer(4 * SEGMENT)));
    this.queued.push(source);
    this.html.push(undefined);
    this.waiting.push([]);
    this.pending.set(source, k);
    this.unsent += source.length;
    return k;
  }

  /** A worker that stopped: what it held, and with no worker left what waits to be sent, is rendered here. */
  private lost(entry: Live): void {
    if (entry.dead) return;
    entry.dead = true;
    for (const { first, count } of entry.sent.values())
      for (let k = first; k < first + count; k++) this.settle(k, null);
    entry.sent.clear();
    if (!this.parallel) {
      for (let k = this.sentUpTo; k < this.queued.length; k++) this.settle(k, null);
      this.sentUpTo = this.queued.length;
      this.unsent = 0;
    }
    this.pump();
  }

  /** Claim `k`'s HTML is known (null: to be rendered here): its source goes, unless it is still to be rendered. */
  private settle(k: number, html: Buffer | null): void {
    if (this.html[k]) return;
    this.html[k] = html;
    if (html) this.queued[k] = undefined;
    const waiters = this.waiting[k];
    this.waiting[k] = undefined;
    for (const w of waiters ?? []) w();
  }

  /** Sends each live worker batches until it holds IN_FLIGHT characters not finished; not what this thread took. */
  private pump(): void {
    for (const w of this.workers) {
      while (!w.dead && w.chars - Atomics.load(w.finished, 0) < IN_FLIGHT) {
        while (this.sentUpTo < this.queued.length && this.mine(this.sentUpTo)) this.sentUpTo++;
        if (this.sentUpTo === this.queued.length) break;
        const first = this.sentUpTo;
        const limit = Math.min(this.queued.length, first + BATCH, (Math.floor(first / SEGMENT) + 1) * SEGMENT);
        let end = first + 1;
        while (end < limit && !this.mine(end)) end++;
        const sources = this.queued.slice(first, end) as string[];
        this.sentUpTo = end;
        let chars = 0;
        for (const s of sources) chars += s.length;
        this.unsent -= chars;
        w.chars += chars;
        const id = this.nextId++;
        w.sent.set(id, { first, count: sources.length });
        // Its claims: those of the segment, from `at` on.
        const claims = this.claims[Math.floor(first / SEGMENT)]!.buffer;
        w.worker.postMessage({ id, at: first % SEGMENT, sources, claims });
      }
    }
  }

  /** Whether this thread claimed source `k`. */
  private mine(k: number): boolean {
    return Atomics.load(this.claims[Math.floor(k / SEGMENT)]!, k % SEGMENT) === MINE;
  }
}
