import { generateDocuments } from '../markdown-oracle/generate.js';
import { generateSiteDocuments } from '../markdown-oracle/generate-site.js';
import { generateSpanDocuments } from '../markdown-oracle/generate-spans.js';

/**
 * Random Markdown documents for the CommonMark converter: the shapes of the kramdown fuzz's
 * generators (mixed blocks, dense spans, blog posts), a third of each, interleaved. Their kramdown
 * constructs (IALs, footnotes, `{::…}`) are text to CommonMark, which is worth checking too.
 */
export function generateCommonmarkDocuments(seed: number, count: number): string[] {
  const third = Math.ceil(count / 3);
  const kinds = [
    generateDocuments(seed, third),
    generateSpanDocuments(seed + 1, third),
    generateSiteDocuments(seed + 2, third),
  ];
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) out.push(kinds[i % 3]![Math.floor(i / 3)]!);
  return out;
}
