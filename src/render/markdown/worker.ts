import { parentPort, workerData } from 'node:worker_threads';
import { createMarkdown } from './create-markdown.js';
import type { MarkdownOptions } from './types.js';

// A Markdown worker: renders each batch of sources it is sent and posts back their HTML.
const markdown = createMarkdown(workerData as MarkdownOptions);
parentPort!.on('message', (batch: { id: number; sources: string[] }) => {
  parentPort!.postMessage({ id: batch.id, html: batch.sources.map((src) => markdown.render(src).html) });
});
