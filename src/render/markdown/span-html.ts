import type { MarkdownIt, StateInline, Token } from 'markdown-it';
import { rubyDowncase, rubyStrip } from '../../shared/ruby-text.js';
import { abbreviateRaw } from './abbreviations.js';
import { insideElement } from './emphasis.js';
import { escapeAttribute, escapeKeepingReferences } from './escaping.js';
import { VOID_ELEMENTS } from './html-syntax.js';
import { WORD, XML_NAME } from './ruby-classes.js';
import { parseSpansUntil, restore, snapshot } from './span-parse.js';
import { kilnEnv } from './types.js';

// Names as kramdown reads them (REXML's): letters, digits, `_`, `-`, `.`, one optional prefix.
// Ruby's `\s` (kramdown's): a no-break space is no white space between a tag's parts.
const SP = '[ \\t\\n\\v\\f\\r]';
const NAME = XML_NAME;
// kramdown 1 takes only quoted attribute values; kramdown 2 also a word. Each attribute is
// matched once, never backtracked into (an atomic group in kramdown's Ruby, a look-ahead here):
// `<span title="a > b" data-x=1>` is no tag in kramdown 1, not a tag ending at a later quote.
const VALUE_1 = `(?<q>["'])[\\s\\S]*?\\k<q>`;
const VALUE_2 = `(?:[${WORD}]+|(?<q>["'])[\\s\\S]*?\\k<q>)`;
const tagRe = (value: string) =>
  new RegExp(
    `<(?<name>${NAME})${SP}*(?<attributes>(?:(?=(?<one>${SP}+${NAME}(?:${SP}*=${SP}*${value})?))\\k<one>)*)${SP}*(?<slash>\\/)?>`,
    'uy',
  );
const attributeRe = (compat: 1 | 2) =>
  compat === 1
    ? new RegExp(`${SP}*(${NAME})(?:${SP}*=${SP}*(?:(["'])([\\s\\S]*?)\\2))?`, 'gu')
    : new RegExp(`${SP}*(${NAME})(?:${SP}*=${SP}*(?:([${WORD}]+)|(["'])([\\s\\S]*?)\\3))?`, 'gu');
const END_TAG = new RegExp(`<\\/(${NAME})${SP}*>`, 'uy');
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

/** Raw content being written: its HTML and text since the last token, and whether the element's start token is out. */
interface RawWriter {
  state: StateInline;
  tag: Tag;
  html: string;
  text: string;
  started: boolean;
}

/** A start tag as kramdown writes it back. */
function open(tag: Tag): string {
  let out = `<${tag.name}`;
  for (const [k, v] of tag.attributes) if (k !== 'id' || rubyStrip(v) !== '') out += ` ${k}="${escapeAttribute(v)}"`;
  return out + (VOID_ELEMENTS.has(tag.name) ? ' />' : '>');
}

/**
 * What the html_inline token of a span element keeps, for a span IAL after it: its start tag,
 * what follows the tag in the token (raw content and end tag), and whether the token is the
 * element, only its start (Markdown content follows), raw content between Markdown children
 * (`markdown="span"` inside raw content), or its end.
 */
export interface SpanElement {
  tag: Tag;
  rest: string;
  part: 'element' | 'start' | 'raw' | 'end';
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
export function spanHtml(md: MarkdownIt, compat: 1 | 2, parseSpanHtml = true): void {
  const TAG = tagRe(compat === 1 ? VALUE_1 : VALUE_2);
  const ATTRIBUTE = attributeRe(compat);

  /**
   * The start tag at `pos`, as kramdown reads it, or null (then `<` is text). `parsed`: whether
   * an element such as `span` gets its content parsed without a `markdown` attribute (not inside
   * raw content, nor with `parse_span_html` off).
   */
  function startTag(src: string, pos: number, max: number, parsed: boolean): Tag | null {
    TAG.lastIndex = pos;
    const m = TAG.exec(src);
    if (!m || TAG.lastIndex > max) return null;
    const groups = m.groups!;
    const known = compat === 1 || KNOWN.has(groups.name!.toLowerCase());
    const name = known ? rubyDowncase(groups.name!) : groups.name!;
    const attributes: Array<[string, string]> = [];
    let markdownAttr: string | undefined;
    for (const a of groups.attributes!.matchAll(ATTRIBUTE)) {
      const key = known ? rubyDowncase(a[1]!) : a[1]!;
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
    let markdown = parsed && (SPAN_CONTENT.has(name) || BLOCK_CONTENT.has(name));
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
    return m && rubyDowncase(m[1]!) === rubyDowncase(name) ? m[0].length : 0;
  };

  /**
   * Raw content from `pos` up to `name`'s end tag (or `max`), written into `w`: text escaped,
   * tags parsed. Returns where it ends.
   */
  function rawContent(w: RawWriter, pos: number, max: number, name: string): number {
    const { src } = w.state;
    // kramdown 1 marks abbreviations in raw content too.
    const escapeRawText =
      compat === 1 ? (s: string) => abbreviateRaw(s, w.state.env, escapeKeepingReferences) : escapeKeepingReferences;
    let text = '';
    const flushText = () => {
      w.html += escapeRawText(text);
      w.text += text;
      text = '';
    };
    while (pos < max) {
      const close = closeAt(src, pos, name);
      if (close > 0 && pos + close <= max) {
        flushText();
        return pos + close;
      }
      const end = src[pos] === '<' ? rawElement(w, pos, max, flushText) : -1;
      if (end >= 0) pos = end;
      else text += src[pos++];
    }
    flushText();
    return max;
  }

  /**
   * A tag or comment in raw content at `pos`, written into `w` with its own content (after
   * `before`, which writes the text before it): where it ends, or -1.
   */
  function rawElement(w: RawWriter, pos: number, max: number, before: () => void): number {
    const { src } = w.state;
    const other = commentOrInstruction(src, pos, max);
    if (other) {
      before();
      w.html += other;
      return pos + other.length;
    }
    END_TAG.lastIndex = pos;
    const stray = END_TAG.exec(src);
    if (stray && END_TAG.lastIndex <= max) {
      before();
      w.html += escapeKeepingReferences(stray[0]);
      w.text += stray[0];
      return END_TAG.lastIndex;
    }
    const tag = startTag(src, pos, max, false);
    if (!tag) return -1;
    before();
    if (BLOCK_ELEMENTS.has(tag.name)) {
      const text = src.slice(pos, tag.end);
      w.html += escapeKeepingReferences(text);
      w.text += text;
      return tag.end;
    }
    if (!hasBody(tag)) {
      w.html += VOID_ELEMENTS.has(tag.name) ? open(tag) : `${open(tag)}</${tag.name}>`;
      return tag.end;
    }
    if (tag.markdown) {
      // `markdown="span"` (or "1") inside raw content: this element's content is Markdown again.
      flushRaw(w);
      return markdownElement(w.state, tag);
    }
    w.html += open(tag);
    const end = rawContent(w, tag.end, max, tag.name);
    w.html += `</${tag.name}>`;
    return end;
  }

  /** Pushes what `w` holds as a token: the element's start (with its start tag), or raw content between Markdown children. */
  function flushRaw(w: RawWriter): void {
    if (!w.started) html(w.state, open(w.tag) + w.html, { tag: w.tag, rest: w.html, part: 'start', text: w.text });
    else if (w.html !== '' || w.text !== '') html(w.state, w.html, { tag: w.tag, rest: '', part: 'raw', text: w.text });
    w.started = true;
    w.html = '';
    w.text = '';
  }

  /** An element whose content is Markdown: its start tag, its content parsed as spans, its end tag. Where it ends. */
  function markdownElement(state: StateInline, tag: Tag): number {
    const { src } = state;
    html(state, open(tag), { tag, rest: '', part: 'start' });
    const close = insideElement(state, () => parseSpansUntil(state, tag.end, (p) => closeAt(src, p, tag.name) > 0));
    html(state, `</${tag.name}>`, { tag, rest: '', part: 'end', implied: close < 0 });
    return close < 0 ? state.posMax : close + closeAt(src, close, tag.name);
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
    // (kramdown's `parse_span_html`, which a `{::options}` anywhere before the end of this span may turn off.)
    const parsed = kilnEnv(state.env).documentOptions?.parseSpanHtml ?? parseSpanHtml;
    const tag = stray ? null : startTag(src, pos, posMax, parsed);
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
    const saved = snapshot(state);
    if (tag.markdown) state.pos = markdownElement(state, tag);
    else {
      const w: RawWriter = { state, tag, html: '', text: '', started: false };
      state.pos = rawContent(w, tag.end, posMax, tag.name);
      // Raw content is one token, unless Markdown children split it.
      if (!w.started) whole(state, tag, `${w.html}</${tag.name}>`, w.text);
      else html(state, `${w.html}</${tag.name}>`, { tag, rest: '', part: 'end', text: w.text });
    }
    if (silent) restore(state, saved);
    return true;
  });
  md.inline.ruler.disable('html_inline');
}
