/**
 * Random Markdown documents mixing the constructs kramdown and kiln must agree on: lists in
 * quotes in lists, HTML blocks with markdown="1", tables, fences, footnotes, IALs, smart quotes
 * next to tags and entities, headers with links and code. The same seed gives the same documents.
 */

import { random } from '../helpers/random.js';

export { random };

class Gen {
  constructor(private readonly next: () => number) {}

  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }

  word(): string {
    return this.pick(WORDS);
  }

  /** An inline piece: a word, or a construct around words. */
  piece(depth: number): string {
    const w = () => this.word();
    const inner = () => (depth > 1 ? w() : this.inline(depth + 1, 1 + this.int(2)));
    switch (this.int(24)) {
      case 0:
        return `*${inner()}*`;
      case 1:
        return `**${inner()}**`;
      case 2:
        return `_${inner()}_`;
      case 3:
        return `\`${this.pick(CODE_SPANS)}\``;
      case 4:
        return `[${inner()}](${this.pick(URLS)})`;
      case 5:
        return `"${inner()}"`;
      case 6:
        return `'${inner()}'`;
      case 7:
        return this.pick(ENTITIES);
      case 8:
        return this.pick(TAGS).replace('X', inner());
      case 9:
        return this.pick(TYPOGRAPHY);
      case 10:
        return `~~${inner()}~~`;
      case 11:
        return `[^${1 + this.int(3)}]`;
      case 12:
        return `"${this.pick(TAGS).replace('X', w())}"`;
      case 13:
        return `${this.pick(ENTITIES)}"${w()}"`;
      case 14:
        return `*${w()}*{: .${w()}}`;
      case 15:
        return this.pick(PUNCT);
      case 16:
        return `<${this.pick(URLS.filter((u) => u.startsWith('http')))}>`;
      default:
        return w();
    }
  }

  inline(depth = 0, n = 2 + this.int(8)): string {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(this.piece(depth));
    return parts.join(this.chance(0.1) ? '' : ' ');
  }

  paragraph(): string[] {
    const lines = [this.inline()];
    while (this.chance(0.3)) lines.push(this.inline());
    if (this.chance(0.1)) lines[lines.length - 1] += '  ';
    return lines;
  }

  header(): string[] {
    const level = 1 + this.int(6);
    let text = this.inline(1, 1 + this.int(4));
    if (this.chance(0.3)) text += ` [${this.word()}](${this.pick(URLS)})`;
    if (this.chance(0.3)) text += ` \`${this.pick(CODE_SPANS)}\``;
    if (this.chance(0.2)) text += ` {#${this.word()}-${this.int(9)}}`;
    if (level <= 2 && this.chance(0.2)) return [text, (level === 1 ? '=' : '-').repeat(3 + this.int(5))];
    return [`${'#'.repeat(level)} ${text}`];
  }

  fence(): string[] {
    const lang = this.pick(['', '', 'text', 'plaintext', '']);
    const marker = this.pick(['```', '~~~']);
    const body = Array.from({ length: 1 + this.int(3) }, () => this.pick(CODE_LINES));
    return [`${marker}${lang}`, ...body, marker];
  }

  table(): string[] {
    const cols = 1 + this.int(3);
    const row = () => `| ${Array.from({ length: cols }, () => this.inline(2, 1 + this.int(2))).join(' | ')} |`;
    const lines = [row()];
    if (this.chance(0.7))
      lines.push(`|${Array.from({ length: cols }, () => this.pick(['---', ':--', ':-:', '--:'])).join('|')}|`);
    for (let i = this.int(3); i >= 0; i--) lines.push(row());
    return lines;
  }

  list(depth: number): string[] {
    const ordered = this.chance(0.4);
    const marker = ordered ? '1.' : this.pick(['*', '-', '+']);
    const lines: string[] = [];
    const items = 1 + this.int(3);
    const loose = this.chance(0.3);
    for (let i = 0; i < items; i++) {
      const m = ordered ? `${i + 1}.` : marker;
      const pad = ' '.repeat(m.length + 1);
      const body = this.blocks(depth + 1, 1 + (this.chance(0.3) ? 1 : 0), true);
      for (const [k, line] of body.entries()) lines.push(k === 0 ? `${m} ${line}` : line === '' ? '' : `${pad}${line}`);
      if (loose && i < items - 1) lines.push('');
    }
    return lines;
  }

  quote(depth: number): string[] {
    return this.blocks(depth + 1, 1 + this.int(2)).map((l) => (l === '' ? '>' : `> ${l}`));
  }

  htmlBlock(depth: number): string[] {
    if (this.chance(0.5)) return ['<div markdown="1">', ...this.blocks(depth + 1, 1 + this.int(2)), '</div>'];
    return [this.pick(['<div>', '<div class="note">', '<p>']), this.inline(1), this.pick(['</div>', '</p>'])];
  }

  block(depth: number, inList: boolean): string[] {
    const kinds = depth > 2 ? 3 : 11;
    let lines: string[];
    switch (this.int(kinds)) {
      case 0:
      case 1:
      case 2:
        lines = this.paragraph();
        break;
      case 3:
        lines = this.header();
        break;
      case 4:
        lines = this.list(depth);
        break;
      case 5:
        lines = this.quote(depth);
        break;
      case 6:
        lines = this.fence();
        break;
      case 7:
        lines = this.table();
        break;
      case 8:
        lines = inList ? this.paragraph() : this.htmlBlock(depth);
        break;
      case 9:
        lines = ['Term', `: ${this.inline(1)}`];
        break;
      default:
        lines = [this.pick(['---', '* * *', '    indented code', '{:toc}'])];
    }
    if (this.chance(0.15)) lines.push(`{: .${this.word()}${this.chance(0.5) ? ` #id-${this.int(99)}` : ''}}`);
    return lines;
  }

  blocks(depth: number, n: number, inList = false): string[] {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      if (i > 0 && !this.chance(0.1)) out.push('');
      out.push(...this.block(depth, inList));
    }
    return out;
  }

  document(): string {
    const lines = this.blocks(0, 1 + this.int(6));
    const refs = new Set(lines.join('\n').match(/\[\^\d\]/g) ?? []);
    for (const ref of [...refs].sort()) {
      if (!this.chance(0.8)) continue;
      lines.push('', `${ref}: ${this.inline(1)}`);
      // (Blocks of the definition's own, for where its back link goes.)
      if (this.chance(0.3)) lines.push('', `    ${this.pick(['> ', '* ', '# ', '| ', ''])}${this.inline(1)}`);
    }
    if (refs.size > 0 && this.chance(0.3)) lines.push('', `{::options ${this.pick(FOOTNOTE_OPTIONS)} /}`);
    return `${lines.join('\n')}\n`;
  }
}

// kramdown's footnote options, as a document sets them.
const FOOTNOTE_OPTIONS = [
  'footnote_backlink="back"',
  'footnote_backlink="&lt;&x"',
  'footnote_backlink=""',
  'footnote_prefix="p-"',
  'footnote_backlink_inline="true"',
  'footnote_nr="3"',
];

const WORDS = [
  'alpha',
  'beta',
  'gamma',
  'stream',
  'state',
  'Flink',
  'x',
  'it',
  'a',
  'the',
  'run',
  '42',
  'data_set',
  'fn()',
];
const CODE_SPANS = ['x', 'a | b', '<tag>', '"q"', 'a*b*', '&amp;', "it's"];
const URLS = ['https://example.org', 'https://example.org/a_b', '/local/path', '#anchor', 'http://x.org/?q=1&r=2'];
const ENTITIES = ['&amp;', '&copy;', '&#169;', '&nbsp;', '&lt;tag&gt;', '&', '&quot;'];
const TAGS = ['<em>X</em>', '<span class="s">X</span>', '<b>X</b>', '<br/>', '<kbd>X</kbd>', '<code>X</code>'];
const TYPOGRAPHY = ['--', '---', '...', '<<', '>>', "'80s", "it's", "rock 'n' roll", 'a -- b'];
const PUNCT = ['(', ')', ':', ';', '!', '?', ',', '|', '*', '_', '\\*', '1.', '#', '{', '}'];
const CODE_LINES = [
  'int x = 1;',
  '<div class="x">',
  '  indented "quote"',
  'a | b',
  '# not a header',
  '',
  '- not a list',
];

/** The documents for a seed. */
export function generateDocuments(seed: number, count: number): string[] {
  const gen = new Gen(random(seed));
  return Array.from({ length: count }, () => gen.document());
}
