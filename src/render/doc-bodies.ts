import { hasOwnExcerpt } from '../model/excerpt.js';
import type { Site } from '../model/types.js';
import { collectErrors, metRendering } from '../shared/errors.js';
import { type BodyRenderer, EMPTY, filled } from './bodies.js';
import type { SiteContext } from './context.js';
import type { DocOutputs } from './doc-outputs.js';
import type { EarlyExcerpts } from './excerpts.js';
import type { RenderMemo } from './memo.js';
import type { Reads } from './reads.js';
import { rubyToS } from './templates/filters/ruby.js';

/**
 * Renders the body and excerpt of every collection document (those not written too: templates
 * list them), after the posts and before the pages, as Jekyll does. With a memo, a document keeps
 * its body while its file and what its template read are unchanged.
 */
export function renderDocBodies(
  site: Site,
  context: SiteContext,
  bodies: BodyRenderer,
  reads: Reads,
  order: Pick<DocOutputs, 'as'>,
  early: EarlyExcerpts,
  memo?: RenderMemo,
): void {
  const paths = new Set<string>();
  site.collections.forEach((collection, c) => {
    collectErrors(collection.docs.keys(), (i) => {
      const d = collection.docs[i]!;
      const entry = context.docs[c]![i]!;
      paths.add(d.path);
      const known = memo?.docBodies.get(d.path);
      if (known?.doc === d.doc && reads.holds(known.recording))
        return entry.finish(known.content, known.excerpt, reads);
      memo?.docBodies.delete(d.path);
      try {
        const { value, recording } = reads.track(() =>
          order.as(entry.rank, 'body', () => {
            if (d.doc.hasTemplate) reads.record(context.includes);
            const vars = { site: entry.site, page: entry.proxy, layout: context.layoutVars(d.layout) };
            const body = bodies.template(d.doc, d.isMarkdown, vars);
            const html = ({ text, state }: typeof body) =>
              filled(d.isMarkdown ? bodies.markdown.render(text).html : text, state);
            const content = html(body);
            // Rendered once, as Jekyll renders an excerpt: the first time a template read it.
            const before = early.of(entry);
            if (before) return { content, excerpt: before };
            if (hasOwnExcerpt(d.data)) return { content, excerpt: Buffer.from(rubyToS(d.data.excerpt)) };
            const excerpt = bodies.excerpt(d.doc, d.isMarkdown, d.excerptSource, vars, body);
            return { content, excerpt: excerpt === null ? EMPTY : excerpt === body ? content : html(excerpt) };
          }),
        );
        if (memo && recording) memo.docBodies.set(d.path, { doc: d.doc, recording, ...value });
        entry.finish(value.content, value.excerpt, reads);
      } catch (e) {
        // Whatever read this document before must read it again once it is mended.
        entry.finish(EMPTY, EMPTY, reads);
        throw metRendering(e, d.path);
      }
    });
  });
  if (memo && memo.docBodies.size > paths.size)
    for (const path of memo.docBodies.keys()) if (!paths.has(path)) memo.docBodies.delete(path);
}
