/**
 * Random documents where white space stands: block markers, table cells, header lines, code
 * indentation, link parts, code spans, emphasis and IALs, each filled with a space, a tab or a
 * character that JavaScript's `\s` and `trim` take and Ruby's (kramdown's) do not (no-break and
 * other Unicode spaces, the byte-order mark, line and paragraph separators). The same seed
 * gives the same documents. (Not `\v` or `\f`: kramdown strips them from a paragraph's ends and
 * list items, kiln keeps them.)
 */
import { random } from './generate.js';

const SPACES = [
  ' ',
  ' ',
  '\t',
  '\u00a0',
  '\u00a0',
  '\u3000',
  '\u2003',
  '\u202f',
  '\ufeff',
  '\u200b',
  '\u2028',
  '\u1680',
  '\u0085',
];
const WORDS = ['a', 'b c', 'word', 'x_y', 'é', '42'];

// `S` is a space from SPACES, `W` a word.
const TEMPLATES = [
  '| W |SW |\n|---|---|\n|S W S| W |S',
  'SW | W\nW | WS',
  '|SW S|\n|:-:S|\n| W |',
  '| `SW` | `W`S|\n| W |',
  '#SW',
  '# WS#S',
  '## W {#id}S',
  'WS\n===S',
  'W\n---S',
  '*SW\n*SW',
  '1.SW\n2. W',
  '* W\nS W',
  '* W\n\nSSSSW',
  '-SSW\n\n SSW',
  'SSSSW\nSSSSW',
  '\tW\nS\tW',
  '>SW\nS>W',
  'S>W',
  '```SW\nW\n```',
  '~~~\nW\n~~~S',
  '```W\nW\n```S',
  '*S*S*',
  '-S-S-S',
  '[W]:S/u\n\n[W][]',
  '[l]: /uS"t"\n\n[l]',
  '[W](/uS"t")',
  '[W]S[l]\n\n[l]: /v',
  '[W](S/u S)',
  '![W](/iS"t")',
  'WS*W*S',
  '*SW*',
  '*WS*',
  '_W_SW',
  '`SW`',
  'WS`SW',
  '``SW``',
  '*W*{:S.c}',
  '{:S#i}\nW',
  'W\n{: .cS#d}',
  '<div>S\nW\n</div>',
  '<div class="c"S>W</div>',
  'W <span title="t"S>W</span>',
  '[^1]:SW\n\nW[^1]',
  'W\n:SW',
  '*[HTML]:SW\n\nHTML',
  '$$SW$$',
  'S"W"S',
  "S'W'S",
  'W\nS\nW',
  'W  S\nW',
  'WSS\nW',
  'W\\S\nW',
  'WS--SW...S',
  '<https://x.y/S>',
  'W <!--S-->S',
  '^S\n\nW',
  '{::comment}S{:/}W',
  'S',
];

export function generateSpaceDocuments(seed: number, count: number): string[] {
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const fill = (s: string) => s.replace(/[SW]/g, (c) => (c === 'S' ? pick(SPACES) : pick(WORDS)));
  const documents: string[] = [];
  for (let d = 0; d < count; d++) {
    const blocks: string[] = [];
    for (let n = 1 + int(3); n > 0; n--) blocks.push(fill(pick(TEMPLATES)));
    documents.push(`${blocks.join('\n\n')}\n`);
  }
  return documents;
}
