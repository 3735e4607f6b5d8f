import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as CreateMarkdown from '../../src/render/markdown/create-markdown.js';
import type * as RenderMany from '../../src/render/markdown/render-many.js';
import { readCorpus } from '../markdown-oracle/corpus.js';
import { FIXED_FILE, type FixedExpected } from '../markdown-oracle/fixed-seed.js';
import { kilnOptions } from '../markdown-oracle/normalize.js';

// Worker threads run the compiled worker (dist/, built by `npm install`), so the compiled modules are used here.
const DIST = join(import.meta.dirname, '..', '..', 'dist', 'render', 'markdown');

describe('Markdown in worker threads', () => {
  it('gives the same HTML, in the same order, as in-process rendering', async () => {
    const { renderMany } = (await import(join(DIST, 'render-many.js'))) as typeof RenderMany;
    const { createMarkdown } = (await import(join(DIST, 'create-markdown.js'))) as typeof CreateMarkdown;
    const fixed = JSON.parse(readFileSync(FIXED_FILE, 'utf8')) as FixedExpected;
    const sources = [...readCorpus().map((c) => c.src), ...fixed.documents.map((d) => d.src)];
    for (const mode of [1, 2] as const) {
      const options = kilnOptions(mode);
      const local = createMarkdown(options);
      const inProcess = sources.map((s) => local.render(s).html);
      expect((await renderMany(sources, options, local, 1)).map(String)).toEqual(inProcess);
    }
  });

  it('reports how many sources from the first on are done, in process and across threads', async () => {
    const { renderMany } = (await import(join(DIST, 'render-many.js'))) as typeof RenderMany;
    const { createMarkdown } = (await import(join(DIST, 'create-markdown.js'))) as typeof CreateMarkdown;
    const sources = readCorpus().map((c) => c.src);
    const options = kilnOptions(2);
    for (const parallelMin of [1, Number.POSITIVE_INFINITY]) {
      const counts: number[] = [];
      const local = createMarkdown(options);
      const html = await renderMany(sources, options, local, parallelMin, (n) => counts.push(n));
      expect(html).toHaveLength(sources.length);
      // Rising, ending at every source; in process, one by one.
      expect(counts.at(-1)).toBe(sources.length);
      expect(counts.every((n, k) => k === 0 || n > counts[k - 1]!)).toBe(true);
      if (parallelMin > sources.length) expect(counts).toEqual(sources.map((_, k) => k + 1));
    }
  });
});
