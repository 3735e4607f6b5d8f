import { parentPort, workerData } from 'node:worker_threads';
import { createMarkdown } from './renderer.js';
import type { MarkdownOptions } from './types.js';

// A Markdown worker (pool.ts): renders each source of each batch it is sent that it claims first
// (the main thread takes sources from the other end) and posts back their HTML as UTF-8, each in
// memory of its own so that it moves to the main thread without a copy; false for a source the
// main thread took. A source that fails here comes back as null, to be rendered (and its error
// reported) there. `finished` counts the characters it is done with, for the main thread to
// send more before it takes the replies.
const WORKER = 1;
const { options, finished } = workerData as { options: MarkdownOptions; finished: Int32Array };
const markdown = createMarkdown(options);
parentPort!.on('message', (batch: { id: number; at: number; sources: string[]; claims: SharedArrayBuffer }) => {
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
  parentPort!.postMessage(
    { id: batch.id, html },
    html.flatMap((b) => (b ? [b.buffer] : [])),
  );
});
