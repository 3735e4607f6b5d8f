import type { Config } from '../config/types.js';
import { readAfterLetGo } from '../shared/let-go.js';
import type { Document } from '../source/types.js';
import type { ExcerptSource, FrontMatter } from './types.js';

// Ruby Liquid 5.4's block tags and Jekyll's `highlight`: the tags whose end Jekyll adds.
const BLOCKS = new Set([
  'capture',
  'case',
  'comment',
  'for',
  'if',
  'ifchanged',
  'raw',
  'tablerow',
  'unless',
  'highlight',
]);

/** Ruby's truthiness: Jekyll reads `excerpt`, `excerpt_separator`, `title` and `slug` with `||`, so `false` is not set. */
export const isSet = (v: unknown): boolean => v !== undefined && v !== null && v !== false;

/** The separator a document's excerpt ends at; empty: no excerpt. */
export function excerptSeparator(data: FrontMatter, config: Config): string {
  return isSet(data.excerpt_separator) ? String(data.excerpt_separator) : config.excerptSeparator;
}

/** Whether a post or document has an `excerpt` of its own (`excerpt: false` has a generated one, as in Jekyll). */
export function hasOwnExcerpt(data: FrontMatter): boolean {
  return isSet(data.excerpt);
}

/**
 * A post's or collection document's generated excerpt, as the model keeps it: null when it has
 * none (an `excerpt` in its front matter, or an empty separator), 'body' when the separator is
 * not in the body (the excerpt is the body's own render), else its source.
 */
export function excerptOf(doc: Document, data: FrontMatter, config: Config): ExcerptSource | 'body' | null {
  if (hasOwnExcerpt(data)) return null;
  const separator = excerptSeparator(data, config);
  return separator ? (excerptSource(doc.body, separator) ?? 'body') : null;
}

/** Lets a generated excerpt's source go (a clean build does once it is rendered, as `dropText`). */
export function dropExcerptSource(source: ExcerptSource | 'body' | null, what: string): void {
  if (source instanceof CutExcerpt) source.drop(what);
}

/** Takes a generated excerpt's source back after `dropExcerptSource`, cut again from the body. */
export function keepExcerptAgain(source: ExcerptSource | 'body' | null, body: string, separator: string): void {
  if (source instanceof CutExcerpt) source.keep(excerptSource(body, separator)?.text ?? '');
}

/** An excerpt's source as `excerptSource` makes it: its text can be let go as a document's body (source/types.ts). */
class CutExcerpt implements ExcerptSource {
  private kept: string | null;
  private what = '';

  constructor(
    text: string,
    readonly closed: readonly string[],
  ) {
    this.kept = text;
  }

  get text(): string {
    if (this.kept === null) throw readAfterLetGo(this.what, 'text');
    return this.kept;
  }

  drop(what: string): void {
    this.kept = null;
    this.what = what;
  }

  keep(text: string): void {
    this.kept = text;
  }
}

/**
 * The excerpt's source, or null when it is the whole body (no separator in it). Jekyll decides
 * both its repairs on the text, not on a parse, and kiln cuts where it cuts: block tags opened
 * before the separator with no `end…` tag anywhere before it get one, innermost last; link and
 * footnote definitions after it whose label the excerpt uses are appended.
 */
export function excerptSource(body: string, separator: string): ExcerptSource | null {
  const at = body.indexOf(separator);
  if (at < 0) return null;
  let text = body.slice(0, at);
  const tail = body.slice(at + separator.length);
  if (!tail) return new CutExcerpt(text, []);
  const closed: string[] = [];
  if (text.includes('{%')) {
    const names = [...text.matchAll(/\{%-?\s*(\w+)\s*[\s\S]*?-?%\}/g)].map((m) => m[1]!);
    for (const name of names.reverse()) {
      if (!BLOCKS.has(name) || new RegExp(`\\{%-?\\s*end${name}[\\s\\S]*?\\s*-?%\\}`).test(text)) continue;
      text += `\n{% end${name} %}`;
      closed.push(name);
    }
  }
  const definitions = definitionsUsed(text, tail);
  if (definitions.length) text += `\n\n${definitions.join('\n')}`;
  return new CutExcerpt(text, closed);
}

const DEFINITION = /^ {0,3}(\[[^\]\n]+\])(:.+)$/my;
const LINE_END = new Set(['\n', '\r', '\u2028', '\u2029']);

/**
 * The lines of `tail` that look like link definitions (`[label]: …`) whose `[label]` the text
 * uses. Only the lines that have a `[` after at most three spaces are tried (the tail is most of
 * the post, and a pattern anchored at every line start is slow to run over all of it).
 */
function definitionsUsed(text: string, tail: string): string[] {
  const found: string[] = [];
  // Every definition has its label's `]` then `:`; most posts have none (one search, not one a `[`).
  if (!tail.includes(']:')) return found;
  // Where the last match ended: matches do not overlap.
  let from = 0;
  for (let at = tail.indexOf('['); at >= 0; at = tail.indexOf('[', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 3 && tail[start - 1] === ' ') start--;
    if (start < from || (start > 0 && !LINE_END.has(tail[start - 1]!))) continue;
    DEFINITION.lastIndex = start;
    const m = DEFINITION.exec(tail);
    if (!m) continue;
    from = DEFINITION.lastIndex;
    if (text.includes(m[1]!)) found.push(m[1]! + m[2]!);
  }
  return found;
}
