import type { Config } from '../config/types.js';
import type { FrontMatter } from './types.js';

/**
 * The source of a generated excerpt, as Jekyll 4 takes it when it reads a document: the body's
 * text (before any template runs) up to the first separator. Jekyll then renders it on its own,
 * so a tag whose output holds a blank line, or a block the separator falls inside, gives what
 * Jekyll gives, not a cut of the rendered body.
 */
export interface ExcerptSource {
  readonly text: string;
  /** Block tags the separator fell inside, closed at the end of the text (Jekyll warns then). */
  readonly closed: readonly string[];
}

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

/** The separator a document's excerpt ends at; empty: no excerpt. */
export function excerptSeparator(data: FrontMatter, config: Config): string {
  return data.excerpt_separator !== undefined && data.excerpt_separator !== null
    ? String(data.excerpt_separator)
    : config.excerptSeparator;
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
  if (!tail) return { text, closed: [] };
  const closed: string[] = [];
  if (text.includes('{%')) {
    const names = [...text.matchAll(/\{%-?\s*(\w+)\s*[\s\S]*?-?%\}/g)].map((m) => m[1]!);
    for (const name of names.reverse()) {
      if (!BLOCKS.has(name) || new RegExp(`\\{%-?\\s*end${name}[\\s\\S]*?\\s*-?%\\}`).test(text)) continue;
      text += `\n{% end${name} %}`;
      closed.push(name);
    }
  }
  const definitions: string[] = [];
  // A definition has `]:`; most bodies have none, and this is looked for in each post's body.
  if (tail.includes(']:'))
    for (const m of tail.matchAll(/^ {0,3}(\[[^\]\n]+\])(:.+)$/gm))
      if (text.includes(m[1]!)) definitions.push(m[1]! + m[2]!);
  if (definitions.length) text += `\n\n${definitions.join('\n')}`;
  return { text, closed };
}
