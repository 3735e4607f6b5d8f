/**
 * Random documents shaped like real blog posts, with what the other generators leave out: tables
 * with inline markup and alignment rows of odd shapes, footnotes (definitions of several
 * paragraphs, references before their definitions, repeated and unused ones), definition lists,
 * abbreviations, IALs and ALDs on blocks and spans, `{::comment}` / `{::nomarkdown}`, HTML blocks
 * with `markdown="1"`, `<pre>`, `<details>` and `<figure>`, math blocks, smart quotes and
 * typographic symbols around markup, headers with non-ASCII text and entities, line breaks, lists
 * (lazy lines, mixed markers, code inside items, ordered lists starting anywhere, task lists),
 * quotes nested with lists, code spans with backticks, autolinks and bare addresses, link
 * definitions with titles in parentheses or right below the text using them (in list items and
 * definitions too), images with attributes. The same seed gives the same documents.
 */
import { random } from './generate.js';

const WORDS = [
  'the',
  'a',
  'of',
  'and',
  'to',
  'post',
  'blog',
  'Jekyll',
  'Ruby',
  'code',
  'build',
  'site',
  'page',
  'config',
  'data',
  'release',
  'version',
  'install',
  'run',
  'it',
  'we',
  'is',
  'this',
  'API',
  'HTML',
  'CSS',
  'JSON',
  'café',
  'naïve',
  'Zürich',
  'über',
  '2024',
  'v1.2',
  'e.g.',
  'i.e.',
  'foo_bar',
  'x86_64',
  'C++',
  'C#',
  'Node.js',
  'O(n)',
  '3.14',
  '100%',
  '$5',
];
const HEADER_WORDS = [
  'Introduction',
  'Getting started',
  'Über uns',
  'Café & Bar',
  'Résumé',
  'Q&amp;A',
  'What’s new?',
  "What's new",
  'Step 1: install',
  'C++ tips',
  'Node.js',
  '日本語のテキスト',
  'Привет мир',
  'FAQ',
  '2024 review',
  'The `config` file',
  '*Emphasis* here',
  'Links [here](/x)',
  'Ends with ?!',
  'a -- b',
  'Straße',
  '<em>HTML</em> header',
  'Ελληνικά',
  'emoji 🎉 party',
  '100% done',
  'x &lt; y',
];
const URLS = [
  'https://example.com',
  'https://example.com/path/to_page.html',
  'http://example.org/?q=a&b=c',
  '/blog/2024/01/01/post.html',
  '../relative/page',
  '#section',
  'mailto:me@example.com',
  'https://en.wikipedia.org/wiki/Markdown_(language)',
  '/a%20b',
  'https://example.com/a(b)c',
];
const TITLES = ['', '', ' "Title"', " 'Single'", ' (Parens)', ' "It\'s \\"quoted\\""', ' "a &amp; b"'];
const CODE_SPANS = [
  '`x`',
  '`npm install`',
  '`a | b`',
  '`<div>`',
  '`` a`b ``',
  '``` `` ```',
  '`` `x` ``',
  '` x `',
  '`foo_bar_baz`',
  '`*not em*`',
  '`&amp;`',
  '`"quoted"`',
  "`it's`",
  '`--flag`',
  '`...`',
  '`a\\b`',
];
const TYPOGRAPHY = [
  '--',
  '---',
  '...',
  '<<',
  '>>',
  "'90s",
  "it's",
  "don't",
  "rock 'n' roll",
  '"quoted"',
  "'single'",
  '1--2',
  'a---b',
  '. . .',
  '(c)',
  '"*emph*"',
  "'`code`'",
  '"[link](/x)"',
  '**"bold quote"**',
  '"<b>x</b>"',
  '5\'10"',
  '"a" "b"',
  "'s",
  '&quot;x&quot;',
  '"x',
  "l'été",
];
const ENTITIES = [
  '&amp;',
  '&copy;',
  '&mdash;',
  '&nbsp;',
  '&lt;',
  '&gt;',
  '&#8217;',
  '&#x2014;',
  '&hellip;',
  '&euro;',
  '&',
];
const ESCAPES = ['\\*', '\\_', '\\`', '\\#', '\\[', '\\]', '\\|', '\\\\', '\\$', '\\<', '\\{', '\\!'];
// (Languages Rouge writes as plain text: highlighting has its own agreement test.)
const LANGS = ['', 'text', 'plaintext', 'nosuchlang', 'Text'];
const CODE = [
  'puts "hello"',
  'def foo(x)',
  '  x * 2',
  'end',
  'const a = [1, 2];',
  'if (a < b && c > d) {}',
  '$ bundle exec jekyll serve',
  'print("hi")',
  'key: value',
  '{"a": 1}',
  '<p class="x">*not markdown*</p>',
  '',
  '    indented more',
  '# comment',
  '| not | a table |',
  '  - not a list',
  'tab\there',
];

/** Documents shaped like blog posts; link, footnote and abbreviation definitions where posts keep them. */
export function generateSiteDocuments(seed: number, count: number): string[] {
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => next() < p;
  const word = () => pick(WORDS);
  const words = (n = 1 + int(4)) => Array.from({ length: n }, word).join(' ');

  // Per document: which footnotes and reference links its text used.
  let notes: string[] = [];
  let refs: string[] = [];

  const link = (): string => {
    switch (int(9)) {
      case 0:
        return `[${words()}](${pick(URLS)}${pick(TITLES)})`;
      case 1: {
        const ref = pick(['one', 'Two', 'docs', 'the post', '1']);
        refs.push(ref);
        return pick([`[${words()}][${ref}]`, `[${ref}]`, `[${ref}][]`]);
      }
      case 2:
        return `![${words(1 + int(2))}](${pick(['/img/a.png', 'https://example.com/b.jpg', 'c d.png'])}${pick(TITLES)})${chance(0.5) ? `{: ${pick(['width="50%"', '.center', 'style="float: left"', '#fig-1 .wide', 'height=100'])}}` : ''}`;
      case 3:
        return `<${pick(['https://example.com', 'http://x.org/a_b?c=d&e', 'me@example.com', 'mailto:me@example.com'])}>`;
      case 4:
        return pick(['https://example.com/bare', 'www.example.com', 'me@example.com', 'http://x.org/a_b_c']);
      case 5:
        return `[![${word()}](/badge.svg)](${pick(URLS)})`;
      case 6:
        return `[${words()}](${pick(URLS)}){: ${pick(['.btn', 'target="_blank"', 'rel="nofollow" .ext', '#l1'])}}`;
      case 7:
        return `<a href="${pick(URLS)}">${words()}</a>`;
      default:
        return `[${pick(CODE_SPANS)}](${pick(URLS)})`;
    }
  };

  const piece = (depth: number): string => {
    const inner = () => (depth > 1 ? word() : inline(depth + 1, 1 + int(3)));
    switch (int(40)) {
      case 0:
        return `*${inner()}*`;
      case 1:
        return `**${inner()}**`;
      case 2:
        return `_${inner()}_`;
      case 3:
        return `__${inner()}__`;
      case 4:
      case 5:
        return pick(CODE_SPANS);
      case 6:
      case 7:
        return link();
      case 8:
      case 9:
        return pick(TYPOGRAPHY);
      case 10:
        return pick(ENTITIES);
      case 11: {
        const n = pick(['1', '2', 'note', 'a-b', '1']);
        notes.push(n);
        return `[^${n}]`;
      }
      case 12:
        return pick(ESCAPES);
      case 13:
        return `${pick(['<kbd>Ctrl</kbd>+<kbd>C</kbd>', '<sup>2</sup>', '<sub>x</sub>', '<mark>hi</mark>', '<abbr title="HyperText">HTML</abbr>', '<span style="color: red">red</span>', '<br>', '<i class="fa fa-x"></i>', '<del>old</del>', '<q>q</q>'])}`;
      case 14:
        return `$$${pick(['x^2', 'a_i + b_i', '\\alpha', 'E = mc^2', 'a < b', 'x|y'])}$$`;
      case 15:
        return `${word()}{: ${pick(['.c', '#i'])}}`;
      case 16:
        return `*${word()}*{: ${pick(['.c', '#i', 'title="t"', '.a .b'])}}`;
      case 17:
        return `~~${inner()}~~`;
      case 18:
        return `"${inner()}"`;
      case 19:
        return `'${inner()}'`;
      case 20:
        return pick([
          '(',
          ')',
          ',',
          '.',
          ':',
          ';',
          '!',
          '?',
          '—',
          '–',
          '…',
          '*',
          '_',
          '|',
          '#',
          '1.',
          '+',
          '>',
          '<',
          '=',
        ]);
      case 21:
        return pick([
          'snake_case_name',
          '**bold**text',
          'intra*word*emphasis',
          '*a **b** c*',
          '**a *b* c**',
          '_a_b_',
          '__init__',
          '***both***',
          '*x*.',
          '2*3*4',
          'a * b * c',
          '#hashtag',
          '@mention',
          '&rarr;',
          '&#39;',
          '&unknown;',
          '[a [b] c](/x)',
          '[text] (/not-a-link)',
          '[not a ref]',
          '![](/empty-alt.png)',
          '[link](</with space>)',
          '[link](/u "title")',
          '<!-- inline comment -->',
          '<img src="/i.png" alt="x">',
          'C:\\path\\file',
          'http://example.com/a_b_c',
          '~tilde~',
          '1. not a list',
          '\\',
        ]);
      default:
        return word();
    }
  };
  const inline = (depth = 0, n = 4 + int(12)): string => {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(piece(depth));
    return parts.join(chance(0.08) ? '' : ' ');
  };

  const paragraph = (): string[] => {
    const lines = [inline()];
    while (chance(0.35)) {
      lines[lines.length - 1] += pick(['', '', '', '  ', '\\\\', ' \\\\']);
      lines.push(inline());
    }
    return lines;
  };

  const header = (): string[] => {
    const level = 1 + int(4);
    let text = chance(0.6) ? pick(HEADER_WORDS) : inline(1, 1 + int(4));
    if (chance(0.2)) text += ` {#${pick(['custom-id', 'x', 'id_2', 'über'])}}`;
    if (chance(0.1)) text += ' ##';
    if (level <= 2 && chance(0.3)) return [text, (level === 1 ? '=' : '-').repeat(1 + int(8))];
    return [`${'#'.repeat(level)} ${text}`];
  };

  const fence = (indent = ''): string[] => {
    const marker = pick(['```', '~~~', '````']);
    const lang = pick(LANGS);
    const body = Array.from({ length: 1 + int(4) }, () => pick(CODE));
    const info = lang === '' ? '' : pick([lang, ` ${lang}`, `{: .language-${lang}}`]);
    if (info.startsWith('{')) return ['~~~', ...body, '~~~', info];
    return [`${marker}${info}`, ...body, marker].map((l) => (l === '' ? '' : indent + l));
  };

  const table = (): string[] => {
    const cols = 1 + int(4);
    const edge = chance(0.7);
    const cell = () =>
      pick([word(), words(), inline(2, 1 + int(3)), pick(CODE_SPANS), '', '`a \\| b`', 'a \\| b', link()]);
    const row = (n = cols) => {
      const cells = Array.from({ length: n }, cell).join(' | ');
      return edge ? `| ${cells} |` : cells;
    };
    const align = () =>
      Array.from({ length: cols }, () =>
        pick(['---', ':---', '---:', ':---:', '-', ':-', '-:', ':-:', ' --- ', '------------']),
      ).join(pick(['|', ' | ']));
    const lines: string[] = [];
    if (chance(0.8)) {
      lines.push(row());
      lines.push(pick([`|${align()}|`, `| ${align()} |`, align(), `|${align()}`, `${align()}|`, '|---', '|-']));
    }
    for (let i = 1 + int(4); i > 0; i--) {
      if (chance(0.1)) lines.push(pick(['|---|', '|===|', '|-', '|=']));
      lines.push(row(chance(0.2) ? 1 + int(cols + 1) : cols));
    }
    return lines;
  };

  // A link definition kept right below the text using it, as some posts do (in a list item or a
  // definition too, indented to its text): kramdown's element that writes nothing, last there.
  const nearDefinition = (indent: string): string => {
    const ref = refs.length > 0 && chance(0.7) ? pick(refs) : pick(['one', 'Two', 'docs']);
    const url = pick(URLS.filter((u) => !u.includes(' ')));
    return chance(0.2) ? `${indent}*[${pick(['HTML', 'API', 'CSS'])}]: ${words()}` : `${indent}[${ref}]: ${url}`;
  };

  const listItems = (depth: number): string[] => {
    const ordered = chance(0.4);
    const start = ordered ? pick([1, 1, 1, 0, 2, 3, 10, 42]) : 0;
    const bullet = pick(['*', '-', '+']);
    const loose = chance(0.3);
    const lines: string[] = [];
    const items = 1 + int(4);
    for (let i = 0; i < items; i++) {
      const m = ordered
        ? `${chance(0.15) ? 1 : start + i}${chance(0.1) ? ')' : '.'}`
        : chance(0.1)
          ? pick(['*', '-', '+'])
          : bullet;
      const gap = chance(0.15) ? '   ' : ' ';
      const pad = ' '.repeat(m.length + gap.length);
      const task = !ordered && chance(0.15) ? pick(['[ ] ', '[x] ', '[X] ']) : '';
      const first = paragraph();
      lines.push(`${m}${gap}${task}${first[0]}`);
      for (const l of first.slice(1)) lines.push(chance(0.3) ? l : pad + l); // lazy lines
      if (depth < 2 && chance(0.35)) {
        if (loose || chance(0.5)) lines.push('');
        // (The indent of what follows in the item: its text's column, or 2 or 4 spaces or a tab,
        // as posts have them.)
        const sub = pick(['para', 'list', 'code', 'fence', 'quote', 'list', 'table', 'definition'] as const);
        const inner = chance(0.7) ? pad : pick(['  ', '    ', '\t', ' ']);
        if (sub === 'para') lines.push(...paragraph().map((l) => inner + l));
        else if (sub === 'list') lines.push(...listItems(depth + 1).map((l) => (l === '' ? '' : inner + l)));
        else if (sub === 'code') lines.push(`${pad}    ${pick(CODE)}`, `${pad}    ${pick(CODE)}`);
        else if (sub === 'fence') lines.push(...fence(inner));
        else if (sub === 'table') lines.push(...table().map((l) => inner + l));
        else if (sub === 'definition') lines.push(nearDefinition(pad));
        else lines.push(`${inner}> ${inline()}`);
      }
      if (loose && i < items - 1) lines.push('');
    }
    return lines;
  };

  const quote = (depth: number): string[] => {
    const inner: string[] = [];
    for (let n = 1 + int(3); n > 0; n--) {
      if (inner.length > 0) inner.push('');
      const k = int(depth < 2 ? 6 : 2);
      if (k === 0) inner.push(...paragraph());
      else if (k === 1) inner.push(...(chance(0.5) ? paragraph() : table()));
      else if (k === 2) inner.push(...listItems(1));
      else if (k === 3) inner.push(...quote(depth + 1));
      else if (k === 4) inner.push(...fence());
      else inner.push(...header());
    }
    if (chance(0.2)) inner.push(pick(['', '--- Someone', '<cite>Someone</cite>']));
    const mark = chance(0.2) ? '>' : '> ';
    return inner.map((l, i) => (l === '' ? '>' : i > 0 && chance(0.1) ? l : `${mark}${l}`));
  };

  const definitionList = (): string[] => {
    const lines: string[] = [];
    for (let t = 1 + int(3); t > 0; t--) {
      if (lines.length > 0) lines.push('');
      lines.push(inline(1, 1 + int(3)));
      if (chance(0.2)) lines.push(words());
      if (chance(0.3)) lines.push('');
      for (let d = 1 + int(2); d > 0; d--) {
        const gap = pick([' ', ' ', '   ']);
        const body = paragraph();
        lines.push(`:${gap}${body[0]}`, ...body.slice(1).map((l) => (chance(0.5) ? `    ${l}` : l)));
        if (chance(0.2)) lines.push('', `    ${inline()}`);
        if (chance(0.1)) lines.push('', nearDefinition(pick(['  ', '    '])));
      }
    }
    return lines;
  };

  const htmlBlock = (): string[] => {
    switch (int(9)) {
      case 0:
        return ['<div markdown="1">', ...paragraph(), '', ...listItems(1), '</div>'];
      case 1:
        return [
          `<div class="${pick(['note', 'warning', 'highlight'])}"${pick(['', ' markdown="1"', ' markdown="block"', ' markdown="span"'])}>`,
          ...paragraph(),
          '</div>',
        ];
      case 2:
        return ['<pre>', ...Array.from({ length: 1 + int(3) }, () => pick(CODE)), '</pre>'];
      case 3:
        return [
          '<details>',
          `<summary>${words()}</summary>`,
          ...(chance(0.5) ? [''] : []),
          ...paragraph(),
          ...(chance(0.5) ? [''] : []),
          '</details>',
        ];
      case 4:
        return [
          '<figure>',
          `  <img src="/img/${word()}.png" alt="${words()}">`,
          `  <figcaption>${inline(1, 2)}</figcaption>`,
          '</figure>',
        ];
      case 5:
        return [pick(['<!-- more -->', '<!-- TODO: fix -->', '<!--\nmulti\n-->', '<hr />', '<br>'])];
      case 6:
        return [
          '<iframe width="560" height="315" src="https://www.youtube.com/embed/x" frameborder="0" allowfullscreen></iframe>',
        ];
      case 7:
        return ['<table>', '  <tr>', `    <td>${inline(1, 2)}</td>`, '  </tr>', '</table>'];
      default:
        return ['<script>', 'var a = 1 < 2 && "*x*";', '</script>'];
    }
  };

  const block = (): string[] => {
    let lines: string[];
    switch (int(22)) {
      case 0:
      case 1:
      case 2:
      case 3:
      case 4:
        lines = paragraph();
        break;
      case 5:
      case 6:
        lines = header();
        break;
      case 7:
      case 8:
        lines = listItems(0);
        break;
      case 9:
        lines = quote(0);
        break;
      case 10:
        lines = fence();
        break;
      case 11:
        lines = Array.from({ length: 1 + int(3) }, () => `    ${pick(CODE)}`);
        break;
      case 12:
      case 13:
        lines = table();
        break;
      case 14:
        lines = definitionList();
        break;
      case 15:
      case 16:
        lines = htmlBlock();
        break;
      case 17:
        lines = ['$$', pick(['x^2 + y^2 = z^2', '\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}', 'a < b']), '$$'];
        break;
      case 18:
        lines = [
          pick([
            '{::comment}\nThis is a comment with *markdown*.\n{:/comment}',
            '{::nomarkdown}\n<div class="raw">*raw*</div>\n{:/nomarkdown}',
            '{::options parse_block_html="true" /}',
            '{:ald-name: .from-ald #ald-id}',
            '{:.not-an-ald: .x #y}',
            '* TOC\n{:toc}',
            '1. TOC\n{:toc}',
          ]),
        ];
        break;
      case 19:
        lines = [pick(['---', '***', '* * *', '- - -', '___', '----------'])];
        break;
      default:
        lines = paragraph();
    }
    if (chance(0.15))
      lines.push(`{: ${pick(['.note', '#my-id', '.a .b', 'style="color: red"', 'ald-name', 'class="x" data-y="1"'])}}`);
    // (Some blocks indented by a few spaces, as pasted text is.)
    if (chance(0.08)) {
      const pad = ' '.repeat(1 + int(3));
      return lines.map((l) => (l === '' ? l : pad + l));
    }
    return lines;
  };

  return Array.from({ length: count }, () => {
    notes = [];
    refs = [];
    const blocks: string[] = [];
    for (let n = 2 + int(7); n > 0; n--) blocks.push(block().join('\n'));
    const definitions: string[] = [];
    // Footnote definitions: most used ones, some unused, one of several paragraphs; some placed
    // before the text that refers to them.
    const used = [...new Set(notes)];
    for (const n of [...used, ...(chance(0.2) ? ['unused'] : [])]) {
      if (!chance(0.85)) continue;
      const body = [`[^${n}]: ${inline(1)}`];
      if (chance(0.3)) body.push('', `    ${inline(1)}`);
      if (chance(0.15)) body.push('', '        code in a note');
      if (chance(0.1)) body.push('', `    * ${words()}`, `    * ${words()}`);
      const text = body.join('\n');
      if (chance(0.2) && blocks.length > 1) blocks.splice(int(blocks.length), 0, text);
      else definitions.push(text);
    }
    for (const r of [...new Set(refs)])
      if (chance(0.9))
        definitions.push(
          `[${r}]: ${pick(URLS.filter((u) => !u.includes(' ')))}${pick(['', ' "Title"', ' (Paren title)', " 'single'", '\n    "Next line"'])}`,
        );
    if (chance(0.3)) definitions.push(`*[${pick(['HTML', 'API', 'CSS', 'JSON'])}]: ${words()}`);
    if (chance(0.15)) definitions.push('*[C++]: a language');
    // Blocks apart by a blank line, or (as often in real posts) right after the one before.
    let text = blocks[0]!;
    for (const b of blocks.slice(1)) text += `${chance(0.15) ? '\n' : chance(0.05) ? '\n\n\n' : '\n\n'}${b}`;
    const defs = definitions.join(chance(0.3) ? '\n' : '\n\n');
    return `${text}${chance(0.1) ? '  ' : ''}\n${definitions.length > 0 ? `\n${defs}\n` : ''}`;
  });
}
