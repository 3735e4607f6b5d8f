import { createRequire } from 'node:module';
import type { TokenizerMode as Parse5Modes, Tokenizer as Parse5Tokenizer, Token } from 'parse5';
import { readAttributes } from './attributes.js';
import { closes, elementInfo, endPriority, RAW_TEXT } from './libxml-tables.js';
import type { HtmlElement, HtmlFragment, HtmlNode, HtmlParent } from './nodes.js';
import { decode, INVALID } from './references.js';
import { leadingEndTags, localName, nameOf, START_TAG } from './tag-names.js';

// An HTML fragment as Nokogiri's HTML4::DocumentFragment reads it: parse5's tokenizer reads the
// tags, and the tree is built by libxml2 2.9.14's rules.

type Parse5 = { Tokenizer: typeof Parse5Tokenizer; TokenizerMode: typeof Parse5Modes };
// Loaded at first use: only a site with jekyll-toc or jekyll-mentions parses HTML.
let parse5: Parse5 | undefined;

/**
 * Parses an HTML fragment as libxml2 parses `<html><body>` and it: tags by parse5's tokenizer; a
 * start tag closes the current elements it ends in libxml2's table (`<p>` after `<p>`, a `<li>`
 * after a `<li>`), `/>` ends any element, an end tag closes up to its element unless one of a
 * higher end priority is open inside it (then it is ignored, as is one nothing matches), no
 * element is implied (no `<tbody>`), `script` and `style` hold raw text; character references
 * are libxml2's HTML 4 ones (`&check;` stays text; `&#65` needs no `;`), taken from the source.
 */
export function parseFragment(html: string): HtmlFragment {
  parse5 ??= createRequire(import.meta.url)('parse5') as Parse5;
  const { Tokenizer, TokenizerMode } = parse5;
  const root: HtmlFragment = { kind: 'fragment', children: [] };
  const open: HtmlElement[] = [];
  // The open elements' names as written (with any prefix).
  const openTags: string[] = [];
  const pop = () => {
    open.pop();
    openTags.pop();
  };
  const closeFrom = (i: number) => {
    open.length = i;
    openTags.length = i;
  };
  const current = (): HtmlParent => open[open.length - 1] ?? root;
  /** The open element an end tag closes, with those inside it (-1: the tag is ignored). */
  const closedBy = (tag: string): number => {
    const priority = endPriority(tag);
    for (let i = open.length - 1; i >= 0; i--) {
      if (openTags[i] === tag) return i;
      if (endPriority(openTags[i]!) > priority) return -1;
    }
    return -1;
  };
  let textFrom = 0;
  // Where a comment libxml2 reads further than HTML 5 ends: the tokens before it are inside it.
  let skipTo = 0;
  const append = (node: HtmlNode) => {
    node.parent = current();
    current().children.push(node);
  };
  /** The source since the last tag, comment or end, as text of the current element. */
  const flushText = (upTo: number) => {
    const raw = html.slice(textFrom, upTo);
    if (!raw) return;
    const parent = current();
    const text = parent.kind === 'element' && RAW_TEXT.has(parent.name) ? raw.replace(INVALID, '') : decode(raw);
    if (!text) return;
    const last = current().children[current().children.length - 1];
    if (last?.kind === 'text') last.text += text;
    else append({ kind: 'text', text, parent: root });
  };
  /** A start tag whose name ends at `from` and which ends at `end`: whether its element is left open. */
  const startTag = (tag: string, from: number, end: number, selfClosing: boolean): boolean => {
    while (open.length > 0 && closes(tag, openTags[open.length - 1]!)) pop();
    // libxml2 drops a second <html>, <head> or <body> inside the body (once they closed what they close).
    if (tag === 'html' || tag === 'head' || tag === 'body') return false;
    const attrs = readAttributes(html, from, end);
    const element: HtmlElement = { kind: 'element', name: localName(tag), attrs, children: [], parent: root };
    append(element);
    if (selfClosing || elementInfo(tag)?.empty) return false;
    open.push(element);
    openTags.push(tag);
    return true;
  };
  const at = (token: { location: Token.Location | null }) => token.location!;
  const tokenizer: Parse5Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag(token) {
        const { startOffset, endOffset } = at(token);
        if (startOffset < skipTo) return;
        flushText(startOffset);
        textFrom = endOffset;
        // libxml2's parser goes by the name as written (`o:p` closes no `<p>`); its tree drops the prefix.
        const tag = nameOf(token.tagName);
        const opened = startTag(tag, startOffset + 1 + tag.length, endOffset, token.selfClosing);
        if (!opened || !RAW_TEXT.has(tag)) return;
        // libxml2 reads the end tags right at the start of a script or style as tags: when one
        // closes it, so does the tokenizer (left reading tags); the others are dropped.
        const lead = leadingEndTags(html, endOffset);
        if (lead.names.some((name) => closedBy(name) >= 0)) return;
        const next = START_TAG.exec(html.slice(lead.end, lead.end + 40))?.[1]?.toLowerCase();
        if (next && closes(next, tag)) return;
        textFrom = lead.end;
        tokenizer.state = TokenizerMode.RAWTEXT;
      },
      onEndTag(token) {
        const { startOffset, endOffset } = at(token);
        if (startOffset < skipTo) return;
        flushText(startOffset);
        textFrom = endOffset;
        const closed = closedBy(nameOf(token.tagName));
        if (closed >= 0) closeFrom(closed);
      },
      onComment(token) {
        const { startOffset, endOffset } = at(token);
        if (startOffset < skipTo) return;
        flushText(startOffset);
        textFrom = endOffset;
        const raw = html.slice(startOffset, endOffset);
        if (raw.startsWith('<!--')) {
          // libxml2 ends a comment at the first `-->` or `--!>` after `<!--` (`<!-->` is no comment
          // to it), and an unclosed one at the end of the text, dropped with all that follows it.
          const end = /--!?>/.exec(html.slice(startOffset + 4));
          textFrom = skipTo = end ? startOffset + 4 + end.index + end[0].length : html.length;
          if (end)
            append({ kind: 'comment', text: html.slice(startOffset + 4, startOffset + 4 + end.index), parent: root });
        } else if (/^<\?[A-Za-z_:]/.test(raw)) append({ kind: 'pi', text: raw, parent: root });
        // What HTML 5 reads as a bogus comment is text to libxml2: `<!x>` and `<![CDATA[…]]>` all
        // of it, `</ x>`, `</3>` and `<? x ?>` what follows their first two characters.
        else textFrom = raw.startsWith('<!') ? startOffset : startOffset + 2;
      },
      onDoctype(token) {
        if (at(token).startOffset < skipTo) return;
        flushText(at(token).startOffset);
        textFrom = at(token).endOffset;
      },
      onEof() {
        // A tag the text ends in: libxml2 makes a start tag's element and applies an end tag.
        const rest = html.slice(textFrom);
        const cut = RAW_TEXT.has(openTags[openTags.length - 1] ?? '') ? -1 : rest.search(/<\/?[A-Za-z]|<\/$/);
        if (cut < 0) return flushText(html.length);
        flushText(textFrom + cut);
        const end = rest[cut + 1] === '/';
        const tag = nameOf((/^<\/?([^\s/>]*)/.exec(rest.slice(cut))?.[1] ?? '').toLowerCase());
        if (!end) startTag(tag, textFrom + cut + 1 + tag.length, html.length, false);
        else if (tag && closedBy(tag) >= 0) closeFrom(closedBy(tag));
      },
      // Text is read from the source between the tags (see flushText).
      onCharacter() {},
      onNullCharacter() {},
      onWhitespaceCharacter() {},
    },
  );
  tokenizer.write(html, true);
  if (BODY_LINE.test(html)) wrapInBody(root);
  return root;
}

// Nokogiri's test for a fragment that is a body (Ruby's `/^\s*?<body/i`: at any line's start).
const BODY_LINE = /(?:^|\n)[ \t\n\v\f\r]*?<body/i;

/** The fragment as Nokogiri gives it then: the `<body>` element itself (no attributes), holding it all. */
function wrapInBody(root: HtmlFragment): void {
  const body: HtmlElement = {
    kind: 'element',
    name: 'body',
    attrs: [],
    children: root.children.splice(0),
    parent: root,
  };
  for (const child of body.children) child.parent = body;
  root.children.push(body);
}
