import type { MarkdownPool } from './pool.js';
import type { MarkdownRenderer } from './renderer.js';

/** A pool, and the ticket of each source already queued in it (undefined: not queued yet). */
export interface Queued {
  readonly pool: MarkdownPool;
  readonly tickets: ReadonlyArray<number | undefined>;
}

/**
 * Renders many Markdown documents, in order, each to its HTML as UTF-8. Kept as bytes, the HTML
 * takes half the memory: typographic quotes and dashes make V8 keep a string at two bytes a
 * character, and every post's body is kept until its page is written. With a pool, the work is
 * shared with its worker threads (pool.ts). `rendered` hears how many sources, from the first on,
 * are done; `settled` of each source rendered, which is not read again.
 */
export async function renderMany(
  sources: readonly string[],
  local: MarkdownRenderer,
  queued?: Queued,
  rendered: (count: number) => void = () => {},
  settled?: (index: number) => void,
): Promise<Buffer[]> {
  if (queued) {
    const { pool, tickets } = queued;
    return pool.render(
      sources.map((s, k) => tickets[k] ?? pool.ahead(s)),
      local,
      rendered,
      settled,
    );
  }
  return sources.map((s, k) => {
    const html = local.bytes(s);
    settled?.(k);
    rendered(k + 1);
    return html;
  });
}

/** HTML by Markdown source, kept between builds (the renderer's options never change under it). */
export interface MarkdownMemo {
  markdown: Map<string, Buffer>;
}

/**
 * Markdown for many sources; with a memo, only sources not seen before are rendered. Without
 * one, `settled` hears of each source rendered (by its index), after which nothing here reads it.
 */
export async function renderMarkdown(
  sources: string[],
  local: MarkdownRenderer,
  queued?: Queued,
  cache?: MarkdownMemo,
  rendered: (count: number) => void = () => {},
  settled?: (index: number) => void,
): Promise<Buffer[]> {
  if (!cache) return renderMany(sources, local, queued, rendered, settled);
  // Sources already rendered are reused, so the others are not rendered in order: all are done at the end.
  const misses: string[] = [];
  const tickets: Array<number | undefined> = [];
  const seen = new Set<string>();
  sources.forEach((s, k) => {
    if (cache.markdown.has(s) || seen.has(s)) return;
    seen.add(s);
    misses.push(s);
    tickets.push(queued?.tickets[k]);
  });
  const html = await renderMany(misses, local, queued && { pool: queued.pool, tickets });
  for (const [i, s] of misses.entries()) cache.markdown.set(s, html[i]!);
  const used = new Map<string, Buffer>();
  const out = sources.map((s) => {
    const h = cache.markdown.get(s)!;
    used.set(s, h);
    return h;
  });
  cache.markdown = used; // drop what no document uses any more
  rendered(sources.length);
  return out;
}
