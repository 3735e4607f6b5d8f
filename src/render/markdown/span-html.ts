import type { MarkdownIt } from 'markdown-it';
import { VOID_ELEMENTS } from './html-blocks.js';

const OPEN = /^<([A-Za-z][\w-]*)\b[^>]*?(\/?)>$/;
const CLOSE = /^<\/([A-Za-z][\w-]*)\s*>$/;
// A span tag as kramdown reads one: its name may hold `_` (`<item_type>`), which CommonMark's does not.
// Attribute values must be quoted.
const TAG_START = /<([A-Za-z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/y;
const TAG_END = /<\/([A-Za-z][\w-]*)\s*>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g;
// Elements whose content kramdown parses as Markdown; any other element's content is raw text.
const MARKDOWN_CONTENT = new Set(
  (
    'a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins label legend ' +
    'optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt ' +
    'address applet article aside blockquote body dd details div dl fieldset figure figcaption footer ' +
    'form header hgroup iframe li map menu nav noscript object section summary td'
  ).split(' '),
);

/** A start tag as kramdown writes it back: attributes in double quotes, void elements closed with ` />`. */
function startTag(name: string, attributes: string, isVoid: boolean): string {
  let out = `<${name}`;
  for (const m of attributes.matchAll(ATTRIBUTE)) {
    const value = m[2] ?? m[3] ?? '';
    out += ` ${m[1]}="${value.replace(/"/g, '&quot;')}"`;
  }
  return `${out}${isVoid ? ' />' : '>'}`;
}

/**
 * kramdown's span HTML: the content of an element kramdown does not parse as Markdown (`kbd`,
 * `code`, an unknown name such as `<item_type>`) is raw text up to its closing tag, or to the end
 * of the paragraph when there is none (no Markdown, no typography); `<a/>` is `<a></a>` (only
 * void elements close themselves) and `<br/>` is `<br />`.
 */
function spanTags(md: MarkdownIt): void {
  md.inline.ruler.before('html_inline', 'kramdown_span_tags', (state, silent) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) !== 0x3c) return false;
    TAG_END.lastIndex = pos;
    const end = TAG_END.exec(src);
    if (end && end.index + end[0].length <= state.posMax) {
      if (!silent) state.push('html_inline', '', 0).content = end[0];
      state.pos += end[0].length;
      return true;
    }
    TAG_START.lastIndex = pos;
    const m = TAG_START.exec(src);
    if (!m || pos + m[0].length > state.posMax) return false;
    const name = m[1]!;
    const isVoid = VOID_ELEMENTS.has(name.toLowerCase());
    const after = pos + m[0].length;
    if (silent) {
      state.pos = after;
      return true;
    }
    const tag = startTag(name, m[2]!, isVoid);
    if (isVoid || m[3]) {
      state.push('html_inline', '', 0).content = isVoid ? tag : `${tag}</${name}>`;
      state.pos = after;
      return true;
    }
    if (MARKDOWN_CONTENT.has(name.toLowerCase())) {
      state.push('html_inline', '', 0).content = tag;
      state.pos = after;
      return true;
    }
    const close = new RegExp(`</${name}\\s*>`, 'i').exec(src.slice(after, state.posMax));
    const rawEnd = close ? after + close.index : state.posMax;
    state.push('html_inline', '', 0).content = `${tag}${src.slice(after, rawEnd)}</${name}>`;
    state.pos = close ? rawEnd + close[0].length : state.posMax;
    return true;
  });
}

/**
 * kramdown parses span-level HTML into elements and writes them back out: `<a/>` becomes
 * `<a></a>` (only void elements close themselves), and an element left open is closed at the
 * end of its paragraph.
 */
export function spanHtml(md: MarkdownIt): void {
  spanTags(md);
  md.core.ruler.push('kramdown_span_html', (state) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children?.some((t) => t.type === 'html_inline')) continue;
      const open: string[] = [];
      for (const t of block.children) {
        if (t.type !== 'html_inline') continue;
        const o = OPEN.exec(t.content);
        if (o) {
          const name = o[1]!.toLowerCase();
          if (VOID_ELEMENTS.has(name)) continue;
          if (o[2]) t.content = `${t.content.replace(/\s*\/>$/, '>')}</${o[1]}>`;
          else open.push(name);
          continue;
        }
        const c = CLOSE.exec(t.content);
        if (c) {
          const at = open.lastIndexOf(c[1]!.toLowerCase());
          if (at >= 0) open.length = at;
        }
      }
      for (const name of open.reverse()) {
        const close = new state.Token('html_inline', '', 0);
        close.content = `</${name}>`;
        block.children.push(close);
      }
    }
  });
}
