import { type OutputFile, type Pieces, piecesText } from '../render/types.js';
import { collectErrors, KilnError } from '../shared/errors.js';
import { plainlyWellFormed } from './plain-xml.js';
import { blankLinesBeforeDeclaration, xmlError } from './well-formed.js';

/**
 * Checks that every .xml output is well-formed XML 1.0; a broken feed entry names its post.
 * Returns the outputs it checked (not those an earlier build checked). `recorded`: whether the
 * destination's manifest holds these very bytes for the path, written (so checked) by an earlier
 * build; they are not checked again (a feed's check is about 20 ms of a small site's start).
 * `sourceText`: a source file's text, for the line an error points at there.
 */
export function verifyOutput(
  outputs: readonly OutputFile[],
  recorded: (path: string, bytes: Buffer | Pieces) => boolean = () => false,
  sourceText: (file: string) => string | undefined = () => undefined,
): OutputFile[] {
  const checked = outputs.filter((o) => !o.verified && o.path.endsWith('.xml'));
  collectErrors(checked, (o) => {
    const bytes = typeof o.bytes === 'function' ? o.bytes() : o.bytes;
    if (recorded(o.path, bytes)) return;
    if (!Buffer.isBuffer(bytes) && wellFormedWithStandIns(bytes)) return;
    const text = Buffer.isBuffer(bytes) ? bytes.toString('utf8') : piecesText(bytes);
    const error = xmlError(text);
    if (!error) return;
    const { line, offset, message: msg } = error;
    const blank = blankLinesBeforeDeclaration(text);
    if (blank !== undefined) throw lateDeclaration(o, blank, sourceText(o.source));
    const culprit = postAt(text, offset, o.postsByUrl?.());
    const what = culprit ? `its entry in ${o.path} is not well-formed XML` : `${o.path} is not well-formed XML`;
    throw new KilnError(
      `${what} (${o.path} line ${line}): ${msg.replace(/\.$/, '')} at ${near(text, offset)}${ampersandHint(text, offset)}`,
      culprit ?? o.source,
    );
  });
  return checked;
}

/** What to do about an error at an `&`: one that starts no reference, or names an entity XML lacks. */
function ampersandHint(text: string, offset: number): string {
  if (text[offset] !== '&') return '';
  return /^&(?:[A-Za-z_][\w.-]*|#\d+|#x[\da-fA-F]+);/.test(text.slice(offset, offset + 100))
    ? ' (XML itself names only &amp; &lt; &gt; &quot; &apos;: write the character or a number, `&#160;`)'
    : ' (an `&` that starts no entity: `&amp;`, or `| xml_escape` in a template)';
}

/**
 * The text around index `offset`, quoted on one line: jekyll-feed writes its feed on one line, so
 * a line number alone does not show what broke it (a category's `&` in a post's URL). Characters
 * a terminal would not show (controls, U+FFFE) are written as `\u{7}`.
 */
function near(text: string, offset: number): string {
  const start = Math.max(0, offset - 40);
  const shown = text
    .slice(start, offset + 20)
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/[^\x20-\x7e\u0080-\ufffd]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
  return `${start > 0 ? '…' : ''}"${shown}"${offset + 20 < text.length ? '…' : ''}`;
}

/**
 * An XML declaration after blank lines, most often the lines a template's tags above it left (a
 * hand-written feed that starts with `{% assign %}`): said so, at the declaration's line in the
 * source when it is there (not when a layout holds it).
 */
function lateDeclaration(o: OutputFile, blank: number, source: string | undefined): KilnError {
  const lines = source?.split('\n');
  const at = lines?.findIndex((l) => l.trimStart().startsWith('<?xml'));
  const lead = blank === 0 ? 'white space comes' : blank === 1 ? 'a blank line comes' : `${blank} blank lines come`;
  let message = `${o.path} is not well-formed XML (${o.path} line ${blank + 1}): the XML declaration must start the file, but ${lead} before it`;
  // A file without front matter is copied as it is; one with it (or a generated one) is rendered.
  if (source === undefined || source.startsWith('---'))
    message +=
      '; a template tag on a line of its own above the declaration leaves that line: write the tag as {%- … -%}, or put it after the declaration';
  return new KilnError(message, o.source, at === undefined || at < 0 ? undefined : at + 1);
}

/**
 * The post whose URL appears in the `<item>`/`<entry>` around index `offset` of the XML (by index,
 * not line: jekyll-feed writes its feed on one line).
 */
function postAt(xml: string, offset: number, postsByUrl: ReadonlyMap<string, string> | undefined): string | undefined {
  if (!postsByUrl) return undefined;
  const start = Math.max(xml.lastIndexOf('<item', offset), xml.lastIndexOf('<entry', offset));
  if (start < 0) return undefined;
  const ends = [xml.indexOf('</item>', offset), xml.indexOf('</entry>', offset)].filter((i) => i >= 0);
  const entry = xml.slice(start, ends.length ? Math.min(...ends) : xml.length);
  let best: string | undefined;
  let bestLength = 0;
  for (const [url, path] of postsByUrl) {
    if (url.length > bestLength && entry.includes(url)) {
      best = path;
      bestLength = url.length;
    }
  }
  return best;
}

/**
 * Whether a document in pieces whose bytes parts are all plain character data (a feed's escaped
 * post bodies, `escapesBare` in render/templates/fragments.ts) is plainly well-formed, checked
 * without joining it: each such part stands in the text as STAND_IN. The stand-in is well-formed
 * only where any such part is (in an element's text or a double-quoted attribute value: its `'`
 * ends a single-quoted one, its `--` is refused in a comment, its `&amp;` in a name or between
 * attributes, its `]]` before a `>`), so a yes holds for the document itself; anything else is
 * checked whole. False when there is nothing to stand in.
 */
function wellFormedWithStandIns(pieces: Pieces): boolean {
  let stoodIn = false;
  let plain = true;
  const text = piecesText(pieces, (part) => {
    plain &&= isCharacterData(part);
    stoodIn = true;
    return STAND_IN;
  });
  return plain && stoodIn && plainlyWellFormed(text);
}

const STAND_IN = "'&amp;--]]";

/**
 * Whether UTF-8 is text XML takes as it is in an element or a double-quoted attribute value: no
 * `<`, `>` or `"`, each `&` a predefined entity's reference, no character XML refuses (controls
 * but tab and line ends, U+FFFE, U+FFFF). A malformed sequence decodes to U+FFFD, which XML takes.
 * One pass over the bytes, most of them ruled out by one comparison (a feed's escaped bodies are
 * a megabyte of them).
 */
function isCharacterData(bytes: Buffer): boolean {
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b >= 0x3f && b !== 0xef) continue;
    if (b === 0x26) {
      const end = predefinedEnd(bytes, i + 1);
      if (end < 0) return false;
      i = end - 1;
    } else if (b === 0xef) {
      if (bytes[i + 1] === 0xbf && (bytes[i + 2] === 0xbe || bytes[i + 2] === 0xbf)) return false; // U+FFFE, U+FFFF
    } else if (b === 0x3c || b === 0x3e || b === 0x22)
      return false; // < > "
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

/** Where a predefined entity's name and `;` starting at `i` end, or -1. */
function predefinedEnd(b: Buffer, i: number): number {
  switch (b[i]) {
    case 0x61: // amp; apos;
      if (b[i + 1] === 0x6d && b[i + 2] === 0x70 && b[i + 3] === 0x3b) return i + 4;
      return b[i + 1] === 0x70 && b[i + 2] === 0x6f && b[i + 3] === 0x73 && b[i + 4] === 0x3b ? i + 5 : -1;
    case 0x6c: // lt;
    case 0x67: // gt;
      return b[i + 1] === 0x74 && b[i + 2] === 0x3b ? i + 3 : -1;
    case 0x71: // quot;
      return b[i + 1] === 0x75 && b[i + 2] === 0x6f && b[i + 3] === 0x74 && b[i + 4] === 0x3b ? i + 5 : -1;
    default:
      return -1;
  }
}
