import { createRequire } from 'node:module';
import type { TokenizerMode as Parse5Modes, Tokenizer as Parse5Tokenizer, Token } from 'parse5';
import { BOOLEAN_ATTRIBUTES, closes, ENTITIES, elementInfo, endPriority } from './libxml-tables.js';

// An HTML fragment as Nokogiri's HTML4::DocumentFragment reads and writes it (libxml2 2.9.14's HTML
// parser and serializer, which jekyll-toc's output goes through): parse5's tokenizer reads the
// tags, and the tree is built, and written back, by libxml2's rules.

export interface HtmlElement {
  readonly kind: 'element';
  readonly name: string;
  /** In source order, the first of a name winning; `value` null for an attribute written without one. */
  readonly attrs: Array<{ readonly name: string; readonly value: string | null }>;
  readonly children: HtmlNode[];
  parent: HtmlParent;
}
export interface HtmlText {
  readonly kind: 'text';
  text: string;
  parent: HtmlParent;
}
/** A comment, or a processing instruction (`<?php … ?>`), kept as written. */
export interface HtmlOther {
  readonly kind: 'comment' | 'pi';
  readonly text: string;
  parent: HtmlParent;
}
export type HtmlNode = HtmlElement | HtmlText | HtmlOther;
export interface HtmlFragment {
  readonly kind: 'fragment';
  readonly children: HtmlNode[];
}
type HtmlParent = HtmlElement | HtmlFragment;

type Parse5 = { Tokenizer: typeof Parse5Tokenizer; TokenizerMode: typeof Parse5Modes };
// Loaded at first use: only a site with jekyll-toc parses HTML.
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
  const current = (): HtmlParent => open[open.length - 1] ?? root;
  let textFrom = 0;
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
  const at = (token: { location: Token.Location | null }) => token.location!;
  const tokenizer: Parse5Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag(token) {
        const { startOffset, endOffset } = at(token);
        flushText(startOffset);
        textFrom = endOffset;
        const name = localName(token.tagName);
        // libxml2 drops a second <html>, <head> or <body> inside the body.
        if (name === 'html' || name === 'head' || name === 'body') return;
        while (open.length > 0 && closes(name, open[open.length - 1]!.name)) open.pop();
        const element: HtmlElement = {
          kind: 'element',
          name,
          attrs: attributes(html, token),
          children: [],
          parent: root,
        };
        append(element);
        if (token.selfClosing || elementInfo(name)?.empty) return;
        open.push(element);
        if (RAW_TEXT.has(name)) tokenizer.state = TokenizerMode.RAWTEXT;
      },
      onEndTag(token) {
        const { startOffset, endOffset } = at(token);
        flushText(startOffset);
        textFrom = endOffset;
        const name = localName(token.tagName);
        const priority = endPriority(name);
        for (let i = open.length - 1; i >= 0; i--) {
          const element = open[i]!;
          if (element.name === name) {
            open.length = i;
            return;
          }
          if (endPriority(element.name) > priority) return;
        }
      },
      onComment(token) {
        const { startOffset, endOffset } = at(token);
        flushText(startOffset);
        textFrom = endOffset;
        const raw = html.slice(startOffset, endOffset);
        if (raw.startsWith('<!--') && raw.endsWith('-->') && raw.length >= 7)
          append({ kind: 'comment', text: raw.slice(4, -3), parent: root });
        else if (raw.startsWith('<?')) append({ kind: 'pi', text: raw, parent: root });
      },
      onDoctype(token) {
        flushText(at(token).startOffset);
        textFrom = at(token).endOffset;
      },
      onEof() {
        flushText(html.length);
      },
      // Text is read from the source between the tags (see flushText).
      onCharacter() {},
      onNullCharacter() {},
      onWhitespaceCharacter() {},
    },
  );
  tokenizer.write(html, true);
  return root;
}

/** An element's name without a namespace prefix (`news:x` is `x`), which libxml2's HTML parser drops. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon > 0 && colon < name.length - 1 ? name.slice(colon + 1) : name;
}

/** The elements whose content libxml2 reads as raw text. */
const RAW_TEXT = new Set(['script', 'style']);

// Characters XML does not allow, which libxml2 leaves out (C0 controls but tab and line breaks).
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters meant
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * A start tag's attributes, their values read from the source after where the tokenizer found
 * each (libxml2's references, not HTML 5's); an invalid character reference ends a value, as
 * libxml2's NUL does.
 */
function attributes(html: string, token: Token.TagToken): HtmlElement['attrs'] {
  const places = token.location?.attrs;
  const end = token.location?.endOffset ?? html.length;
  return token.attrs.map(({ name }) => {
    const place = places?.[name];
    if (!place) return { name, value: null };
    let i = place.startOffset + name.length;
    while (i < end && isBlank(html[i])) i++;
    if (html[i] !== '=') return { name, value: null };
    i++;
    while (i < end && isBlank(html[i])) i++;
    const quote = html[i] === '"' || html[i] === "'" ? html[i]! : '';
    let stop = i;
    if (quote) {
      stop = html.indexOf(quote, i + 1);
      if (stop < 0 || stop > end) stop = end;
      i++;
    } else while (stop < end && !isBlank(html[stop]) && html[stop] !== '>') stop++;
    return { name, value: decode(html.slice(i, stop), true) };
  });
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/** libxml2's reading of character references in text and attribute values. */
function decode(raw: string, attribute = false): string {
  if (!raw.includes('&')) return raw.replace(INVALID, '');
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const c = raw[i]!;
    if (c !== '&') {
      out += c;
      i++;
      continue;
    }
    if (raw[i + 1] === '#') {
      const hex = raw[i + 2] === 'x' || raw[i + 2] === 'X';
      let j = i + (hex ? 3 : 2);
      let value = 0;
      for (; j < raw.length; j++) {
        const digit = Number.parseInt(raw[j]!, hex ? 16 : 10);
        if (Number.isNaN(digit) || !(hex ? /[0-9a-f]/i : /[0-9]/).test(raw[j]!)) break;
        if (value < 0x110000) value = value * (hex ? 16 : 10) + digit;
      }
      if (raw[j] === ';') j++;
      if (isXmlChar(value)) out += String.fromCodePoint(value);
      else if (attribute) break;
      i = j;
      continue;
    }
    const name = NAME.exec(raw.slice(i + 1))?.[0];
    if (!name) {
      out += '&';
      i++;
      continue;
    }
    const code = raw[i + 1 + name.length] === ';' ? ENTITIES.get(name) : undefined;
    if (code === undefined) {
      out += `&${name}`;
      i += 1 + name.length;
    } else {
      out += String.fromCodePoint(code);
      i += name.length + 2;
    }
  }
  return out.replace(INVALID, '');
}

// An XML name, as libxml2 reads an entity's.
const NAME = /^[\p{L}_:][\p{L}\p{N}\p{M}._:-]*/u;

function isXmlChar(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

/**
 * The nodes as Nokogiri's `inner_html` writes them (libxml2's HTML serializer, formatted): `&`,
 * `<` and `>` escaped in text (nothing else, and nothing in `script` and `style`); void elements
 * without `/`; boolean attributes without their value; `href`, `src`, `action` and `<a name>`
 * URI-escaped (spaces and characters past ASCII as `%XX`, leading blanks dropped); a value with
 * `"` in single quotes (with both, `"` as `&quot;`); an empty `li` without its end tag; a line
 * break after the start tag and before the end tag of a block element (not `p`, `pre`) whose
 * first, or last, of two or more children is no text, and after a block element followed by no
 * text inside an element.
 */
export function serialize(nodes: readonly HtmlNode[]): string {
  let out = '';
  for (const node of nodes) out += write(node);
  return out;
}

function write(node: HtmlNode): string {
  if (node.kind === 'text') {
    const parent = node.parent;
    if (parent.kind === 'element' && RAW_TEXT.has(parent.name)) return node.text;
    return escapeText(node.text);
  }
  if (node.kind !== 'element') return node.kind === 'comment' ? `<!--${node.text}-->` : node.text;
  const info = elementInfo(node.name);
  let out = `<${node.name}`;
  for (const attr of node.attrs) out += writeAttribute(node.name, attr);
  const { children } = node;
  if (info?.empty) out += '>';
  else if (children.length === 0) out += info?.saveEndTag ? '>' : `></${node.name}>`;
  else {
    const block = info !== null && !info.inline && children.length > 1 && !node.name.startsWith('p');
    out += '>';
    if (block && children[0]!.kind !== 'text') out += '\n';
    for (const child of children) out += write(child);
    if (block && children[children.length - 1]!.kind !== 'text') out += '\n';
    out += `</${node.name}>`;
  }
  // A fragment's own children have no named parent: no line break after them.
  const parent = node.parent;
  if (info && !info.inline && parent.kind === 'element' && !parent.name.startsWith('p')) {
    const next = parent.children[parent.children.indexOf(node) + 1];
    if (next && next.kind !== 'text') out += '\n';
  }
  return out;
}

const escapeText = (s: string) => s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

const URI_ATTRIBUTES = new Set(['href', 'src', 'action']);

function writeAttribute(element: string, { name, value }: { name: string; value: string | null }): string {
  if (value === null || BOOLEAN_ATTRIBUTES.has(name)) return ` ${name}`;
  // `&{…}` stays as written in a value (HTML 4's script macros).
  let escaped = value.replace(/&(?!\{[^}]*\})|[<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
  if (URI_ATTRIBUTES.has(name) || (name === 'name' && element === 'a')) escaped = uriEscape(escaped);
  if (!escaped.includes('"')) return ` ${name}="${escaped}"`;
  if (!escaped.includes("'")) return ` ${name}='${escaped}'`;
  return ` ${name}="${escaped.replace(/"/g, '&quot;')}"`;
}

/** libxml2's xmlURIEscapeStr with the serializer's list of characters kept, after leading blanks. */
function uriEscape(value: string): string {
  const kept = value.replace(/^[ \t\n\r]+/, '');
  let out = '';
  for (const byte of Buffer.from(kept)) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.!~*'()@/:=?;#%&,+<>]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** An element's text, as Nokogiri's `text` gives it: its text nodes' in order (comments left out). */
export function textOf(node: HtmlNode): string {
  if (node.kind === 'text') return node.text;
  if (node.kind !== 'element') return '';
  let out = '';
  for (const child of node.children) out += textOf(child);
  return out;
}

/** The value of an element's attribute (empty for one written without a value), or null when it has none. */
export function attributeOf(element: HtmlElement, name: string): string | null {
  const attr = element.attrs.find((a) => a.name === name);
  return attr ? (attr.value ?? '') : null;
}

/** Every element of the nodes, in document order. */
export function* elements(nodes: readonly HtmlNode[]): Generator<HtmlElement> {
  for (const node of nodes) {
    if (node.kind !== 'element') continue;
    yield node;
    yield* elements(node.children);
  }
}
