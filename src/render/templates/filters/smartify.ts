import { entityCode } from '../../../shared/kramdown-values.js';
import { escapeKeepingReferences } from '../../markdown/escaping.js';
import {
  BLOCK_ELEMENTS,
  commentAt,
  defaultModel,
  endTagAt,
  startTagAt,
  VOID_ELEMENTS,
  writeAttributes,
} from '../../markdown/html-syntax.js';
import { typographText } from '../../markdown/typography.js';

/**
 * Jekyll's smartify: kramdown's SmartyPants parser, whose spans are smart quotes, entities,
 * typographic symbols and HTML. Text is typographed and escaped; an entity is its character
 * (`&mdash;` is —; `&lt;`, `&gt;`, `&amp;` stay, an unknown name is `&amp;name;`); a comment is
 * kept; a tag is written back as kramdown writes it (`<br />`, attributes double-quoted), an
 * element whose inside kramdown keeps raw (`<code>`, `<kbd>`) with that inside as it is, a
 * block element's tag (`<p>` in a line) as text. Not done: a line that starts with block HTML
 * (kramdown's HTML block), rare in the titles this filter is given.
 */

const ENTITY = /&(?:([\w:][-\w.:]*);|#(\d+);|#x([0-9a-fA-F]+);)/y;
// Characters kramdown writes as the source wrote them whatever entity_output says.
const BY_NAME = new Set([0x3c, 0x3e, 0x26]);

/** An entity at `pos` as kramdown's as_char writes it, and where it ends; null when there is none. */
function entityAt(text: string, pos: number): { html: string; end: number } | null {
  ENTITY.lastIndex = pos;
  const m = ENTITY.exec(text);
  if (!m) return null;
  const code = m[1] !== undefined ? entityCode(m[1]) : m[2] !== undefined ? Number(m[2]) : Number.parseInt(m[3]!, 16);
  // An unknown name is an `&` and the rest text.
  if (code === undefined) return { html: '&amp;', end: pos + 1 };
  const end = pos + m[0].length;
  if (code > 0x10ffff) return { html: `&#${code};`, end };
  if (!BY_NAME.has(code)) return { html: String.fromCodePoint(code), end };
  // `<`, `>` and `&` as written (`&#60;` stays).
  return { html: m[0], end };
}

export function smartify(input: string, compat: 1 | 2 = 2): string {
  // kramdown reads the text with its line ends as `\n` and one at the end; the HTML loses its last.
  const text = `${input.replace(/\r\n?/g, '\n').replace(/\n$/, '')}\n`;
  let out = '';
  let at = 0;
  // Elements open in the text: an end tag closes the innermost (another is text), the rest close at the end.
  const open: string[] = [];
  const flush = (end: number) => {
    if (end > at) out += escapeKeepingReferences(typographText(text.slice(at, end), text.slice(end, end + 4)));
  };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x26) {
      const entity = entityAt(text, i);
      if (entity) {
        flush(i);
        out += entity.html;
        i = at = entity.end;
        continue;
      }
    } else if (c === 0x3c) {
      // `<<` is a typographic symbol (kramdown tries those before HTML): text.
      if (text.charCodeAt(i + 1) === 0x3c) {
        i += 2;
        continue;
      }
      const markup = tagAt(text, i, compat, open);
      if (markup) {
        flush(i);
        out += markup.html;
        i = at = markup.end;
        continue;
      }
    }
    i++;
  }
  flush(text.length);
  for (const name of open.reverse()) out += `</${name}>`;
  return out.endsWith('\n') ? out.slice(0, -1) : out;
}

/** HTML at `pos` (a comment, a start or end tag) written back, and where it ends; null for text. */
function tagAt(text: string, pos: number, compat: 1 | 2, open: string[]): { html: string; end: number } | null {
  const comment = commentAt(text, pos, compat);
  if (comment >= 0) return { html: text.slice(pos, comment), end: comment };
  const close = endTagAt(text, pos);
  if (close) {
    if (open.length === 0 || open[open.length - 1] !== close.name.toLowerCase()) return null;
    open.pop();
    return { html: `</${close.name.toLowerCase()}>`, end: close.end };
  }
  const tag = startTagAt(text, pos, compat);
  if (!tag || BLOCK_ELEMENTS.includes(tag.name)) return null;
  const start = `<${tag.name}${writeAttributes(tag.attributes)}`;
  if (tag.selfClosed || VOID_ELEMENTS.has(tag.name)) return { html: `${start} />`, end: tag.end };
  if (defaultModel(tag.name, compat) !== 'raw') {
    open.push(tag.name);
    return { html: `${start}>`, end: tag.end };
  }
  // A raw inside runs to the end tag (or the end of the text).
  const closing = new RegExp(`</${tag.name}\\s*>`, 'gi');
  closing.lastIndex = tag.end;
  const m = closing.exec(text);
  const inside = text.slice(tag.end, m ? m.index : text.length);
  return {
    html: `${start}>${escapeKeepingReferences(inside)}</${tag.name}>`,
    end: m ? m.index + m[0].length : text.length,
  };
}
