/**
 * Random paragraphs dense in span-level Markdown, where kramdown's parser differs most from
 * CommonMark's: emphasis delimiters in every position (runs of three, intraword, unclosed, next
 * to quotes and brackets), nested and reference links, images in links, autolinks, span HTML
 * (unknown names, stray end tags, unquoted attributes), entities and escapes, typography,
 * code spans, inline math, footnote references, line breaks. The same seed gives the same documents.
 */
import { random } from './generate.js';

const WORDS = ['alpha', 'beta', 'x', 'it', 'fn()', 'data_set', 'a-b', '42', 'set', 'é'];
const DELIMITERS = ['*', '**', '***', '_', '__', '~~', '`', '``', '$$'];
const FRAGMENTS = [
  '"',
  "'",
  '(',
  ')',
  '[',
  ']',
  '--',
  '...',
  '<<',
  '>>',
  '&amp;',
  '&copy;',
  '&#169;',
  '&check;',
  '&',
  '\\*',
  '\\_',
  '\\&',
  '\\"',
  '\\[',
  '<b>',
  '</b>',
  '<span>',
  '</span>',
  '<kbd>',
  '</kbd>',
  '<item_type>',
  '</p>',
  '<br/>',
  '<span class="c">',
  '<a href="/h">',
  '</a>',
  '<!-- c -->',
  '[^1]',
  '<https://example.org/a_b>',
  '<me@example.org>',
];
const LINKS = [
  '[W](/u)',
  '[W](/u "T")',
  '[W](<a b>)',
  '[W][ref]',
  '[W][]',
  '[ref]',
  '![W](/i.png)',
  '[![W](/i.png)](/u)',
  '[W [W](/i)](/o)',
  '[W](/a(b)c)',
  '[W](mailto:me@example.org)',
];

/** Paragraphs of span constructs; a link definition and a footnote at the end. */
export function generateSpanDocuments(seed: number, count: number): string[] {
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const word = () => pick(WORDS);
  const piece = (): string => {
    switch (int(6)) {
      case 0: {
        const d = pick(DELIMITERS);
        return `${d}${word()}${next() < 0.3 ? ` ${word()}` : ''}${next() < 0.8 ? d : ''}`;
      }
      case 1:
        return pick(DELIMITERS);
      case 2:
      case 3:
        return pick(FRAGMENTS);
      case 4:
        return pick(LINKS).replace(/W/g, word);
      default:
        return word();
    }
  };
  const line = () => {
    const parts: string[] = [];
    for (let n = 2 + int(9); n > 0; n--) parts.push(piece());
    return parts.join(next() < 0.3 ? '' : ' ') + pick(['', '', '', '  ', '\\\\']);
  };
  return Array.from({ length: count }, () => {
    const paragraphs: string[] = [];
    for (let p = 1 + int(3); p > 0; p--) {
      const lines: string[] = [];
      for (let l = 1 + int(3); l > 0; l--) lines.push(line());
      paragraphs.push(lines.join('\n').replace(/\s+$/, ''));
    }
    return `${paragraphs.join('\n\n')}\n\n[ref]: /ref "Ref"\n\n[^1]: Note.\n`;
  });
}
