import { entityCode, numericEntityCode } from '../../../shared/kramdown-values.js';
import { entityWritten } from '../../markdown/entities.js';
import { escapeKeepingReferences } from '../../markdown/escaping.js';
import {
  BLOCK_ELEMENTS,
  closes,
  commentAt,
  defaultModel,
  endTagAt,
  escapeHtml,
  type Piece,
  SPAN_ELEMENTS,
  startTagAt,
  VOID_ELEMENTS,
  writeAttributes,
  writeElement,
} from '../../markdown/html-syntax.js';
import type { MarkdownOptions } from '../../markdown/types.js';
import { type TypographyOutput, typographHtml } from '../../markdown/typography.js';

/**
 * Jekyll's smartify: kramdown's SmartyPants parser, whose spans are smart quotes, entities,
 * typographic symbols and HTML. Text is typographed and escaped; an entity is its character
 * (`&mdash;` is —; `&lt;`, `&gt;`, `&amp;` stay, an unknown name is `&amp;name;`); a comment is
 * kept; a tag is written back as kramdown writes it (`<br />`, attributes double-quoted); inside
 * an element kramdown does not parse (`<code>`, `<kbd>`, a name it does not know) only tags are
 * read; a block element's tag (`<p>` in a line) is text; an end tag that closes nothing is text.
 * Where a line starts (or a block ends), a tag of any element but a span's, after up to three
 * spaces, or a comment, is kramdown's HTML block: the element written back with its inside raw
 * (as the Markdown converter writes one: html-syntax.ts), then a line break (and the rest of the
 * line as text after one without a body: `<hr />`, `<script>`); the rest of its line is read again
 * as a line's start (an excerpt's `<p>…</p>` stays HTML). Not done: an element whose
 * `markdown` attribute asks for blocks inside (read as a line of text, as before).
 */

const ENTITY = /&(?:([\w:][-\w.:]*);|#(\d+);|#x([0-9a-fA-F]+);)/y;

/** An entity at `pos` as kramdown's `entity_output` writes it, and where it ends; null when there is none. */
function entityAt(
  text: string,
  pos: number,
  output: MarkdownOptions['entityOutput'],
): { html: string; end: number } | null {
  ENTITY.lastIndex = pos;
  const m = ENTITY.exec(text);
  if (!m) return null;
  const code =
    m[1] !== undefined
      ? entityCode(m[1])
      : m[2] !== undefined
        ? numericEntityCode(m[2], 10)
        : numericEntityCode(m[3]!, 16);
  const end = pos + m[0].length;
  // An unknown name is an `&` and the rest text, read past as the entity is (`&x;'a'` opens a quote).
  if (code === undefined) return { html: `&amp;${escapeHtml(m[0].slice(1))}`, end };
  // (`<`, `>` and `&` as written: `&#60;` stays; so does a number no character has.)
  return { html: entityWritten(code, m[0], output), end };
}

/** kramdown's options smartify reads (Jekyll's SmartyPants converter takes the site's `kramdown:`). */
export interface SmartifyOptions extends TypographyOutput {
  readonly compat: 1 | 2;
}

/** kramdown's defaults. */
export const DEFAULT_SMARTIFY: SmartifyOptions = {
  compat: 2,
  smartQuotes: [0x2018, 0x2019, 0x201c, 0x201d],
  typographicSymbols: {},
  entityOutput: 'as_char',
};

interface Open {
  readonly name: string;
  /** Its inside is raw (`<code>`): tags only, no typography or entities. */
  readonly raw: boolean;
}

export function smartify(input: string, o: SmartifyOptions = DEFAULT_SMARTIFY): string {
  // kramdown reads the text with its line ends as `\n` and one at the end; the HTML loses its last.
  const text = `${input.replace(/\r\n?/g, '\n').replace(/\n$/, '')}\n`;
  let out = '';
  // Lines of text between HTML blocks are read as one text.
  let textStart = 0;
  let pos = 0;
  while (pos < text.length) {
    const block = htmlBlockAt(text, pos, o);
    if (block === null) {
      const lineEnd = text.indexOf('\n', pos);
      pos = lineEnd < 0 ? text.length : lineEnd + 1;
      continue;
    }
    out += spans(text.slice(textStart, pos), o);
    out += `${block.html}\n`;
    // The rest of the block's line, when blank, goes with it; after an element without a body
    // (`<hr />`, `<div/>`, `<script>`) kramdown leaves it, and it is text (a line break).
    TRAILING_BLANK.lastIndex = block.end;
    pos = textStart = !block.bodiless && TRAILING_BLANK.test(text) ? TRAILING_BLANK.lastIndex : block.end;
  }
  out += spans(text.slice(textStart), o);
  return out.endsWith('\n') ? out.slice(0, -1) : out;
}

const TRAILING_BLANK = /[ \t]*\n/y;
const BLOCK_INDENT = /[ ]{0,3}(?=<)/y;

/**
 * kramdown's HTML block at `pos` (a line's start): a comment, or an element that is not a span's,
 * written back, and where it ends; null when the line is text.
 */
function htmlBlockAt(
  text: string,
  pos: number,
  o: SmartifyOptions,
): { html: string; end: number; bodiless?: boolean } | null {
  const { compat } = o;
  const comment = commentAt(text, pos, compat);
  if (comment >= 0) return { html: text.slice(pos, comment), end: comment };
  BLOCK_INDENT.lastIndex = pos;
  if (!BLOCK_INDENT.test(text)) return null;
  const tag = startTagAt(text, BLOCK_INDENT.lastIndex, compat);
  if (!tag || SPAN_ELEMENTS.has(tag.name.toLowerCase()) || tag.markdown === 'block') return null;
  const pieces: Piece[] = [];
  const writer = writeElement(text, tag, tag.markdown ?? 'raw', compat, pieces);
  const step = writer.next();
  // An element inside whose `markdown` asks for blocks: not read here (see smartify's comment).
  if (!step.done) return null;
  let html = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') html += piece;
    else if ('text' in piece) html += escapeHtml(piece.text);
    else if ('span' in piece) html += spans(piece.span, o);
    else return null;
  }
  const name = tag.name.toLowerCase();
  const bodiless = tag.selfClosed || VOID_ELEMENTS.has(name) || name === 'script' || name === 'style';
  return { html, end: step.value, bodiless };
}

/** A text's spans: quotes, entities, typographic symbols and span HTML, as kramdown reads a paragraph's. */
function spans(text: string, o: SmartifyOptions): string {
  let out = '';
  let at = 0;
  // Elements open in the text: an end tag closes the innermost (another is text), the rest close at the end.
  const open: Open[] = [];
  const raw = () => open.length > 0 && open[open.length - 1]!.raw;
  // The text from `at` to `end`, inside a raw element or not.
  const flush = (end: number, inRaw = raw()) => {
    if (end <= at) return;
    const run = text.slice(at, end);
    out += inRaw ? escapeKeepingReferences(run) : typographHtml(run, text.slice(end, end + 4), o);
  };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x26 && !raw()) {
      const entity = entityAt(text, i, o.entityOutput);
      if (entity) {
        flush(i);
        out += entity.html;
        i = at = entity.end;
        continue;
      }
    } else if (c === 0x3c) {
      // `<<` is a typographic symbol (kramdown tries those before HTML): text.
      if (text.charCodeAt(i + 1) === 0x3c && !raw()) {
        i += 2;
        continue;
      }
      const inRaw = raw();
      const markup = tagAt(text, i, o.compat, open);
      if (markup !== null) {
        flush(i, inRaw);
        out += markup.html;
        i = at = markup.end;
        continue;
      }
    }
    i++;
  }
  flush(text.length);
  for (const e of open.reverse()) out += `</${e.name}>`;
  return out;
}

/**
 * HTML at `pos` (a comment, a start or end tag) written back, and where it ends; null for text.
 * An end tag that closes nothing and a block element's start tag are text that kramdown reads
 * past as it does a tag, written escaped: what follows starts afresh (`</b>>>` is `&lt;/b&gt;»`,
 * `</div>'a'` opens a quote); inside a raw element they are its text.
 */
function tagAt(text: string, pos: number, compat: 1 | 2, open: Open[]): { html: string; end: number } | null {
  const comment = commentAt(text, pos, compat);
  if (comment >= 0) return { html: text.slice(pos, comment), end: comment };
  const inRaw = open.length > 0 && open[open.length - 1]!.raw;
  const asText = (end: number) => (inRaw ? null : { html: escapeHtml(text.slice(pos, end)), end });
  const close = endTagAt(text, pos);
  if (close) {
    const inner = open[open.length - 1];
    if (!inner || !closes(close.name, inner.name, compat)) return asText(close.end);
    open.pop();
    return { html: `</${inner.name}>`, end: close.end };
  }
  const tag = startTagAt(text, pos, compat);
  if (!tag) return null;
  if (BLOCK_ELEMENTS.includes(tag.name)) return asText(tag.end);
  const start = `<${tag.name}${writeAttributes(tag.attributes)}`;
  if (tag.selfClosed || VOID_ELEMENTS.has(tag.name)) return { html: `${start} />`, end: tag.end };
  // The inside of an element kramdown does not parse (`<code>`, an unknown one), and of any inside one, is raw.
  open.push({ name: tag.name, raw: inRaw || defaultModel(tag.name, compat) === 'raw' });
  return { html: `${start}>`, end: tag.end };
}
