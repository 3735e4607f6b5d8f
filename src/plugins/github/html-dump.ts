import type { HtmlElement, HtmlNode } from './html-tree.js';

// The elements libxml2's HTML parser knows (HTML 4's), with the flags its writer goes by; it
// knows no other (`<section>`, `<figure>`, `<svg>` are plain elements to it).
const KNOWN = new Set(
  'a abbr acronym address applet area b base basefont bdo big blockquote body br button caption center cite code col colgroup dd del dfn dir div dl dt em embed fieldset font form frame frameset h1 h2 h3 h4 h5 h6 head hr html i iframe img input ins isindex kbd label legend li link map menu meta noframes noscript object ol optgroup option p param pre q s samp script select small span strike strong style sub sup table tbody td textarea tfoot th thead title tr tt u ul var'.split(
    ' ',
  ),
);
const INLINE = new Set(
  'a abbr acronym applet b basefont bdo big br button cite code del dfn em embed font i iframe img input ins kbd label map object q s samp script select small span strike strong sub sup textarea tt u var'.split(
    ' ',
  ),
);
// Written without an end tag: always, and (with `li`) when they have no children.
const EMPTY = new Set('area base basefont br col frame hr img input isindex link meta param'.split(' '));
// Attributes written by name alone, whatever their value.
const BOOLEAN = new Set(
  'checked compact declare defer disabled ismap multiple nohref noresize noshade nowrap readonly selected'.split(' '),
);
// Characters a URL attribute keeps as they are; libxml2 escapes every other byte as %XX.
const URI_KEEPS = /[A-Za-z0-9\-_.!~*'()@/:=?;#%&,+<>]/;

/**
 * Nodes written as Nokogiri's `to_html` writes them (libxml2's HTML writer, formatting on): a line
 * break between the children of a block element it knows where no text stands between them
 * (never inside `p`, `pre` or another element whose name starts with `p`), `&`, `<` and `>`
 * escaped and other characters as they are, empty elements without an end tag, URL attributes
 * percent-escaped, attribute values in double quotes unless they hold one.
 */
export function dumpHtml(nodes: readonly HtmlNode[]): string {
  let out = '';
  const write = (list: readonly HtmlNode[], parent: HtmlElement | null) => {
    list.forEach((node, i) => {
      if (node.kind === 'text') {
        out += parent && (parent.name === 'script' || parent.name === 'style') ? node.text : escapeText(node.text);
        return;
      }
      if (node.kind === 'comment') {
        out += `<!--${node.data}-->`;
        return;
      }
      const { name, children } = node;
      const block = KNOWN.has(name) && !INLINE.has(name);
      out += `<${name}${node.attrs.map((a) => attribute(a.name, a.value, name)).join('')}`;
      if (EMPTY.has(name)) out += '>';
      else if (children.length === 0) out += name === 'li' ? '>' : `></${name}>`;
      else {
        // Around the children: a line break when there are several and no text at that end.
        const breaks = block && children.length > 1 && name[0] !== 'p';
        out += breaks && children[0]!.kind !== 'text' ? '>\n' : '>';
        write(children, node);
        out += breaks && children.at(-1)!.kind !== 'text' ? `\n</${name}>` : `</${name}>`;
      }
      const next = list[i + 1];
      if (block && next && next.kind !== 'text' && parent && parent.name[0] !== 'p') out += '\n';
    });
  };
  write(nodes, null);
  return out;
}

/** Text as libxml2 escapes it: `&`, `<`, `>` (and a carriage return) only. */
export function escapeText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** ` name="value"` as libxml2 writes it. */
function attribute(name: string, value: string | null, element: string): string {
  if (value === null || BOOLEAN.has(name)) return ` ${name}`;
  let text = escapeText(value);
  const isUrl = name === 'href' || name === 'src' || name === 'action' || (name === 'name' && element === 'a');
  if (isUrl) text = escapeUrl(text.replace(/^[ \t\n\r]+/, ''));
  if (!text.includes('"')) return ` ${name}="${text}"`;
  return text.includes("'") ? ` ${name}="${text.replace(/"/g, '&quot;')}"` : ` ${name}='${text}'`;
}

/** libxml2's escape of a URL attribute: each UTF-8 byte of other characters as %XX. */
function escapeUrl(url: string): string {
  let out = '';
  for (const c of url) {
    if (URI_KEEPS.test(c)) out += c;
    else for (const byte of Buffer.from(c, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
