// The Markdown worker threads' script (render/markdown/pool.ts starts dist/markdown-worker.cjs,
// which scripts/bundle-cli.mjs makes from this file): it loads the Markdown program,
// dist/markdown-program.cjs (render/markdown/program.ts, which the command also loads for the
// bodies its own thread renders), with V8's code cache as the command loads its own
// (code-cache.ts), and serves the pool from it. Started from the program itself, a worker
// compiled its 0.7 MB before the first statement and then each function as it first ran: 40–70 ms
// before it could take a message, and its first batch was slower still. A worker is stopped
// (terminated), never left to exit, so a missing cache is written once the worker has answered
// its first batch, when it has compiled what rendering takes; the program sees none of this.
// Written there and then, not on a later turn of its event loop: a build sends a worker its
// batches faster than it answers them, and that turn came only once it had nothing left, when the
// build stopped it (no 4,000-post build wrote the cache, and each worker compiled its program again).
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { serveAsWorker, WorkerData } from '../render/markdown/worker.js';
import { MARKDOWN_PROGRAM, requireWithCodeCache } from './code-cache.js';

const program = requireWithCodeCache(
  fileURLToPath(new URL('../markdown-program.cjs', import.meta.url)),
  MARKDOWN_PROGRAM,
);
(program.exports.serveAsWorker as typeof serveAsWorker)(parentPort!, workerData as WorkerData);
// Heard after the program's own listener, which has answered the batch when this runs.
if (!program.fromCache) parentPort?.once('message', () => program.save());
