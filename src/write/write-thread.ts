import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';

/** A failure on the writing thread: the system's error, and the output whose file it was writing. */
export interface ThreadFailure {
  readonly output: string;
  readonly error: NodeJS.ErrnoException;
}

/** Bytes of pages between this thread and the writing one: copied in once, reused all along. */
const RING = 4 * 1024 * 1024;
/** A file larger than this is not copied: it is written by the thread that has it (an index page of a 10,000-post blog is 1.3 MB). */
const LARGE = RING / 4;
/** Bytes and files per message: enough that messages cost little, few enough to keep the thread busy. */
const BATCH_BYTES = 256 * 1024;
const BATCH_FILES = 64;

/** What is shared with the thread: messages finished, and whether it failed. */
const DONE = 0;
const FAILED = 1;

/**
 * Folders made and files written in the staging folder by a thread of its own, in the order they
 * are handed over, while this thread renders the next pages: the system calls of the stage run on
 * the other core. Each file's bytes are copied into a ring of shared memory (a fresh buffer per
 * message cost more in page faults than the copy: 0.3 ms per 256 KB here), and each message
 * names the files and where their bytes are. This thread waits when the ring is full. After a
 * failure the thread does nothing more and `failed` says so; `finish` waits for everything
 * handed over and says what failed first.
 */
export class WriteThread {
  private readonly worker: Worker;
  private readonly state = new Int32Array(new SharedArrayBuffer(8));
  private readonly ring = Buffer.from(new SharedArrayBuffer(RING));
  /** Operations not sent yet, four values each: path, start and end (-1 for a folder), output. */
  private ops: Array<string | number> = [];
  private bytes = 0;
  private files = 0;
  /** Where the next file's bytes go, counted from the first byte ever put in the ring. */
  private head = 0;
  /** Where each message sent ends in that count; how many the thread has finished is in `state`. */
  private readonly ends: number[] = [];

  constructor() {
    // Loaded here: most builds write too few files for a thread, and Node's worker module costs start-up time.
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    // The program is this module's function, as text: the same in the sources, tsc's tree and the bundle.
    this.worker = new Worker(`(${writeThreadProgram.toString()})(require);`, {
      eval: true,
      workerData: { state: this.state, ring: this.ring.buffer },
    });
  }

  /** Whether a folder or file failed (nothing after it is done). */
  get failed(): boolean {
    return Atomics.load(this.state, FAILED) === 1;
  }

  mkdir(path: string, output: string): void {
    this.ops.push(path, -1, -1, output);
  }

  /**
   * Hands a file over; false for one larger than the ring takes, which the caller writes itself
   * once everything handed over before it is done (a copy of it would cost more than the write).
   */
  write(path: string, data: readonly Buffer[], output: string): boolean {
    let length = 0;
    for (const b of data) length += b.length;
    if (length > LARGE) {
      this.drain();
      return false;
    }
    // A file's bytes are in one piece of the ring: one that would cross its end starts at its start.
    let start = this.head;
    if ((start % RING) + length > RING) start += RING - (start % RING);
    this.waitUntil(start + length - RING);
    let at = start % RING;
    for (const b of data) at += b.copy(this.ring, at);
    this.head = start + length;
    this.ops.push(path, start % RING, (start % RING) + length, output);
    this.bytes += length;
    if (++this.files >= BATCH_FILES || this.bytes >= BATCH_BYTES) this.send();
    return true;
  }

  /** Waits for everything handed over to be done, and ends the thread: the first failure, if any. */
  async finish(): Promise<ThreadFailure | undefined> {
    this.send();
    const answer = new Promise<{ failure?: { output: string; error: object } }>((resolve, reject) => {
      this.worker.once('message', resolve);
      this.worker.once('error', reject);
    });
    this.worker.postMessage('finish');
    try {
      const { failure } = await answer;
      // Sent as a plain object: a cloned Error loses its code.
      return failure && { output: failure.output, error: Object.assign(new Error(), failure.error) };
    } finally {
      await this.worker.terminate();
    }
  }

  /** Ends the thread without waiting for what it has left to do (what it wrote is thrown away after). */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  /** Waits until everything handed over is done. */
  private drain(): void {
    this.send();
    for (let done = Atomics.load(this.state, DONE); done < this.ends.length; done = Atomics.load(this.state, DONE))
      Atomics.wait(this.state, DONE, done, 1000);
  }

  /** Waits until the thread is done with the ring's bytes before `end` (counted from its first byte). */
  private waitUntil(end: number): void {
    for (;;) {
      const done = Atomics.load(this.state, DONE);
      if ((done === 0 ? 0 : this.ends[done - 1]!) >= end) return;
      // What is not sent yet may be what the thread must finish first.
      if (this.ops.length) this.send();
      Atomics.wait(this.state, DONE, done, 1000);
    }
  }

  private send(): void {
    if (this.ops.length === 0) return;
    this.worker.postMessage(this.ops);
    this.ends.push(this.head);
    this.ops = [];
    this.bytes = 0;
    this.files = 0;
  }
}

/**
 * The thread's program. It runs as text in a thread of its own, so it uses nothing from outside
 * itself but `require`. Operations come four values each: path, start, end, output.
 */
function writeThreadProgram(require: NodeJS.Require): void {
  const fs = require('node:fs') as typeof import('node:fs');
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  const state = workerData.state as Int32Array;
  const ring = Buffer.from(workerData.ring as SharedArrayBuffer);
  let failure: { output: string; error: Record<string, unknown> } | undefined;
  parentPort!.on('message', (ops: Array<string | number> | 'finish') => {
    if (ops === 'finish') {
      parentPort!.postMessage({ failure });
      return;
    }
    for (let i = 0; i < ops.length && !failure; i += 4) {
      const path = ops[i] as string;
      const start = ops[i + 1] as number;
      const end = ops[i + 2] as number;
      try {
        if (start < 0) fs.mkdirSync(path);
        else {
          const fd = fs.openSync(path, 'w');
          try {
            // A short write (which regular files do not do) goes on where it stopped.
            for (let at = start; at < end; ) at += fs.writeSync(fd, ring, at, end - at);
          } finally {
            fs.closeSync(fd);
          }
        }
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        failure = {
          output: ops[i + 3] as string,
          error: { message: err.message, code: err.code, errno: err.errno, syscall: err.syscall, path: err.path },
        };
        Atomics.store(state, 1, 1);
      }
    }
    Atomics.add(state, 0, 1);
    Atomics.notify(state, 0);
  });
}
