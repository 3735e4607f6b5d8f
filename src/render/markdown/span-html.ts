import type { MarkdownIt, StateInline, Token } from 'markdown-it';
import { abbreviateRaw } from './abbreviations.js';
import { escapeAttribute, escapeKeepingReferences } from './escaping.js';
import { VOID_ELEMENTS } from './html-syntax.js';
import { parseSpansUntil, restore, snapshot } from './span-parse.js';

// Names as kramdown reads them (REXML's): letters, digits, `_`, `-`, `.`, one optional prefix.
const NAME = '(?:[\\p{L}\\p{M}_][-\\p{L}\\p{M}\\p{N}._]*:)?[\\p{L}\\p{M}_][-\\p{L}\\p{M}\\p{N}._]*';
// kramdown 1 takes only quoted attribute values; kramdown 2 also a word. Each attribute is
// matched once, never backtracked into (an atomic group in kramdown's Ruby, a look-ahead here):
// `<span title="a > b" data-x=1>` is no tag in kramdown 1, not a tag ending at a later quote.
const VALUE_1 = `(?<q>["'])[\\s\\S]*?\\k<q>`;
const VALUE_2 = `(?:[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]+|(?<q>["'])[\\s\\S]*?\\k<q>)`;
const tagRe = (value: string) =>
  new RegExp(
    `<(?<name>${NAME})\\s*(?<attributes>(?:(?=(?<one>\\s+${NAME}(?:\\s*=\\s*${value})?))\\k<one>)*)\\s*(?<slash>\\/)?>`,
    'uy',
  );
const attributeRe = (compat: 1 | 2) =>
  compat === 1
    ? new RegExp(`\\s*(${NAME})(?:\\s*=\\s*(?:(["'])([\\s\\S]*?)\\2))?`, 'gu')
    : new RegExp(`\\s*(${NAME})(?:\\s*=\\s*(?:([\\p{L}\\p{M}\\p{Nd}\\p{Pc}]+)|(["'])([\\s\\S]*?)\\3))?`, 'gu');
const END_TAG = new RegExp(`<\\/(${NAME})\\s*>`, 'uy');
const COMMENT = /<!--[\s\S]*?-->/y;
const INSTRUCTION = /<\?[\s\S]*?\?>/y;

const words = (s: string) => new Set(s.split(' '));
// Elements whose content kramdown parses as Markdown; any other element's content is raw text.
const SPAN_CONTENT = words(
  'a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins label legend ' +
    'optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt',
);
const BLOCK_CONTENT = words(
  'address applet article aside blockquote body dd details div dl fieldset figure figcaption footer ' +
    'form header hgroup iframe li main map menu nav noscript object section summary td',
);
// Block elements: written as text when they appear inside a paragraph.
const BLOCK_ELEMENTS = words(
  'address article aside applet body blockquote caption col colgroup dd div dl dt fieldset figcaption ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu li main map nav ol ' +
    'optgroup p pre section summary table tbody td th thead tfoot tr ul',
);
// kramdown 2 lowercases only the names of elements it knows.
const KNOWN = new Set([
  ...SPAN_CONTENT,
  ...BLOCK_CONTENT,
  ...BLOCK_ELEMENTS,
  ...VOID_ELEMENTS,
  ...words('script style math option textarea pre code kbd samp var br img input mark u command keygen'),
]);

export interface Tag {
  name: string;
  attributes: Array<[string, string]>;
  closed: boolean;
  end: number;
  /** Content parsed as Markdown (else raw text and tags). */
  markdown: boolean;
}

/** Raw content written out: its HTML, where it ends, its text as written. */
interface Raw {
  html: string;
  end: number;
  text: string;
}

/** A start tag as kramdown writes it back. */
function open(tag: Tag): string {
  let out = `<${tag.name}`;
  for (const [k, v] of tag.attributes) if (k !== 'id' || v.trim() !== '') out += ` ${k}="${escapeAttribute(v)}"`;
  return out + (VOID_ELEMENTS.has(tag.name) ? ' />' : '>');
}

/**
 * What the html_inline token of a span element keeps, for a span IAL after it: its start tag,
 * what follows the tag in the token (raw content and end tag), and whether the token is the
 * element, only its start (Markdown content follows) or its end.
 */
export interface SpanElement {
  tag: Tag;
  rest: string;
  part: 'element' | 'start' | 'end';
  /** The text of raw content, as written (kramdown 2 derives header ids from it). */
  text?: string;
  /** An end tag the source does not have: kramdown closes the element at the paragraph's end. */
  implied?: boolean;
}

/** Writes a span element's token again after its start tag's attributes changed. */
export function rewriteStartTag(token: Token): void {
  const element = token.meta as SpanElement;
  token.content = open(element.tag) + element.rest;
}

/**
 * kramdown's span HTML. A start tag is parsed into an element and written back (name and
 * attribute names lowercased, values double-quoted, `<a/>` as `<a></a>`, void elements as
 * `<br />`); its content, up to its end tag, is parsed as Markdown for elements such as `span`
 * and `em` and as raw text (tags only) for others (`code`, `kbd`, unknown names such as
 * `<item_type>`); with no end tag it takes the rest of the paragraph. An end tag that closes
 * nothing, and a block element's tag, are text (`&lt;/p&gt;`).
 */
export function spanHtml(md: MarkdownIt, compat: 1 | 2): void {
  const TAG = tagRe(compat === 1 ? VALUE_1 : VALUE_2);
  const ATTRIBUTE = attributeRe(compat);

  /** The start tag at `pos`, as kramdown reads it, or null (then `<` is text). */
  function startTag(src: string, pos: number, max: number, rawParent: boolean): Tag | null {
    TAG.lastIndex = pos;
    const m = TAG.exec(src);
    if (!m || TAG.lastIndex > max) return null;
    const groups = m.groups!;
    const known = compat === 1 || KNOWN.has(groups.name!.toLowerCase());
    const name = known ? groups.name!.toLowerCase() : groups.name!;
    const attributes: Array<[string, string]> = [];
    let markdownAttr: string | undefined;
    for (const a of groups.attributes!.matchAll(ATTRIBUTE)) {
      const key = known ? a[1]!.toLowerCase() : a[1]!;
      let value = (compat === 1 ? a[3] : (a[2] ?? a[4])) ?? '';
      if (value !== '') value = value.replace(/\n+/g, ' ');
      if (key === 'markdown') {
        markdownAttr = value;
        continue;
      }
      const at = attributes.findIndex(([k]) => k === key);
      if (at >= 0) attributes[at]![1] = value;
      else attributes.push([key, value]);
    }
    let markdown = !rawParent && (SPAN_CONTENT.has(name) || BLOCK_CONTENT.has(name));
    if (markdownAttr === 'span') markdown = true;
    else if (markdownAttr === '1') markdown = SPAN_CONTENT.has(name) || BLOCK_CONTENT.has(name);
    else if (markdownAttr === '0') markdown = false;
    return { name, attributes, closed: groups.slash !== undefined, end: TAG.lastIndex, markdown };
  }

  const hasBody = (tag: Tag) => !tag.closed && !VOID_ELEMENTS.has(tag.name);
  /** The length of `name`'s end tag at `pos`, or 0. */
  const closeAt = (src: string, pos: number, name: string) => {
    if (src.charCodeAt(pos) !== 0x3c || src.charCodeAt(pos + 1) !== 0x2f) return 0;
    END_TAG.lastIndex = pos;
    const m = END_TAG.exec(src);
    return m && m[1]!.toLowerCase() === name.toLowerCase() ? m[0].length : 0;
  };

  /** Raw content from `pos` up to `name`'s end tag (or `max`): text escaped, tags parsed. */
  function rawContent(src: string, pos: number, max: number, name: string, env: unknown): Raw {
    // kramdown 1 marks abbreviations in raw content too.
    const escapeRawText =
      compat === 1 ? (s: string) => abbreviateRaw(s, env, escapeKeepingReferences) : escapeKeepingReferences;
    let html = '';
    let all = '';
    let text = '';
    while (pos < max) {
      const close = closeAt(src, pos, name);
      if (close > 0 && pos + close <= max) {
        return { html: html + escapeRawText(text), end: pos + close, text: all + text };
      }
      const element = src[pos] === '<' ? rawElement(src, pos, max, env) : null;
      if (element) {
        html += escapeRawText(text) + element.html;
        all += text + element.text;
        text = '';
        pos = element.end;
      } else text += src[pos++];
    }
    return { html: html + escapeRawText(text), end: max, text: all + text };
  }

  /** A tag or comment in raw content, written out with its own content, or null. */
  function rawElement(src: string, pos: number, max: number, env: unknown): Raw | null {
    const other = commentOrInstruction(src, pos, max);
    if (other) return { html: other, end: pos + other.length, text: '' };
    END_TAG.lastIndex = pos;
    const stray = END_TAG.exec(src);
    if (stray && END_TAG.lastIndex <= max)
      return { html: escapeKeepingReferences(stray[0]), end: END_TAG.lastIndex, text: stray[0] };
    const tag = startTag(src, pos, max, true);
    if (!tag) return null;
    if (BLOCK_ELEMENTS.has(tag.name)) {
      const text = src.slice(pos, tag.end);
      return { html: escapeKeepingReferences(text), end: tag.end, text };
    }
    if (!hasBody(tag))
      return { html: VOID_ELEMENTS.has(tag.name) ? open(tag) : `${open(tag)}</${tag.name}>`, end: tag.end, text: '' };
    const content = rawContent(src, tag.end, max, tag.name, env);
    return { html: `${open(tag)}${content.html}</${tag.name}>`, end: content.end, text: content.text };
  }

  function commentOrInstruction(src: string, pos: number, max: number): string | null {
    for (const re of compat === 1 ? [COMMENT, INSTRUCTION] : [COMMENT]) {
      re.lastIndex = pos;
      const m = re.exec(src);
      if (m && re.lastIndex <= max) return m[0];
    }
    return null;
  }

  function html(state: StateInline, content: string, element?: SpanElement): void {
    const token = state.push('html_inline', '', 0);
    token.content = content;
    if (element) token.meta = element;
  }
  /** An element written whole: its start tag, then `rest`. */
  const whole = (state: StateInline, tag: Tag, rest: string, text = '') =>
    html(state, open(tag) + rest, { tag, rest, part: 'element', text });

  md.inline.ruler.before('html_inline', 'kramdown_span_html', (state, silent) => {
    const { src, pos, posMax } = state;
    if (src.charCodeAt(pos) !== 0x3c) return false;
    const other = commentOrInstruction(src, pos, posMax);
    if (other) {
      if (!silent) html(state, other);
      state.pos = pos + other.length;
      return true;
    }
    END_TAG.lastIndex = pos;
    const stray = END_TAG.exec(src);
    const tag = stray ? null : startTag(src, pos, posMax, false);
    const textEnd =
      stray && END_TAG.lastIndex <= posMax ? END_TAG.lastIndex : tag && BLOCK_ELEMENTS.has(tag.name) ? tag.end : 0;
    if (textEnd > 0 || !tag) {
      // Not an element: the characters are text (an end tag here closes nothing).
      if (textEnd === 0) {
        if (!silent) state.pending += '<';
        state.pos = pos + 1;
        return true;
      }
      // A tag kramdown parsed and then wrote as text: the next quote has no character before it.
      if (!silent) {
        const token = state.push('text_special', '', 0);
        token.content = src.slice(pos, textEnd);
      }
      state.pos = textEnd;
      return true;
    }
    if (!hasBody(tag)) {
      if (!silent) whole(state, tag, VOID_ELEMENTS.has(tag.name) ? '' : `</${tag.name}>`);
      state.pos = tag.end;
      return true;
    }
    if (!tag.markdown) {
      const content = rawContent(src, tag.end, posMax, tag.name, state.env);
      if (!silent) whole(state, tag, `${content.html}</${tag.name}>`, content.text);
      state.pos = content.end;
      return true;
    }
    const saved = snapshot(state);
    if (!silent) html(state, open(tag), { tag, rest: '', part: 'start' });
    const close = parseSpansUntil(state, tag.end, (p) => closeAt(src, p, tag.name) > 0);
    state.pos = close < 0 ? posMax : close + closeAt(src, close, tag.name);
    if (silent) restore(state, saved);
    else html(state, `</${tag.name}>`, { tag, rest: '', part: 'end', implied: close < 0 });
    return true;
  });
  md.inline.ruler.disable('html_inline');
}
