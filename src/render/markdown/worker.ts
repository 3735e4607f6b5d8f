import type { MessagePort } from 'node:worker_threads';
import { createMarkdown } from './renderer.js';
import type { MarkdownOptions } from './types.js';

const WORKER = 1;

/** What the pool gives each worker as it starts it (pool.ts). */
export interface WorkerData {
  readonly options: MarkdownOptions;
  readonly finished: Int32Array;
}

/**
 * A Markdown worker (pool.ts), run by the worker threads' script (cli/markdown-worker.ts) from the
 * Markdown program (program.ts) with `port` its parentPort: renders each source of each batch it
 * is sent that it claims first (the main thread takes sources from the other end) and posts back
 * their HTML as UTF-8, each in memory of its own so that it moves to the main thread without a
 * copy; false for a source the main thread took. A source that fails here comes back as null, to
 * be rendered (and its error reported) there. `finished` counts the characters it is done with,
 * for the main thread to send more before it takes the replies.
 */
export function serveAsWorker(port: MessagePort, { options, finished }: WorkerData): void {
  const markdown = createMarkdown(options);
  port.on('message', (batch: { id: number; at: number; sources: string[]; claims: SharedArrayBuffer }) => {
    const claims = new Int32Array(batch.claims);
    const html = batch.sources.map((src, k) => {
      try {
        if (Atomics.compareExchange(claims, batch.at + k, 0, WORKER) !== 0) return false;
        let text: string;
        try {
          text = markdown.render(src).html;
        } catch {
          return null;
        }
        const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
        bytes.write(text);
        return bytes;
      } finally {
        Atomics.add(finished, 0, src.length);
      }
    });
    port.postMessage(
      { id: batch.id, html },
      html.flatMap((b) => (b ? [b.buffer] : [])),
    );
  });
}
