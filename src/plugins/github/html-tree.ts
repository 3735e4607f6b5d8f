import { createRequire } from 'node:module';
import type * as P5 from 'parse5';

type P5Node = P5.DefaultTreeAdapterTypes.Node;
type P5Element = P5.DefaultTreeAdapterTypes.Element;

/** An HTML tree as Nokogiri (libxml2's HTML parser) holds a page, to be written as it writes it. */
export type HtmlNode = HtmlText | HtmlComment | HtmlElement;
export interface HtmlText {
  readonly kind: 'text';
  readonly text: string;
}
export interface HtmlComment {
  readonly kind: 'comment';
  readonly data: string;
}
export interface HtmlElement {
  readonly kind: 'element';
  /** Lower case, as libxml2 reads every name (`foreignobject`, `viewbox`). */
  readonly name: string;
  /** `value` null: written bare (`<input checked>`), as libxml2 keeps an attribute without `=`. */
  readonly attrs: readonly { readonly name: string; readonly value: string | null }[];
  readonly children: HtmlNode[];
}

// Loaded when a page first has a mention: only sites with jekyll-mentions parse HTML.
let parse5: typeof P5 | undefined;
const lib = () => (parse5 ??= createRequire(import.meta.url)('parse5') as typeof P5);

/**
 * Where a page's body starts and ends: after its `<body>` tag and the white space that follows
 * (which jekyll-mentions keeps as written) and before `</body>` (or the end); null when the page
 * has no `<body>` tag (a page without a layout), which jekyll-mentions then reads whole.
 */
export function bodyRange(html: string): { start: number; end: number } | null {
  const doc = lib().parse(html, { sourceCodeLocationInfo: true });
  const root = doc.childNodes.find((n): n is P5Element => n.nodeName === 'html');
  const body = root?.childNodes.find((n): n is P5Element => n.nodeName === 'body');
  const tag = body?.sourceCodeLocation?.startTag;
  if (!tag) return null;
  let start = tag.endOffset;
  while (start < html.length && /[ \t\n\v\f\r]/.test(html[start]!)) start++;
  const end = body.sourceCodeLocation?.endTag?.startOffset ?? html.length;
  return { start, end: Math.max(start, end) };
}

// Elements an HTML5 parser adds that libxml2's does not (`<tbody>` of a `<table><tr>`, the `<p>`
// of a stray `</p>`): their children are their parent's.
const IMPLIED = new Set(['html', 'head', 'body', 'tbody', 'tr', 'colgroup', 'p']);
// Elements whose content an HTML5 parser reads as text and libxml2 as markup.
const MARKUP_AS_TEXT = new Set(['textarea', 'title', 'iframe', 'noembed', 'noframes', 'xmp']);
// Empty elements to an HTML5 parser that libxml2 reads as holding what follows them.
const NOT_EMPTY_TO_LIBXML = new Set(['embed', 'source', 'track', 'wbr', 'bgsound', 'keygen']);
// Where an HTML5 parser drops the line break after the start tag, which libxml2 keeps.
const LEADING_NEWLINE = new Set(['pre', 'textarea', 'listing']);

/**
 * A body's HTML read with parse5 (as the content of a `<body>`, `<noscript>` read as HTML as
 * libxml2 reads it), in libxml2's shape: the elements it would not add left out, lower-case
 * names, attributes written without a value kept bare, a `<pre>`'s first line break kept.
 */
export function parseBody(html: string): HtmlNode[] {
  const p5 = lib();
  const context = p5.defaultTreeAdapter.createElement('body', p5.html.NS.HTML, []);
  const fragment = p5.parseFragment(context, html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  return nodesOf(fragment.childNodes, html);
}

/** The content of an element libxml2 reads as markup, from its source. */
function markupOf(src: string, from: number, to: number | undefined): HtmlNode[] {
  return parseBody(src.slice(from, to ?? src.length));
}

function nodesOf(nodes: readonly P5Node[], src: string): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const node of nodes) {
    if (node.nodeName === '#text')
      out.push({ kind: 'text', text: (node as P5.DefaultTreeAdapterTypes.TextNode).value });
    else if (node.nodeName === '#comment')
      out.push({ kind: 'comment', data: (node as P5.DefaultTreeAdapterTypes.CommentNode).data });
    else if ('tagName' in node) {
      const location = node.sourceCodeLocation;
      if (!location && IMPLIED.has(node.tagName)) {
        out.push(...nodesOf(node.childNodes, src));
        continue;
      }
      const tag = location?.startTag;
      const content =
        node.tagName === 'template'
          ? (node as P5.DefaultTreeAdapterTypes.Template).content.childNodes
          : node.childNodes;
      const inner =
        MARKUP_AS_TEXT.has(node.tagName) && tag ? markupOf(src, tag.endOffset, location?.endTag?.startOffset) : null;
      const children = inner ?? nodesOf(content, src);
      if (!inner && tag && LEADING_NEWLINE.has(node.tagName) && /[\r\n]/.test(src[tag.endOffset] ?? ''))
        children.unshift({ kind: 'text', text: '\n' });
      const attrs = node.attrs.map((a) => {
        const name = (a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase();
        const at = location?.attrs?.[name];
        const bare = at !== undefined && !src.slice(at.startOffset, at.endOffset).includes('=');
        return { name, value: bare ? null : a.value };
      });
      out.push({ kind: 'element', name: node.tagName.toLowerCase(), attrs, children });
    }
  }
  // An HTML5 empty element libxml2 does not know as one holds what follows it in its parent.
  for (let i = out.length - 2; i >= 0; i--) {
    const node = out[i]!;
    if (node.kind === 'element' && NOT_EMPTY_TO_LIBXML.has(node.name)) node.children.push(...out.splice(i + 1));
  }
  return out;
}
