import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/shared/yaml.js';
import { readPlainYaml } from '../../../src/source/plain-yaml.js';
import { random as seededRandom } from '../../helpers/random.js';

// The fast reader of plain front matter must give exactly what the YAML library gives, or leave
// the text to it. Random front matter, near-misses included; `npm run fuzz:yaml` uses a fresh seed.
const SEED = process.env.KILN_YAML_SEED ? Number(process.env.KILN_YAML_SEED) : 20261202;
const CASES = Number(process.env.KILN_YAML_CASES ?? 4000);

const KEYS = [
  'title',
  'date',
  'tags',
  'categories',
  'author',
  'layout',
  'permalink',
  'published',
  'order',
  'my-key',
  'under_score',
  'k2',
  'Title',
  'null',
  'true',
  'True',
  'No',
  '1',
  '__proto__',
  'a b',
  'ключ',
  '"quoted"',
  "'single'",
  '-dash',
  'x:y',
  '?q',
  'id',
  'title',
  'tags',
];
const WORDS = [
  'Hello',
  'world',
  'post',
  'Ünïcödé',
  'naïve',
  '日本語',
  '🙂',
  'a',
  'it’s',
  'C#',
  'x,y',
  '[x]',
  '{y}',
  'a:b',
  'a: b',
  'ends:',
  '#hash',
  'a #b',
  '-x',
  '- x',
  '?x',
  ':x',
  '%x',
  '@x',
  '`x`',
  '&x',
  '*x',
  '!x',
  '|',
  '>',
  '<<',
  "it's",
  'say "hi"',
  'back\\slash',
  '~',
  'null',
  'Null',
  'NULL',
  'true',
  'False',
  'TRUE',
  'yes',
  'no',
  'on',
  'off',
  'y',
  '0',
  '1',
  '-3',
  '+4',
  '007',
  '0x1F',
  '0o17',
  '0b101',
  '1_000',
  '1.5',
  '-2.5e3',
  '1e3',
  '.inf',
  '-.Inf',
  '.NaN',
  '.5',
  '12:30',
  '2013-08-20T02:06:00Z',
  '2021-03-04 05:06:07 +0100',
  '2020-01-01',
  'v1.2.3',
  'https://example.org/a?b=c#d',
  '/blog/:year/:title/',
  'a\tb',
  'x\u0085y',
  'x\u00a0y',
  'x\ufeffy',
  'x\u0007y',
  '',
];

// What most front matter holds.
const PLAIN_KEYS = KEYS.slice(0, 13);
const PLAIN_WORDS = WORDS.slice(0, 11);

function generate(random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  // Each front matter is plain, nearly plain or rough: how often a word or key comes from the odd ones.
  const rough = pick([0, 0, 0.03, 0.3]);
  const chance = (p: number) => random() < p;
  const odd = (p: number) => random() < p * (rough ? 1 : 0.05);
  const key = (): string => (random() < rough ? pick(KEYS) : pick(PLAIN_KEYS));
  const word = () => (random() < rough ? pick(WORDS) : pick(PLAIN_WORDS));
  const words = () => {
    const n = 1 + Math.floor(random() * 3);
    return Array.from({ length: n }, word).join(odd(0.1) ? pick([',', ', ', ':', '  ']) : ' ');
  };
  const scalar = (): string => {
    const w = words();
    const style = random();
    let s: string;
    if (style < 0.6) s = w;
    else if (style < 0.8) s = `"${odd(0.2) ? w : w.replace(/["\\]/g, '')}"`;
    else if (style < 0.95 || !odd(1)) s = `'${odd(0.2) ? w : w.replace(/'/g, "''")}'`;
    else s = `"${w}`;
    if (odd(0.05)) s += ' # comment';
    if (odd(0.05)) s += '  ';
    return s;
  };
  const flow = () => {
    const items = Array.from({ length: Math.floor(random() * 4) }, () =>
      chance(0.8) ? word() : chance(0.5) ? words() : scalar(),
    );
    return `[${items.join(pick([', ', ',', ' , ']))}${odd(0.05) ? ',' : ''}]`;
  };
  const lines: string[] = [''];
  const value = (indent: number, depth: number): void => {
    const pad = ' '.repeat(indent);
    const r = random();
    const last = lines.length - 1;
    const gap = ' '.repeat(chance(0.9) ? 1 : 2 + Math.floor(random() * 2));
    if (r < 0.55 || depth > 2) lines[last] += `${gap}${scalar()}`;
    else if (r < 0.65) lines[last] += `${gap}${flow()}`;
    else if (r < 0.72) {
      if (chance(0.2)) lines[last] += gap;
      // Nothing (null), or a multi-line plain scalar.
      if (odd(0.3)) lines.push(`${pad}${' '.repeat(1 + Math.floor(random() * 3))}${words()}`);
    } else if (r < 0.86) {
      const at = indent + (chance(0.3) ? 0 : pick([2, 4, 1]));
      const n = 1 + Math.floor(random() * 3);
      for (let i = 0; i < n; i++) {
        if (chance(0.4)) {
          const inner = at + 2 + (odd(0.1) ? 1 : 0);
          lines.push(`${' '.repeat(at)}- ${key()}:`);
          value(inner, depth + 1);
          if (chance(0.7)) {
            lines.push(`${' '.repeat(inner + (odd(0.05) ? 1 : 0))}${key()}:`);
            value(inner, depth + 1);
          }
        } else lines.push(`${' '.repeat(at)}-${odd(0.05) ? '' : `${gap}${scalar()}`}`);
      }
    } else if (r < 0.95) {
      const at = indent + pick([2, 4, 1]);
      const n = 1 + Math.floor(random() * 3);
      for (let i = 0; i < n; i++) {
        lines.push(`${' '.repeat(at)}${key()}:`);
        value(at, depth + 1);
      }
    } else if (!odd(1)) lines[last] += ` ${scalar()}`;
    else lines[last] += ` ${pick(['|', '>-', '{a: 1}', '&x 1', '*x', '!!str 1', '|\n  text'])}`;
  };
  const entries = 1 + Math.floor(random() * 6);
  for (let i = 0; i < entries; i++) {
    if (odd(0.05)) lines.push(pick(['', '# a comment', '  # indented comment', '   ', '\t']));
    lines.push(`${odd(0.02) ? ' ' : ''}${key()}:`);
    value(0, 0);
  }
  let text = `${lines.join('\n')}\n`;
  if (odd(0.02)) text = text.replace(/\n/g, '\r\n');
  return text;
}

const library = (text: string): { value: unknown } | { error: string } => {
  try {
    return { value: parseYaml(text, 'x.md') };
  } catch (e) {
    return { error: String(e) };
  }
};

describe('plain front matter read without the YAML library', () => {
  it(`gives what the library gives, or leaves the text to it (seed ${SEED}, ${CASES} front matters)`, () => {
    const random = seededRandom(SEED);
    let read = 0;
    let left = 0;
    for (let n = 0; n < CASES; n++) {
      const text = generate(random);
      const fast = readPlainYaml(text);
      if (fast === undefined) {
        left++;
        continue;
      }
      read++;
      const expected = library(text);
      const agrees =
        'value' in expected &&
        isDeepStrictEqual(fast, expected.value) &&
        JSON.stringify(Object.keys(fast)) === JSON.stringify(Object.keys(expected.value as object));
      if (!agrees)
        expect({ text, fast }, `seed ${SEED}, case ${n}`).toEqual({
          text,
          fast: 'error' in expected ? expected : expected.value,
        });
    }
    if (process.env.KILN_YAML_SEED) console.log(`read ${read}, left to the library ${left}`);
    // Both ways are exercised: most plain front matter is read here, the rest goes to the library.
    expect(read).toBeGreaterThan(CASES / 5);
    expect(left).toBeGreaterThan(CASES / 5);
  });

  it('reads the front matter of a typical post, and leaves what it does not read', () => {
    const post =
      '\ntitle: "A post: with a colon"\ndate: 2013-08-20T02:06:00Z\ncategories: news\ntags: [a, b, 3]\nauthors:\n  - name: Author 2\n    twitter: author2\npublished: true\n';
    expect(readPlainYaml(post)).toEqual({
      title: 'A post: with a colon',
      date: '2013-08-20T02:06:00Z',
      categories: 'news',
      tags: ['a', 'b', 3],
      authors: [{ name: 'Author 2', twitter: 'author2' }],
      published: true,
    });
    for (const text of ['title: a # comment\n', 'text: |\n  a\n', 'a: &x 1\nb: *x\n', 'title: "a\\"b"\n', 'a:\tb\n'])
      expect(readPlainYaml(text), text).toBeUndefined();
  });

  it('reads every first character of a scalar, key and list item as the library does', () => {
    // Numbers, null and booleans start with few characters; no-break and other non-ASCII spaces are
    // part of an item, not space around it.
    const starts = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), 'é', '\u00a0', '\u3000'];
    const tails = ['', '1', '.5', 'x1F', 'ull', 'rue', 'alse', 'inf', 'nan', ' word', '\u00a0'];
    for (const first of starts)
      for (const tail of tails)
        for (const text of [`k: ${first}${tail}\n`, `k: [${first}${tail}, a]\n`, `${first}${tail}: x\n`]) {
          const fast = readPlainYaml(text);
          if (fast !== undefined) expect({ text, fast }).toEqual({ text, fast: parseYaml(text, 'x.md') });
        }
  });
});
