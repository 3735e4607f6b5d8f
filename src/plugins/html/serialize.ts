import { BOOLEAN_ATTRIBUTES, elementInfo, RAW_TEXT } from './libxml-tables.js';
import type { HtmlNode } from './nodes.js';

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

export const escapeText = (s: string) =>
  s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

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
