import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { KeptRenders } from '../kept.js';
import type { MarkdownRenderer } from './renderer.js';
import type { MarkdownOptions } from './types.js';
import type { WorkerData } from './worker.js';

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
 * starts cold: its first documents cost ten times what later ones do (about 0.6 s of CPU for the
 * first 500 posts of the benchmark corpus, 85 ms warm), and V8 compiles the renderer a second
 * time for it, on the same two cores. At 4,000 posts about 21 M characters are left when the
 * render stage starts; helping then cost 0.5-0.7 s of CPU and no wall time (alternating clean
 * builds into /dev/shm, 6-8 rounds: CPU 5.09 against 5.80 s, wall 3.09 against 3.20 s, with a
 * threshold of 4 M). At 10,000 posts (about 55 M left) helping pays: 4.8-5.3 s against 5.8-6.5.
 */
const HELP_MIN = 24_000_000;
/**
 * The young generation of a worker's heap, in MB. What a worker makes of a document dies once its
 * HTML is encoded, so it needs less than V8's default (48): a 4,000-post build peaked 20 MiB lower
 * than with the default, a 10,000-post one about 12 MiB lower. But a batch's sources live until its
 * last document is done: with 4 MB they outlived two scavenges and were copied into the old
 * generation, and the worker's collector took 363–368 ms of a 4,000-post build (310–370
 * scavenges); with 16, 176–204 ms (about 100), at the same peak at 10,000 posts (365–370 MiB
 * against 365–372, 4 alternating builds) and 5 MiB more at 4,000 (235 against 230).
 */
const YOUNG_MB = 16;
/** Sources given before a pool that waits for work (`StartWhen`) projects how many are to render. */
const PROJECT_AFTER = 64;
/** Sources per claim segment: each has a shared array of who rendered which. */
const SEGMENT = 4096;

/** A source's claim: free, or taken by a worker or by this thread (compare-and-swap on shared memory). */
const FREE = 0;
const MINE = 2;

/**
 * When a pool with kept HTML starts its workers: once the sources it was given that are not kept,
 * projected from those over `posts` (the posts to be read), reach `min`.
 */
export interface StartWhen {
  readonly posts: number;
  readonly min: number;
}

interface Live {
  readonly worker: Worker;
  /** Per batch sent: its first source's ticket and how many sources it has. */
  readonly sent: Map<number, { first: number; count: number }>;
  /** Characters sent, and (written by the worker) characters finished. */
  chars: number;
  readonly finished: Int32Array;
  dead: boolean;
}

/**
 * Markdown rendered on other threads, one worker per further core (at most 7). It is started
 * before the files are read (with kept HTML, once enough of what it is given is not kept) and is
 * given each source as soon as it is known (bodies without tags as their files are read, see
 * `aheadOf`; the rest as the render stage makes them), so that its start-up and V8's warm-up of
 * the renderer overlap this thread's reading, front matter, model and templates. Each source has a
 * numbered claim in shared memory: a worker renders the sources it is sent from the first on, this
 * thread, when it has nothing else to do, takes them from the last one back, and whoever claims a
 * source first renders it, so both threads stay busy to the end without rendering anything twice.
 * Each worker makes its own renderer from the same options, so the HTML is the same as this
 * thread's, and hands its bytes over without a copy. A source a worker could not render is
 * rendered here, where its error is reported as any other. A source is known by its ticket (its
 * claim's number), not by its text: a map keyed by text would hash every source, which cost this
 * thread more than sending them.
 */
export class MarkdownPool {
  private workers: Live[] = [];
  private started = false;
  /** Sources given (`ahead`) that were not kept, until the workers start (`startWhen`). */
  private toRender = 0;
  /** Every source queued, by its ticket (emptied once its HTML is handed over). */
  private readonly queued: string[] = [];
  private readonly claims: Int32Array[] = [];
  /** Sources before this one were sent to a worker, or taken by this thread. */
  private sentUpTo = 0;
  /** HTML by ticket, and the tickets queued or in flight with who waits for them. */
  private readonly done = new Map<number, Buffer | null>();
  private readonly waiting = new Map<number, Array<() => void>>();
  /** The ticket of the source queued for an owner (a document whose body was known early), by owner. */
  private readonly owned = new WeakMap<object, { source: string; ticket: number }>();
  /** Characters queued and not yet sent. */
  private unsent = 0;
  private nextId = 0;
  /** With kept HTML, the key of each source to render, by ticket, until its HTML is kept. */
  private readonly keys: Array<string | undefined> = [];

  /**
   * `kept`: HTML kept from earlier builds (kept.ts): a source found there is not rendered, the
   * others are kept. `startWhen`: the workers start only once enough of what the pool is given is
   * not kept (below); without it, at once.
   */
  constructor(
    private readonly options: MarkdownOptions,
    readonly threads = Math.min(availableParallelism(), 8) - 1,
    private readonly kept?: KeptRenders,
    private readonly startWhen?: StartWhen,
  ) {
    if (!startWhen) this.start();
  }

  /** Starts the workers, and sends them what is queued. */
  private start(): void {
    this.started = true;
    // worker.ts bundled into one file (scripts/bundle-cli.mjs): a worker starts with less to load.
    const url = new URL('../../markdown-worker.cjs', import.meta.url);
    // Loaded here: most builds start no worker, and Node's worker module costs start-up time.
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    this.workers = Array.from({ length: Math.max(0, this.threads) }, () => {
      const finished = new Int32Array(new SharedArrayBuffer(4));
      const entry: Live = {
        worker: new Worker(url, {
          workerData: { options: this.options, finished } satisfies WorkerData,
          resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
        }),
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
    this.pump();
  }

  /** Whether there is a worker to share the work with. */
  get parallel(): boolean {
    return this.workers.some((w) => !w.dead);
  }

  /**
   * Queues a source whose HTML will be asked for: its ticket. Workers are sent whole batches at
   * once (one message per source cost both threads more than the copies), the rest with `flush`
   * or `render`. With an owner, `ticket` finds it again.
   */
  ahead(source: string, owner?: object): number {
    const ticket = this.queued.length;
    this.waiting.set(ticket, []);
    if (ticket % SEGMENT === 0) this.claims.push(new Int32Array(new SharedArrayBuffer(4 * SEGMENT)));
    if (owner) this.owned.set(owner, { source, ticket });
    const key = this.kept?.key(source);
    const html = key === undefined ? undefined : this.kept!.get(key);
    if (html) {
      // Kept: claimed by this thread, so no worker is sent it, and settled at once.
      Atomics.store(this.claims[Math.floor(ticket / SEGMENT)]!, ticket % SEGMENT, MINE);
      this.queued.push('');
      this.settle(ticket, html);
      return ticket;
    }
    this.keys[ticket] = key;
    this.queued.push(source);
    this.unsent += source.length;
    if (!this.started) {
      this.toRender++;
      this.startIfWorthIt();
    } else if (ticket + 1 - this.sentUpTo >= BATCH) this.pump();
    return ticket;
  }

  /**
   * Starts the workers once the sources not kept, projected over the posts to come, reach
   * `startWhen.min`: a rebuild that finds (nearly) every body kept renders the rest on this
   * thread, without a worker's start-up (every body kept, 14 alternating builds: 4,000 posts 1.52 s
   * against 1.56, CPU 2.26 s against 2.34; 10,000 posts, 6 builds: 2.84 s against 2.90, CPU 4.15
   * against 4.28).
   */
  private startIfWorthIt(): void {
    const { posts, min } = this.startWhen!;
    // Every source given is queued, kept or not.
    const given = this.queued.length;
    if (given < PROJECT_AFTER) return;
    if (this.toRender * Math.max(1, posts / given) >= min) this.start();
  }

  /** Sends the workers what is queued, as far as they take it. */
  flush(): void {
    this.pump();
  }

  /** The ticket of `source`: the one queued for `owner` when that was this very text, else a new one. */
  ticket(owner: object, source: string): number {
    const known = this.owned.get(owner);
    if (known === undefined || known.source !== source) return this.ahead(source);
    this.owned.delete(owner);
    return known.ticket;
  }

  /**
   * The HTML of each source, by its ticket, in order, as UTF-8: those rendered ahead as they are,
   * the others shared between the workers (from the first not done on) and this thread (from the
   * last queued back, when HELP_MIN are left). `rendered` hears how many sources, from the first
   * on, are done; `settled` hears of each source (by its index in `tickets`) whose HTML is made,
   * after which the pool holds the source no longer (a clean build lets its posts' texts go as
   * their HTML comes, post-bodies.ts). A ticket is asked for once.
   */
  async render(
    tickets: readonly number[],
    local: MarkdownRenderer,
    rendered: (count: number) => void = () => {},
    settled?: (index: number) => void,
  ): Promise<Buffer[]> {
    this.pump();
    let prefix = 0;
    const advance = () => {
      const before = prefix;
      while (prefix < tickets.length && this.done.has(tickets[prefix]!)) prefix++;
      if (prefix > before) rendered(prefix);
    };
    // Each settled source moves the count on (a settled source's waiters run once).
    tickets.forEach((t, j) => {
      const waiters = this.waiting.get(t);
      if (!waiters) settled?.(j);
      else if (!settled) waiters.push(advance);
      else
        waiters.push(() => {
          advance();
          settled(j);
        });
    });
    advance();
    // Sources are looked up and kept here, not by the renderer.
    const plain = local.plain ?? local;
    if (!this.parallel || this.left() >= HELP_MIN) await this.help(plain);
    await Promise.all(
      tickets.map((t) => {
        const waiters = this.waiting.get(t);
        return waiters && new Promise<void>((resolve) => waiters.push(resolve));
      }),
    );
    // A source no worker could render (null) is rendered here, where its error is reported.
    const html = tickets.map((t) => this.done.get(t) ?? this.renderHere(t, plain));
    for (const t of tickets) this.done.delete(t);
    return html;
  }

  /**
   * Stops the workers; what they were given and did not finish is rendered here when asked for.
   * HTML already made is kept for `render`: its source is gone.
   */
  async close(): Promise<void> {
    // A pool that never started stays so: no source given after this starts a worker.
    this.started = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
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
        this.settle(k, local.bytes(s));
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

  private renderHere(ticket: number, local: MarkdownRenderer): Buffer {
    const html = local.bytes(this.queued[ticket]!);
    this.settle(ticket, html);
    return html;
  }

  /** A worker that stopped: what it held, and with no worker left what waits to be sent, is rendered here. */
  private lost(entry: Live): void {
    if (entry.dead) return;
    entry.dead = true;
    for (const batch of entry.sent.values()) for (let k = 0; k < batch.count; k++) this.settle(batch.first + k, null);
    entry.sent.clear();
    if (!this.parallel) {
      for (let t = this.sentUpTo; t < this.queued.length; t++) this.settle(t, null);
      this.sentUpTo = this.queued.length;
      this.unsent = 0;
    }
    this.pump();
  }

  /** A ticket's HTML is known (null: to be rendered here): its source goes, unless it is still to be rendered. */
  private settle(ticket: number, html: Buffer | null): void {
    if (this.done.get(ticket)) return;
    this.done.set(ticket, html);
    if (html) {
      this.queued[ticket] = '';
      const key = this.keys[ticket];
      if (key !== undefined) {
        this.kept!.put(key, html);
        this.keys[ticket] = undefined;
      }
    }
    const waiters = this.waiting.get(ticket);
    this.waiting.delete(ticket);
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
        const sources = this.queued.slice(first, end);
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
