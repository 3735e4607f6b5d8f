import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';

/**
 * A failure on the writing thread: the system's error and the output whose file it was writing,
 * or (no output) the thread itself stopped.
 */
export interface ThreadFailure {
  readonly output?: string;
  readonly error: NodeJS.ErrnoException;
}

/** Bytes of pages between this thread and the writing one: copied in once, reused all along. */
const RING = 4 * 1024 * 1024;
/**
 * A file larger than this is not copied: it is written by the thread that has it, once the
 * writing thread has done all before it (an index page of a 10,000-post blog is 1.3 MB).
 */
const LARGE = RING / 4;
/** Bytes and files per message: enough that messages cost little, few enough to keep the thread busy. */
const BATCH_BYTES = 256 * 1024;
const BATCH_FILES = 64;

/** The part count of an operation that makes a folder, or an empty file (the program has them as numbers). */
const MKDIR = -1;
const CREATE = -2;

/** What is shared with the thread: messages finished, and whether it failed. */
const DONE = 0;
const FAILED = 1;

/**
 * Folders made and files written in the staging folder by a thread of its own, in the order they
 * are handed over, while this thread renders the next pages: the system calls of the stage run on
 * the other core. Each file's own bytes are copied into a ring of shared memory (a fresh buffer
 * per message cost more in page faults than the copy: 0.3 ms per 256 KB here), its parts already
 * in shared memory are not, and each message names the files and where their parts are. When the ring is full, `room` waits without
 * blocking the event loop (a thread that stopped ends the wait). After a failure the thread does
 * nothing more and `failed` says so; `finish` waits for everything handed over and says what
 * failed first.
 */
export class WriteThread {
  private readonly worker: Worker;
  private readonly state = new Int32Array(new SharedArrayBuffer(8));
  private readonly ring = Buffer.from(new SharedArrayBuffer(RING));
  /**
   * Operations not sent yet: a folder is its path, its output and -1 (an empty file: -2); a file
   * its path, its output, its number of parts, 1 when it was made ahead (else 0), and each part's
   * source (-1: the ring, else a shared fragment), start and end.
   */
  private ops: Array<string | number> = [];
  /** Shared fragments the thread has been sent, by their memory, and those to send with the next message. */
  private readonly fragments = new Map<SharedArrayBuffer, number>();
  private newFragments: SharedArrayBuffer[] = [];
  private bytes = 0;
  private files = 0;
  /** Where the next file's bytes go, counted from the first byte ever put in the ring. */
  private head = 0;
  /** Where each message sent ends in that count; how many the thread has finished is in `state`. */
  private readonly ends: number[] = [];
  /** Set when the thread stopped on its own (it failed to start, or died). */
  private stopped: ThreadFailure | undefined;
  private readonly ended: Promise<void>;

  constructor() {
    // Loaded here: most builds write too few files for a thread, and Node's worker module costs start-up time.
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    // The program is this module's function, as text: the same in the sources, tsc's tree and the bundle.
    // It needs no Node option, and one inherited could break it: under `--input-type=module` the
    // text would be read as a module, where `require` is not defined.
    this.worker = new Worker(`(${writeThreadProgram.toString()})(require);`, {
      eval: true,
      execArgv: [],
      workerData: { state: this.state, ring: this.ring.buffer },
    });
    this.ended = new Promise((resolve) => {
      // A thread that stops wakes whoever waits on its count (`room`), as a finished message would.
      const stop = (failure: ThreadFailure) => {
        this.stopped ??= failure;
        Atomics.notify(this.state, DONE);
        resolve();
      };
      this.worker.once('error', (error) => stop({ error }));
      this.worker.once('exit', (code) => stop({ error: new Error(`it exited with code ${code}`) }));
    });
  }

  /** Whether a folder or file failed (nothing after it is done), or the thread stopped. */
  get failed(): boolean {
    return this.stopped !== undefined || Atomics.load(this.state, FAILED) === 1;
  }

  mkdir(path: string, output: string): void {
    this.ops.push(path, output, MKDIR);
  }

  /** Makes an empty file, to be written later: creating it is most of a small file's cost. */
  create(path: string, output: string): void {
    this.ops.push(path, output, CREATE);
  }

  /**
   * Hands a file over when the ring has room for it now: true. Its parts in shared memory (the
   * shared fragments of pages, write-site.ts) are not copied: the thread writes them from there.
   * `madeAhead`: the file is there, empty (`create`).
   */
  offer(path: string, data: readonly Buffer[], output: string, madeAhead = false): boolean {
    const length = ringLength(data);
    if (length > LARGE || !this.fits(length)) return false;
    const start = this.startOf(length);
    let at = start % RING;
    this.ops.push(path, output, data.length, madeAhead ? 1 : 0);
    for (const b of data) {
      if (b.buffer instanceof SharedArrayBuffer) {
        this.ops.push(this.fragment(b.buffer), b.byteOffset, b.byteOffset + b.length);
        continue;
      }
      this.ops.push(-1, at, at + b.length);
      at += b.copy(this.ring, at);
    }
    this.head = start + length;
    this.bytes += length;
    if (++this.files >= BATCH_FILES || this.bytes >= BATCH_BYTES) this.flush();
    return true;
  }

  /**
   * Waits until a file fits in the ring, or, for one larger than it takes, until everything
   * handed over is done (the caller then writes it). Ends at once on a failure.
   */
  async room(data: readonly Buffer[] | 'all'): Promise<void> {
    const length = data === 'all' ? Number.POSITIVE_INFINITY : ringLength(data);
    this.flush();
    for (;;) {
      if (this.failed) return;
      const done = Atomics.load(this.state, DONE);
      if (length > LARGE ? done === this.ends.length : this.fits(length)) return;
      const wait = waitAsync(this.state, DONE, done);
      if (wait.async) await wait.value;
    }
  }

  /** Waits for everything handed over to be done, and ends the thread: the first failure, if any. */
  async finish(): Promise<ThreadFailure | undefined> {
    try {
      return await this.drain();
    } finally {
      await this.worker.terminate();
    }
  }

  /**
   * Waits for everything handed over to be done: the first failure, if any. Without one the
   * thread is left idle and ready for the next stage (KeptWriteThread); with one it is ended.
   */
  async release(): Promise<ThreadFailure | undefined> {
    const failure = await this.drain();
    if (failure) {
      await this.worker.terminate();
      return failure;
    }
    // Nothing is in flight: the counts start again, the ring from its start.
    Atomics.store(this.state, DONE, 0);
    this.head = 0;
    this.ends.length = 0;
    this.fragments.clear();
    this.worker.unref();
    return undefined;
  }

  /** Takes an idle thread back into use. */
  resume(): void {
    this.worker.ref();
  }

  /** Waits for everything handed over, then for the thread's report (it then forgets the stage's fragments). */
  private async drain(): Promise<ThreadFailure | undefined> {
    await this.room('all');
    if (this.stopped) return this.stopped;
    const answer = new Promise<{ failure?: { output: string; error: object } }>((resolve) =>
      this.worker.once('message', resolve),
    );
    this.worker.postMessage('finish');
    const { failure } = await Promise.race([answer, this.ended.then(() => ({ failure: undefined }))]);
    // Sent as a plain object: a cloned Error loses its code.
    return this.stopped ?? (failure && { output: failure.output, error: Object.assign(new Error(), failure.error) });
  }

  /** Ends the thread without waiting for what it has left to do (what it wrote is thrown away after). */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  /** Where a file of `length` bytes would start: in one piece of the ring, at its start if it would cross its end. */
  private startOf(length: number): number {
    const at = this.head % RING;
    return at + length > RING ? this.head + RING - at : this.head;
  }

  /** Whether the thread is done with the part of the ring a file of `length` bytes would take. */
  private fits(length: number): boolean {
    const done = Atomics.load(this.state, DONE);
    const free = done === 0 ? 0 : this.ends[done - 1]!;
    return this.startOf(length) + length - RING <= free;
  }

  /** A shared fragment's number for the thread (sent with the next message the first time). */
  private fragment(memory: SharedArrayBuffer): number {
    let id = this.fragments.get(memory);
    if (id === undefined) {
      this.fragments.set(memory, (id = this.fragments.size));
      this.newFragments.push(memory);
    }
    return id;
  }

  /** Sends what is handed over so far now (folders made ahead, before any file fills a message). */
  flush(): void {
    if (this.ops.length === 0) return;
    this.worker.postMessage({ ops: this.ops, fragments: this.newFragments });
    this.newFragments = [];
    this.ends.push(this.head);
    this.ops = [];
    this.bytes = 0;
    this.files = 0;
  }
}

/**
 * A watch's writing thread, kept idle between its rebuilds. Starting one for each rebuild that
 * writes many files cost about 65 ms of CPU (most of it Node setting up the thread) and the
 * page faults of a fresh ring, on two cores shared with the rebuild itself.
 */
export class KeptWriteThread {
  private idle: WriteThread | undefined;

  /** The idle thread (unless it stopped meanwhile), or a new one. */
  take(): WriteThread {
    const idle = this.idle;
    this.idle = undefined;
    const thread = idle && !idle.failed ? idle : new WriteThread();
    thread.resume();
    return thread;
  }

  /** Waits for what the thread was handed (as `WriteThread.release`) and keeps it if it did not fail. */
  async give(thread: WriteThread): Promise<ThreadFailure | undefined> {
    const failure = await thread.release();
    if (!failure) this.idle = thread;
    return failure;
  }

  /** Ends the idle thread (the watch stops). */
  async close(): Promise<void> {
    const thread = this.idle;
    this.idle = undefined;
    await thread?.stop();
  }
}

/** The bytes of a file that go through the ring: all but its parts in shared memory. */
function ringLength(data: readonly Buffer[]): number {
  let n = 0;
  for (const b of data) if (!(b.buffer instanceof SharedArrayBuffer)) n += b.length;
  return n;
}

/** Atomics.waitAsync (Node 16 on; TypeScript's ES2022 library does not declare it). */
const waitAsync = (
  Atomics as unknown as {
    waitAsync(array: Int32Array, index: number, value: number): { async: boolean; value: Promise<unknown> | string };
  }
).waitAsync;

/**
 * The thread's program. It runs as text in a thread of its own, so it uses nothing from outside
 * itself but `require`. Operations are read as `WriteThread.ops` describes them.
 */
function writeThreadProgram(require: NodeJS.Require): void {
  const fs = require('node:fs') as typeof import('node:fs');
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  const state = workerData.state as Int32Array;
  const ring = Buffer.from(workerData.ring as SharedArrayBuffer);
  const fragments: Buffer[] = [];
  let failure: { output: string; error: Record<string, unknown> } | undefined;
  parentPort!.on('message', (msg: { ops: Array<string | number>; fragments: SharedArrayBuffer[] } | 'finish') => {
    if (msg === 'finish') {
      parentPort!.postMessage({ failure });
      // A thread kept for the next stage starts it afresh (after a failure it is ended).
      fragments.length = 0;
      return;
    }
    try {
      for (const memory of msg.fragments) fragments.push(Buffer.from(memory));
      const ops = msg.ops;
      for (let i = 0; i < ops.length && !failure; ) {
        const path = ops[i] as string;
        const output = ops[i + 1] as string;
        const count = ops[i + 2] as number;
        i += 3;
        try {
          if (count === -1) fs.mkdirSync(path);
          else if (count === -2) fs.closeSync(fs.openSync(path, 'w'));
          else {
            // An empty file made ahead is written without truncating it: ext4 flushes a file
            // truncated to nothing and written again when it is closed (its `auto_da_alloc`).
            const made = ops[i++] === 1;
            let parts: Buffer[] = [];
            for (let k = 0; k < count; k++, i += 3) {
              const source = ops[i] as number;
              parts.push((source < 0 ? ring : fragments[source]!).subarray(ops[i + 1] as number, ops[i + 2] as number));
            }
            const fd = fs.openSync(path, made ? 'r+' : 'w');
            try {
              // A short write (which regular files do not do) goes on where it stopped.
              while (parts.length) {
                let written = fs.writevSync(fd, parts);
                while (parts.length && written >= parts[0]!.length) written -= parts.shift()!.length;
                if (written > 0) parts = [parts[0]!.subarray(written), ...parts.slice(1)];
              }
            } finally {
              fs.closeSync(fd);
            }
          }
        } catch (e) {
          const err = e as NodeJS.ErrnoException;
          failure = {
            output,
            error: { message: err.message, code: err.code, errno: err.errno, syscall: err.syscall, path: err.path },
          };
          Atomics.store(state, 1, 1); // FAILED
        }
      }
    } finally {
      // Counted even when something failed: the other thread waits on this count.
      Atomics.add(state, 0, 1); // DONE
      Atomics.notify(state, 0);
    }
  });
}
