import { parentPort, workerData } from 'node:worker_threads';
import { createMarkdown } from './create-markdown.js';
import type { MarkdownOptions } from './types.js';

// A Markdown worker (pool.ts): renders each batch of sources it is sent and posts back their HTML
// as UTF-8, each in memory of its own so that it moves to the main thread without a copy. A
// source that fails here comes back as null, to be rendered (and its error reported) there.
const markdown = createMarkdown(workerData as MarkdownOptions);
parentPort!.on('message', (batch: { id: number; sources: string[] }) => {
  const html = batch.sources.map((src) => {
    let text: string;
    try {
      text = markdown.render(src).html;
    } catch {
      return null;
    }
    const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
    bytes.write(text);
    return bytes;
  });
  parentPort!.postMessage(
    { id: batch.id, html },
    html.flatMap((b) => (b ? [b.buffer] : [])),
  );
});
