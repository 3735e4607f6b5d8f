// kramdown's HTML syntax: which tags it recognises, how it writes them back (attributes
// double-quoted and escaped, void elements as `<br />`), and how it reads the raw inside of an
// HTML element (nested tags re-written, text escaped, stray end tags dropped or kept as text).
import { rubyDowncase, rubyStrip } from '../../shared/ruby-text.js';
import { escapeAttribute, escapeKeepingReferences } from './escaping.js';
import { WORD, XML_NAME } from './ruby-classes.js';

// kramdown's HTML_SPAN_ELEMENTS: a line starting with one of these is paragraph text, not a block.
export const SPAN_ELEMENTS = new Set(
  'a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var'.split(
    ' ',
  ),
);
/** HTML elements without content or end tag. */
export const VOID_ELEMENTS = new Set(
  'area base br col command embed hr img input keygen link meta param source track wbr'.split(' '),
);
const BLOCK_MODEL =
  'address applet article aside blockquote body dd details div dl fieldset figure figcaption footer form header hgroup iframe li map menu nav noscript object section summary td'.split(
    ' ',
  );
const SPAN_MODEL =
  'a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins label legend optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt'.split(
    ' ',
  );
const RAW_MODEL = 'script style math option textarea pre code kbd samp var'.split(' ');
/** kramdown's HTML_BLOCK_ELEMENTS: in text, such a tag is text, not an element. */
export const BLOCK_ELEMENTS =
  'address article aside applet body blockquote caption col colgroup dd div dl dt fieldset figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu li main map nav ol optgroup p pre section summary table tbody td th thead tfoot tr ul'.split(
    ' ',
  );
/** Names kramdown 2 knows as HTML (it lower-cases only these, and their attribute names). */
const KNOWN = new Set([
  ...SPAN_ELEMENTS,
  ...VOID_ELEMENTS,
  ...BLOCK_MODEL,
  ...SPAN_MODEL,
  ...RAW_MODEL,
  ...BLOCK_ELEMENTS,
]);

export type ContentModel = 'raw' | 'span' | 'block';

/** How kramdown parses the inside of `name` when `markdown="1"` (or `parse_block_html`) asks for its default. */
export function defaultModel(name: string, compat: 1 | 2): ContentModel {
  if (BLOCK_MODEL.includes(name) || (compat === 2 && name === 'main')) return 'block';
  return SPAN_MODEL.includes(name) ? 'span' : 'raw';
}

// Ruby's `\s` (kramdown's): a no-break space is no white space between a tag's parts.
const SP = '[ \\t\\n\\v\\f\\r]';
const NAME = XML_NAME;
// kramdown 1 accepts only quoted attribute values; kramdown 2 also bare words. Each attribute is
// matched once, never backtracked into (an atomic group in kramdown's Ruby, a look-ahead here):
// `<p c=""">` is no tag, not one whose attribute value runs to the third quote.
const VALUE = { 1: `(?<q>["'])[\\s\\S]*?\\k<q>`, 2: `(?:[${WORD}]+|(?<q>["'])[\\s\\S]*?\\k<q>)` };
const tagRe = (value: string) =>
  new RegExp(
    `<(?<name>${NAME})${SP}*(?<attributes>(?:(?=(?<one>${SP}+${NAME}(?:${SP}*=${SP}*${value})?))\\k<one>)*)${SP}*(?<slash>\\/)?>`,
    'uy',
  );
/** The patterns with names in them, made at their first use: their Unicode classes cost a start 2-3 ms. */
const makePatterns = () => ({
  tag: { 1: tagRe(VALUE[1]), 2: tagRe(VALUE[2]) },
  attribute: {
    1: new RegExp(`${SP}*(${NAME})(?:${SP}*=${SP}*(["'])([\\s\\S]*?)\\2)?`, 'gu'),
    2: new RegExp(`${SP}*(${NAME})(?:${SP}*=${SP}*(?:([${WORD}]+)|(["'])([\\s\\S]*?)\\3))?`, 'gu'),
  },
  close: new RegExp(`<\\/(${NAME})${SP}*>`, 'uy'),
  markupStart: new RegExp(`<(?:${NAME}|\\/|!--|\\?)`, 'gu'),
});
let made: ReturnType<typeof makePatterns> | undefined;
const patterns = () => (made ??= makePatterns());
const COMMENT = /<!--[\s\S]*?-->/y;
const INSTRUCTION = /<\?[\s\S]*?\?>/y;

/** Raw HTML's text as kramdown writes it: `<`, `>` and `&` escaped, character references kept (and `"` in attributes). */
export function escapeHtml(text: string, attribute = false): string {
  return attribute ? escapeAttribute(text) : escapeKeepingReferences(text);
}

/** A start tag kramdown recognises. */
export interface StartTag {
  name: string;
  attributes: Map<string, string>;
  selfClosed: boolean;
  /** The content model `markdown="…"` asks for, if it does. */
  markdown?: ContentModel;
  end: number;
}

/** The start tag at `pos` of `src`, as kramdown reads it (`null` when it is none). */
export function startTagAt(src: string, pos: number, compat: 1 | 2): StartTag | null {
  const re = patterns().tag[compat];
  re.lastIndex = pos;
  const m = re.exec(src);
  if (!m) return null;
  const known = KNOWN.has(m[1]!.toLowerCase());
  const name = compat === 1 || known ? rubyDowncase(m[1]!) : m[1]!;
  const attributes = new Map<string, string>();
  const attr = patterns().attribute[compat];
  attr.lastIndex = 0;
  for (const a of m[2]!.matchAll(attr)) {
    const key = compat === 1 || known ? rubyDowncase(a[1]!) : a[1]!;
    const value = compat === 1 ? a[3] : (a[2] ?? a[4]);
    attributes.set(key, value ?? '');
  }
  const tag: StartTag = { name, attributes, selfClosed: m.groups!.slash === '/', end: pos + m[0].length };
  const markdown = attributes.get('markdown');
  if (markdown !== undefined) {
    attributes.delete('markdown');
    if (markdown === '0') tag.markdown = 'raw';
    else if (markdown === '1') tag.markdown = defaultModel(name, compat);
    else if (markdown === 'span' || markdown === 'block') tag.markdown = markdown;
  }
  return tag;
}

/** The end tag at `pos` (its name and where it ends), or null. */
export function endTagAt(src: string, pos: number): { name: string; end: number } | null {
  const close = patterns().close;
  close.lastIndex = pos;
  const m = close.exec(src);
  return m ? { name: m[1]!, end: pos + m[0].length } : null;
}

/** A comment (or, for kramdown 1, a processing instruction) at `pos`: its end, or -1. */
export function commentAt(src: string, pos: number, compat: 1 | 2): number {
  for (const re of compat === 1 ? [COMMENT, INSTRUCTION] : [COMMENT]) {
    re.lastIndex = pos;
    if (re.test(src)) return re.lastIndex;
  }
  return -1;
}

/** Whether an end tag names this element (kramdown 2 compares unknown names case-sensitively). */
export function closes(tagName: string, element: string, compat: 1 | 2): boolean {
  return compat === 2 && !KNOWN.has(element) ? tagName === element : rubyDowncase(tagName) === element;
}

/** ` key="value"` for each attribute; an empty `id` is left out. */
export function writeAttributes(attributes: Map<string, string>): string {
  let out = '';
  for (const [k, v] of attributes) if (!(k === 'id' && rubyStrip(v) === '')) out += ` ${k}="${escapeHtml(v, true)}"`;
  return out;
}

/**
 * Raw HTML as kramdown writes it back: markup, text (escaped when written: kramdown 1 marks
 * abbreviations in it), text to parse as spans (`<p markdown="1">` inside), and elements whose
 * inside is blocks (`<div markdown="1">` inside).
 */
export type Piece = string | { text: string } | { span: string } | { block: StartTag; nesting: number };

/**
 * Writing an element: yields at each element inside it whose content is blocks (which the caller
 * parses, then says where that element ended); returns where this one ended.
 */
export type ElementWriter = Generator<StartTag, number, number>;

/** Where the end tag `</name>` (any case) is found from `pos`: [start, end], or null. */
function endTagSearch(src: string, pos: number, name: string): [number, number] | null {
  const re = new RegExp(`<\\/${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${SP}*>`, 'gi');
  re.lastIndex = pos;
  const m = re.exec(src);
  return m ? [m.index, m.index + m[0].length] : null;
}

/**
 * An element whose start tag has been read, written back: its inside up to its end tag, or to
 * the end of `src` when it has none (kramdown closes it there).
 */
export function* writeElement(
  src: string,
  tag: StartTag,
  model: ContentModel,
  compat: 1 | 2,
  out: Piece[],
  nesting = 0,
): ElementWriter {
  const open = `<${tag.name}${writeAttributes(tag.attributes)}`;
  if (tag.name === 'script' || tag.name === 'style') {
    const end = endTagSearch(src, tag.end, tag.name);
    const body = src.slice(tag.end, end ? end[0] : src.length);
    out.push(`${open}>${body}</${tag.name}>`);
    return end ? end[1] : src.length;
  }
  if (tag.selfClosed || VOID_ELEMENTS.has(tag.name)) {
    out.push(model === 'raw' || VOID_ELEMENTS.has(tag.name) ? `${open} />` : `${open}></${tag.name}>`);
    return tag.end;
  }
  if (model === 'block') {
    out.push({ block: tag, nesting });
    return yield tag;
  }
  if (model === 'span') {
    const end = endTagSearch(src, tag.end, tag.name);
    const text = src.slice(tag.end, end ? end[0] : src.length);
    out.push(`${open}>`);
    if (text) out.push({ span: text });
    out.push(`</${tag.name}>`);
    return end ? end[1] : src.length;
  }
  const at = out.length;
  out.push(`${open}>`);
  const end = yield* writeRaw(src, tag.end, tag.name, compat, out, nesting + 1);
  if (out.length === at + 1) out[at] = VOID_ELEMENTS.has(tag.name) ? `${open} />` : `${open}></${tag.name}>`;
  else out.push(`</${tag.name}>`);
  return end;
}

/** The raw inside of `element` (`nesting` elements deep) from `pos` (comments kept, tags re-written, text escaped); returns its end. */
function* writeRaw(
  src: string,
  pos: number,
  element: string,
  compat: 1 | 2,
  out: Piece[],
  nesting: number,
): ElementWriter {
  for (;;) {
    const markupStart = patterns().markupStart;
    markupStart.lastIndex = pos;
    const m = markupStart.exec(src);
    if (!m) {
      if (pos < src.length) out.push({ text: src.slice(pos) });
      return src.length;
    }
    if (m.index > pos) out.push({ text: src.slice(pos, m.index) });
    pos = m.index;
    const comment = commentAt(src, pos, 1);
    if (comment >= 0) {
      out.push(src.slice(pos, comment));
      pos = comment;
      continue;
    }
    const tag = startTagAt(src, pos, compat);
    if (tag) {
      // Inside raw HTML an element is raw too, unless its markdown attribute says otherwise.
      pos = yield* writeElement(src, tag, tag.markdown ?? 'raw', compat, out, nesting);
      continue;
    }
    const close = endTagAt(src, pos);
    if (close) {
      if (closes(close.name, element, compat)) return close.end;
      // A stray end tag: kramdown 1 drops it, kramdown 2 keeps it as text.
      if (compat === 2) out.push(escapeHtml(src.slice(pos, close.end)));
      pos = close.end;
      continue;
    }
    out.push('&lt;');
    pos++;
  }
}
