import { KilnError, KilnWarning } from '../shared/errors.js';
import { detached } from '../shared/let-go.js';
import { withoutBom } from '../shared/utf8.js';
import { parseYaml } from '../shared/yaml.js';
import { mergedOrder } from '../shared/yaml-keys.js';
import { readPlainYaml } from './plain-yaml.js';
import { type Document, ParsedDocument, type SourceFile } from './types.js';

// After a byte-order mark (a post's, which Jekyll reads without it): read-source.ts's hasFrontMatter test, on the text.
const OPENS_FRONT_MATTER = /^---[ \t]*[\r\n]/;
/**
 * Whether a text has template tags or expressions (without, it is not rendered as a template).
 * Two string searches: a regular expression over every body cost several times as much.
 */
export const hasTemplate = (text: string): boolean => text.includes('{{') || text.includes('{%');

/**
 * Splits a file into front matter and body; invalid YAML names the file and line. With
 * `wholeFloats` (a Liquid site) a whole float such as `2.0` is a RubyFloat, which prints as `2.0`.
 */
export function parseFrontMatter(file: SourceFile, wholeFloats = false, timeZone = 'UTC'): Document {
  // Left out by the model, which reports its warning.
  if (file.unreadable) return new ParsedDocument(file, {}, '', '', 1, false, file.unreadable);
  const text = withoutBom(file.text ?? file.bytes.toString('utf8'));
  if (!OPENS_FRONT_MATTER.test(text)) return new ParsedDocument(file, {}, '', text, 1, hasTemplate(text));
  const parsed = splitFrontMatter(text);
  if (!parsed) {
    // Jekyll renders such a file with its whole text, the `---` line included, as the content.
    const warning = new KilnWarning(
      'front matter is not closed (add a line with --- after it)',
      file.path,
      1,
      'the whole file is its content',
    );
    return new ParsedDocument(file, {}, '', text, 1, hasTemplate(text), warning);
  }
  // Its values are cut from it: cut from a copy, they do not keep the body's text (let go once rendered).
  const matter = detached(parsed.matter);
  // The front matter starts on line 2, after the opening `---`; its text keeps line 1 empty.
  const data = /\S/.test(matter.replace(COMMENT_LINES, ''))
    ? (readPlainYaml(matter, wholeFloats, timeZone) ?? parseYaml(matter, file.path, 1, wholeFloats, timeZone) ?? {})
    : {};
  // A date (`2024-01-01`) or a Liquid site's whole float (`2.0`) is an object too, but no mapping.
  if (!isMapping(data)) throw new KilnError(notMapping(matter, Array.isArray(data)), file.path, 2);
  // Jekyll's front-matter pattern ends in `---\s*$\n?`, which also eats the blank lines after it.
  const body = parsed.content.replace(/^(?:[ \t]*\r?\n)+/, '');
  // The body is the end of the text (cut from it above), so its line is that after what precedes it.
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  // A copy that keeps keys written as numbers in their place and type, as the Ruby Hash does.
  const own = mergedOrder(data, {}, { ...(data as Record<string, unknown>) });
  return new ParsedDocument(file, own, matter, body, bodyLine, hasTemplate(body));
}

const COMMENT_LINES = /^\s*#[^\n]+/gm;

function isMapping(data: unknown): data is Record<string, unknown> {
  if (typeof data !== 'object' || data === null) return false;
  const proto = Object.getPrototypeOf(data);
  return proto === Object.prototype || proto === null;
}

/**
 * Why front matter that is one value or a list is refused, and what to write instead. Jekyll
 * fails on such a page, and publishes such a post or document without its front matter, dated
 * when the build runs and named by its whole file name (`/2026/12/07/2024-01-02-a.html`).
 */
function notMapping(matter: string, list: boolean): string {
  const head = 'front matter must be a mapping of keys to values';
  if (list) return `${head}, not a list: write each value under its key, such as \`tags: [a, b]\``;
  const value = matter.replace(COMMENT_LINES, '').trim();
  const shown = value.includes('\n') || value.length > 40 ? '' : ` \`${value}\``;
  return `${head}, not the single value${shown}: write it under its key, such as \`title: ${shown ? value : '…'}\``;
}

// A closing line as Jekyll's front matter pattern takes it: `---`, or YAML's document end `...`,
// with only blanks (Ruby's \s) after it. A `--- # note` line does not close the front matter.
const CLOSING_LINE = /\n(?:---|\.\.\.)[ \t\r\f\v]*(?:\n|$)/g;

/**
 * A text that opens with `---` cut at its closing line: the front matter (the rest of the opening
 * line included, and the break ending its last line) and what follows the closing line; null when
 * no line closes it.
 */
function splitFrontMatter(text: string): { matter: string; content: string } | null {
  CLOSING_LINE.lastIndex = 3;
  const close = CLOSING_LINE.exec(text);
  if (!close) return null;
  // The matter keeps the line break that ends its last line: a `|+` block there keeps it too.
  return { matter: text.slice(3, close.index + 1), content: text.slice(CLOSING_LINE.lastIndex) };
}

/** The line of `key:` in a document's front matter, for messages about that key. */
export function lineOfKey(doc: Document, key: string): number | undefined {
  const lines = doc.frontMatter.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  return i < 0 ? undefined : i + 1;
}
