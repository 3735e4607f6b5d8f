import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isListed } from '../model/page.js';
import { parseFrontMatter } from '../source/front-matter.js';
import { type Document, textDropped, textFile } from '../source/types.js';
import type { BodyRenderer } from './bodies.js';
import type { PageEntry, PostEntry, SiteContext } from './context.js';
import type { DocOutputs } from './doc-outputs.js';
import type { Reads, Recording } from './reads.js';

/**
 * `content` of posts, collection documents and pages as Jekyll's templates see it: Jekyll renders
 * posts oldest first, then each collection's documents, then the pages, one at a time, and a
 * document's `content` is its source's body until its own turn has converted it. So a template sees
 * those rendered before the one rendering (and, in its layouts, that one) rendered, and the others
 * as written (`DocOutputs.rendered` decides by rank). A page's own `page` is the hash Jekyll made as
 * its render began: `pageSource`, its body as written, even in its layouts.
 */
export function documentContent(
  reads: Reads,
  order: DocOutputs,
  bodies: BodyRenderer,
  context: SiteContext,
  source: string,
  /** The body of a jekyll-paginate page 2…, which renders as it is written (spliced, as `content` has it). */
  copyBody: (entry: PageEntry) => string,
): {
  post: (entry: PostEntry) => string;
  page: (entry: PageEntry) => string;
  pageSource: (entry: PageEntry) => string;
} {
  // While post bodies render none is finished: an older post's body is rendered when a newer one
  // reads it, once per build, its reads counting for whatever read it.
  const early = new Map<PostEntry, { text: string; recording: Recording | null }>();
  const renderedEarly = (entry: PostEntry): string => {
    let known = early.get(entry);
    if (!known) {
      const vars = { site: entry.site, page: entry.proxy, layout: context.layoutVars(entry.layout) };
      const { value, recording } = reads.track(() =>
        order.as(entry.rank, 'body', () => {
          reads.record(entry.source);
          if (entry.doc.hasTemplate) reads.record(context.includes);
          return bodies.body(entry.doc, entry.markdown, vars).html;
        }),
      );
      early.set(entry, (known = { text: value, recording }));
    }
    if (known.recording) reads.include(known.recording);
    return known.text;
  };
  // Pages 2… read before they are written: rendered then, once per build, their reads counting for whatever read them.
  const copies = new Map<PageEntry, { text: string; recording: Recording | null }>();
  const renderedCopy = (entry: PageEntry): string => {
    let known = copies.get(entry);
    if (!known) {
      const { value, recording } = reads.track(() => order.as(entry.rank, 'body', () => copyBody(entry)));
      copies.set(entry, (known = { text: value, recording }));
    }
    if (known.recording) reads.include(known.recording);
    return known.text;
  };
  // Bodies a clean build let go, read from their files again, once per build.
  const reread = new Map<Document, string>();
  const pageSource = (entry: PageEntry): string => {
    const page = entry.page!;
    reads.record(entry.source);
    // As Jekyll's generators left it: jekyll-relative-links' links rewritten, redirect_to's emptied.
    return page.archive ? '' : bodies.unrendered(page.doc, page.doc.body);
  };
  return {
    post(entry) {
      if (!order.rendered(entry.rank)) {
        reads.record(entry.source);
        return bodies.unrendered(entry.doc, bodyOf(entry.doc, source, reread));
      }
      if (reads.bodiesPhase) return renderedEarly(entry);
      reads.record(entry.content);
      return entry.view.content;
    },
    page(entry) {
      if (entry.rendered && order.rendered(entry.rank)) {
        reads.record(entry.content);
        return entry.view.content;
      }
      const page = entry.page!;
      // jekyll-paginate's pages 2… are at their place in site.pages too: rendered before the reader's.
      if (!isListed(page) && order.rendered(entry.rank)) return renderedCopy(entry);
      return pageSource(entry);
    },
    pageSource,
  };
}

/** A document's body, read from its file again (once per build) when a clean build has let its text go. */
function bodyOf(doc: Document, source: string, reread: Map<Document, string>): string {
  if (!textDropped(doc.file)) return doc.body;
  let body = reread.get(doc);
  if (body === undefined) {
    const { path, kind, mtimeMs } = doc.file;
    body = parseFrontMatter(textFile(path, kind, readFileSync(join(source, path), 'utf8'), mtimeMs)).body;
    reread.set(doc, body);
  }
  return body;
}
