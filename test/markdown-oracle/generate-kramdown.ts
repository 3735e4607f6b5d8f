/**
 * Random documents of what kramdown users write beyond CommonMark: abbreviations, span and block
 * IALs and ALDs, `{::comment}` / `{::nomarkdown}` / `{::options}` extensions, HTML blocks with
 * `markdown="1"` (nested, with attributes, span and block content models), span HTML such as
 * `<kbd>` and `<abbr>`, entities in link URLs, titles and text, headers with `{#id}` and TOCs.
 * The same seed gives the same documents.
 */
import { random } from './generate.js';

const WORDS = ['alpha', 'beta', 'HTML', 'CSS', 'x', 'it', 'fn()', 'data_set', 'W3C', '42', 'é', 'run', 'so...', '--'];
const ABBREVIATIONS = ['HTML', 'CSS', 'W3C', 'API', 'x'];
const URLS = ['/u', '/a?b=1&amp;c=2', '/a?b=1&c=2', 'https://example.org/&copy;', '#top', '/a b', '<a b>'];
const TITLES = ['', ' "T"', ' "a &amp; b"', " 'q'", ' "&copy; 2020"', ' (p)'];
const IALS = ['.c', '#id', '.c #i', 'ref', 'title="t"', '.a.b', 'data-x="1" .d', 'x=y', '#'];
const SPAN_TAGS = [
  '<kbd>W</kbd>',
  '<kbd>Ctrl</kbd>+<kbd>C</kbd>',
  '<abbr title="T">W</abbr>',
  '<span class="s">W</span>',
  '<em>W</em>',
  '<code>a < b</code>',
  '<sup>2</sup>',
  '<mark>W</mark>',
  '<span markdown="0">*W*</span>',
  '<span markdown="span">*W*</span>',
  '<b title="a &amp; b">W</b>',
  '<br />',
  '<i>W',
  '</i>',
];
const EXTENSIONS = [
  '{::comment}W{:/comment}',
  '{::comment}W *W*{:/}',
  '{::nomarkdown}<b>W</b>{:/nomarkdown}',
  '{::nomarkdown type="html"}*W*{:/}',
  '{::nomarkdown type="latex"}W{:/}',
  '{::comment /}',
  '{::bogus}W{:/bogus}',
  '{::comment}W',
  '{:/}',
];
const OPTIONS = [
  'auto_ids="false"',
  'auto_ids="true"',
  'toc_levels="2..3"',
  'toc_levels="1,2"',
  'entity_output="numeric"',
  'entity_output="symbolic"',
  'footnote_nr="1"',
  'unknown="x"',
  'parse_span_html="false"',
  'parse_block_html="true"',
  'smart_quotes="sbquo,lsquo,bdquo,ldquo"',
  'header_offset="1"',
  'auto_id_prefix="p-"',
  'hard_wrap="true"',
  "typographic_symbols=\"{hellip: '[...]', ndash: '&ndash;'\\}\"",
];
const ENTITIES = ['&amp;', '&copy;', '&#169;', '&#x263A;', '&nbsp;', '&lt;', '&hellip;', '&check;', '&'];
const BLOCK_TAGS = ['div', 'section', 'aside', 'details', 'p', 'figure', 'blockquote', 'table', 'pre', 'span'];

/** Documents of kramdown-only constructs, with abbreviation and link definitions at the end. */
export function generateKramdownDocuments(seed: number, count: number): string[] {
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => next() < p;
  const word = () => pick(WORDS);
  const fill = (s: string) => s.replace(/W/g, word);

  const piece = (): string => {
    switch (int(14)) {
      case 0:
        return `*${word()}*{: ${pick(IALS)}}`;
      case 1:
        return `[${word()}](${pick(URLS)}${pick(TITLES)})${chance(0.3) ? `{: ${pick(IALS)}}` : ''}`;
      case 2:
        return fill(pick(SPAN_TAGS)) + (chance(0.2) ? `{: ${pick(IALS)}}` : '');
      case 3:
        return fill(pick(EXTENSIONS));
      case 4:
        return pick(ENTITIES);
      case 5:
        return `[${word()} ${pick(ENTITIES)}](${pick(URLS)}${pick(TITLES)})`;
      case 6:
        return `\`${word()}\`{: ${pick(IALS)}}`;
      case 7:
        return pick(ABBREVIATIONS);
      case 8:
        return `"${word()}"`;
      case 9:
        return `[${word()}][${pick(['ref', 'Ref', 'none', ''])}]`;
      case 10:
        return chance(0.2) ? `{::options ${pick(OPTIONS)} /}` : word();
      default:
        return word();
    }
  };
  const inline = (n = 2 + int(7)) => Array.from({ length: n }, piece).join(chance(0.1) ? '' : ' ');

  const htmlBlock = (depth: number): string[] => {
    const name = pick(BLOCK_TAGS);
    const attributes = pick(['', ' class="c"', ' id="i"', " title='t'", ' data-x=y']);
    const markdown = pick([
      ' markdown="1"',
      ' markdown="1"',
      ' markdown="block"',
      ' markdown="span"',
      ' markdown="0"',
      '',
    ]);
    const open = `<${name}${attributes}${markdown}>`;
    const inner = depth < 2 && chance(0.4) ? htmlBlock(depth + 1) : chance(0.5) ? [inline()] : [inline(), '', inline()];
    if (chance(0.3)) return [`${open}${inner.join(' ')}</${name}>`];
    return [open, ...(chance(0.5) ? [''] : []), ...inner, ...(chance(0.5) ? [''] : []), `</${name}>`];
  };

  const block = (depth: number): string[] => {
    let lines: string[];
    switch (int(9)) {
      case 0:
      case 1:
        lines = [inline()];
        if (chance(0.3)) lines.push(inline());
        break;
      case 2: {
        const id = chance(0.4) ? ` {#${word().replace(/\W/g, '') || 'h'}-${int(9)}}` : '';
        lines = [`${'#'.repeat(1 + int(4))} ${inline(1 + int(3))}${id}`];
        break;
      }
      case 3:
        lines = htmlBlock(depth);
        break;
      case 4:
        lines = [
          pick(['{::comment}', '{::nomarkdown}', '{::nomarkdown type="html"}']),
          inline(),
          pick(['{:/comment}', '{:/nomarkdown}', '{:/}']),
        ];
        break;
      case 5:
        lines = [`{::options ${pick(OPTIONS)} /}`];
        break;
      case 6:
        lines = [`- ${inline()}`, `- ${inline()}`];
        break;
      case 7:
        lines = [`> ${inline()}`];
        break;
      default:
        lines = [pick(['* toc\n{:toc}', '{:ref: .from-ald title="ald"}', '^', '<!-- note -->', '<hr>'])];
    }
    if (chance(0.2)) lines.push(`{: ${pick(IALS)}}`);
    return lines;
  };

  return Array.from({ length: count }, () => {
    const blocks: string[] = [];
    for (let n = 1 + int(6); n > 0; n--) blocks.push(block(0).join('\n'));
    const definitions = ['[ref]: /ref "Ref &amp; co"'];
    for (const a of ABBREVIATIONS)
      if (chance(0.3)) definitions.push(`*[${a}]: ${pick(['', 'Full name', 'A &amp; B'])}`);
    return `${blocks.join(chance(0.1) ? '\n' : '\n\n')}\n\n${definitions.join('\n')}\n`;
  });
}
