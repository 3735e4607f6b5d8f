import { type Document, ParsedDocument } from '../source/types.js';
import type { FrontMatter } from './types.js';

const WITHOUT_LIQUID = new WeakMap<Document, Document>();

/**
 * The document as its body renders: with `render_with_liquid: false` (its front matter's or a
 * default's) its tags are text, as Jekyll 4 renders it (its layouts still render). The same
 * object for the same document every time, so that a watch sees it unchanged.
 */
export function asRendered(doc: Document, data: FrontMatter): Document {
  if (!doc.hasTemplate || data.render_with_liquid !== false) return doc;
  let plain = WITHOUT_LIQUID.get(doc);
  if (!plain) {
    plain = new ParsedDocument(doc.file, doc.data, doc.frontMatter, doc.body, doc.bodyLine, false, doc.warning);
    WITHOUT_LIQUID.set(doc, plain);
  }
  return plain;
}
