import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropExcerptSource, excerptSeparator, hasOwnExcerpt, keepExcerptAgain } from '../model/excerpt.js';
import type { Site } from '../model/types.js';
import { collectErrors, metRendering } from '../shared/errors.js';
import { parseFrontMatter } from '../source/front-matter.js';
import { dropText, keepTextAgain, textDropped, textFile } from '../source/types.js';
import { type BodyRenderer, EMPTY, filled } from './bodies.js';
import type { SiteContext } from './context.js';
import type { DocOutputs } from './doc-outputs.js';
import type { EarlyExcerpts } from './excerpts.js';
import type { MarkdownPool } from './markdown/pool.js';
import { renderMarkdown } from './markdown/render-many.js';
import type { RenderMemo } from './memo.js';
import type { Reads, Recording } from './reads.js';
import { rubyToS } from './templates/filters/ruby.js';
import type { RenderState } from './templates/tags.js';

/**
 * Renders every post's body and excerpt into its view: templates in order, then all the Markdown
 * at once. While templates render no post is finished: a body reads an older post's content as
 * rendered then (document-content.ts), a newer one's as its source's body. With a memo, a post keeps its finished body while its document is the same and
 * nothing its template read has changed. `progress` hears how many posts are finished so far.
 * With a pool, the Markdown is shared with its worker threads. `letGo`: no post is rendered
 * again from the same document (a build, not a watch): each one's text is let go once rendered.
 */
export async function renderPostBodies(
  site: Site,
  context: SiteContext,
  bodies: BodyRenderer,
  reads: Reads,
  order: Pick<DocOutputs, 'as'>,
  early: EarlyExcerpts,
  memo?: RenderMemo,
  progress: (posts: number) => void = () => {},
  pool?: MarkdownPool,
  letGo: () => boolean = () => false,
): Promise<void> {
  const fresh: Array<{
    i: number;
    text: string;
    state: RenderState;
    /** A generated excerpt before Markdown; null: the front matter's (or none). */
    excerpt: { text: string; state: RenderState } | null;
    recording: Recording | null;
    /** With a pool, the tickets of the body's and the excerpt's Markdown (none for what the memo has). */
    tickets?: Array<number | undefined>;
  }> = [];
  // With a memo, sources are looked up by their text anyway: one text is queued once.
  const queuedTexts = new Map<string, number>();
  let kept = 0;
  // The bodies kept, by position: finished below without looking each up again.
  const keptBodies: Array<NonNullable<ReturnType<RenderMemo['bodies']['get']>>> = memo
    ? new Array(site.posts.length)
    : [];
  reads.bodiesPhase = true;
  try {
    collectErrors(site.posts, (post, i) => {
      const known = memo?.bodies.get(post.path);
      if (known?.doc === post.doc && reads.holds(known.recording)) {
        kept++;
        keptBodies[i] = known;
        return;
      }
      // No post is finished before its Markdown is rendered; this keeps the seconds going.
      progress(kept);
      memo?.bodies.delete(post.path);
      try {
        // At its rank: a post older than it reads as its source's body (`DocOutputs.rendered`).
        const { value, recording } = reads.track(() =>
          order.as(context.posts[i]!.rank, 'body', () => {
            if (post.doc.hasTemplate) reads.record(context.includes);
            const vars = {
              site: context.posts[i]!.site,
              page: context.posts[i]!.proxy,
              layout: context.layoutVars(post.layout),
            };
            const body = bodies.template(post.doc, post.isMarkdown, vars);
            const excerpt = hasOwnExcerpt(post.data)
              ? null
              : bodies.excerpt(post.doc, post.isMarkdown, post.excerptSource, vars, body);
            return { body, excerpt };
          }),
        );
        const { body, excerpt } = value;
        // The pool's workers start on each source as soon as it is known (not on one the memo has);
        // a body without tags was queued as soon as its file was read.
        let tickets: Array<number | undefined> | undefined;
        if (pool && post.isMarkdown) {
          const ticket = (text: string, owner?: object) => {
            if (!memo) return owner ? pool.ticket(owner, text) : pool.ahead(text);
            if (memo.markdown.has(text)) return undefined;
            let t = queuedTexts.get(text);
            if (t === undefined) queuedTexts.set(text, (t = owner ? pool.ticket(owner, text) : pool.ahead(text)));
            return t;
          };
          tickets = [ticket(body.text, post.doc)];
          if (excerpt && excerpt.state !== body.state) tickets.push(ticket(excerpt.text));
        }
        fresh.push({ i, text: body.text, state: body.state, excerpt, recording, tickets });
      } catch (e) {
        // Whatever read this post's body before must read it again once it is mended.
        context.posts[i]!.finish(EMPTY, EMPTY, reads);
        throw metRendering(e, post.path);
      }
    });
  } finally {
    reads.bodiesPhase = false;
  }
  const sources: string[] = [];
  const tickets: Array<number | undefined> = [];
  // Where each fresh post's Markdown ends among the sources: it is finished once they are rendered.
  const ends: number[] = [];
  // An excerpt that is the whole body (no separator in it) is the body's own render.
  const ownExcerpt = (f: (typeof fresh)[number]) => f.excerpt !== null && f.excerpt.state !== f.state;
  for (const f of fresh) {
    if (site.posts[f.i]!.isMarkdown) {
      sources.push(f.text);
      if (ownExcerpt(f)) sources.push(f.excerpt!.text);
      if (f.tickets) tickets.push(...f.tickets);
    }
    ends.push(sources.length);
  }
  let finished = 0;
  const rendered = await renderMarkdown(
    sources,
    bodies.markdown,
    pool && { pool, tickets },
    memo,
    (count) => {
      while (finished < ends.length && ends[finished]! <= count) finished++;
      progress(kept + finished);
    },
    letGo() ? letGoOnceRendered(site, fresh, sources, ends, bodies) : undefined,
  );
  let k = 0;
  for (const f of fresh) {
    const { i, text, state, excerpt, recording } = f;
    const post = site.posts[i]!;
    const content = filled(post.isMarkdown ? rendered[k++]! : text, state);
    let excerptHtml =
      excerpt === null
        ? Buffer.from(rubyToS(post.data.excerpt))
        : ownExcerpt(f)
          ? filled(post.isMarkdown ? rendered[k++]! : excerpt.text, excerpt.state)
          : content;
    // Rendered once, as Jekyll renders an excerpt: the first time a body read it.
    excerptHtml = early.of(context.posts[i]!) ?? excerptHtml;
    if (memo && recording) memo.bodies.set(post.path, { doc: post.doc, recording, content, excerpt: excerptHtml });
    context.posts[i]!.finish(content, excerptHtml, reads);
  }
  progress(site.posts.length);
  if (!memo) return;
  for (let i = 0; i < site.posts.length; i++) {
    const known = keptBodies[i] ?? memo.bodies.get(site.posts[i]!.path)!;
    context.posts[i]!.finish(known.content, known.excerpt, reads);
  }
  if (memo.bodies.size > site.posts.length) {
    const paths = new Set(site.posts.map((p) => p.path));
    for (const path of memo.bodies.keys()) if (!paths.has(path)) memo.bodies.delete(path);
  }
}

/**
 * Takes back from their files the posts' texts (and excerpts' sources) a pass let go, for a build
 * that renders them again: a counter its templates learned after the texts were let go (one in a
 * file read with `include_relative`) moved where a render began (counters.ts).
 */
export function keepTextsAgain(site: Site): void {
  for (const post of site.posts) {
    const { file } = post.doc;
    if (!textDropped(file)) continue;
    const text = readFileSync(join(site.config.source, file.path), 'utf8');
    const { body } = parseFrontMatter(textFile(file.path, file.kind, text, file.mtimeMs));
    keepTextAgain(post.doc, text, body);
    keepExcerptAgain(post.excerptSource, body, excerptSeparator(post.data, site.config));
  }
}

/**
 * A clean build keeps no post's text once its Markdown is rendered (with its excerpt): nothing
 * reads it again, and at 10,000 posts the texts are 65 MB of the heap while their HTML grows as
 * much outside it. Told of each source rendered, by its index in `sources`.
 */
function letGoOnceRendered(
  site: Site,
  fresh: Array<{ i: number; text: string; excerpt: { text: string } | null }>,
  sources: string[],
  ends: readonly number[],
  bodies: BodyRenderer,
): (index: number) => void {
  // Each source's post (by its place in `fresh`), and how many of each post's sources are left.
  const owner: number[] = [];
  const left: number[] = [];
  let from = 0;
  ends.forEach((end, f) => {
    left.push(end - from);
    for (; from < end; from++) owner.push(f);
  });
  return (index) => {
    sources[index] = '';
    const f = owner[index]!;
    if (--left[f]! > 0) return;
    const entry = fresh[f]!;
    const post = site.posts[entry.i]!;
    entry.text = '';
    if (entry.excerpt) entry.excerpt.text = '';
    dropText(post.doc);
    dropExcerptSource(post.excerptSource, post.path);
    bodies.forget(post.doc);
  };
}
