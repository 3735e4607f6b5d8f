import type { HtmlElement } from './nodes.js';
import { decode } from './references.js';

// A start tag's attributes as libxml2 2.9.14 reads them (htmlParseStartTag), from the source
// between the tag's name and its end: an HTML 5 tokenizer takes names libxml2 refuses
// (`"feed.xml"` of a Liquid tag left in an attribute, `{%`), which libxml2 skips to the next blank.

// The characters of an attribute name to libxml2, and those it may start with.
const NAME_START = /[A-Za-z_:.]/;
const NAME = /[A-Za-z0-9_:.-]/;

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/**
 * The attributes of a tag whose name ends at `from` and which ends at `end` (after its `>`), in
 * source order, the first of a name winning; a value null for one written without `=`; values'
 * references libxml2's (an invalid one ends a value, as libxml2's NUL does).
 */
export function readAttributes(html: string, from: number, end: number): HtmlElement['attrs'] {
  const attrs: HtmlElement['attrs'] = [];
  let i = from;
  const atEnd = () => i >= end || html[i] === '>' || (html[i] === '/' && html[i + 1] === '>');
  while (i < end && isBlank(html[i])) i++;
  while (!atEnd()) {
    if (!NAME_START.test(html[i]!)) {
      // Not a name: skipped up to a blank or the end of the tag.
      while (!atEnd() && !isBlank(html[i])) i++;
    } else {
      let name = '';
      while (i < end && NAME.test(html[i]!)) name += html[i++]!.toLowerCase();
      while (i < end && isBlank(html[i])) i++;
      let value: string | null = null;
      if (html[i] === '=') {
        i++;
        while (i < end && isBlank(html[i])) i++;
        const quote = html[i] === '"' || html[i] === "'" ? html[i]! : '';
        let stop = i;
        if (quote) {
          stop = html.indexOf(quote, i + 1);
          if (stop < 0 || stop > end) stop = end;
          i++;
        } else while (stop < end && !isBlank(html[stop]) && html[stop] !== '>') stop++;
        value = decode(html.slice(i, stop), true);
        i = quote ? stop + 1 : stop;
      }
      if (!attrs.some((a) => a.name === name)) attrs.push({ name, value });
    }
    while (i < end && isBlank(html[i])) i++;
  }
  return attrs;
}
