import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/shared/yaml.js';
import { readPlainYaml } from '../../../src/source/plain-yaml.js';

// What Ruby's Psych (YAML 1.1) makes of raw NEL, LS and PS, which it reads as line breaks.
const CASES: [string, unknown][] = [
  ['k: "a \u2028 b"', 'a\u2028b'],
  ["k: 'a \u2029  b'", 'a\u2029b'],
  ['k: [a \u2028 b]', ['a\u2028b']],
  ['k: a \u2028 b', 'a\u2028b'],
  ['k: "a\\L b \u2028 c"', 'a\u2028 b\u2028c'],
  ['k: &x "a \u2028 b"\nj: *x', 'a\u2028b'],
  ['k: "x\u0085y \u0085 z"', 'x y z'],
  ['k: "x\u0085\u0085y"', 'x\ny'],
  // Breaks between lines of YAML, not only inside values.
  ['# note\u2028k: v', 'v'],
  ['j: 1\u2029k: 2', 2],
  ['k:\u2028  - a\u2029  - b', ['a', 'b']],
  ['k: {a: 1,\u2028 b: 2}', { a: 1, b: 2 }],
  ['k: 1 \u2028  # note', 1],
  ['k: "a\\\u2028  b"', 'ab'],
  // CR then NEL, LS or PS is two breaks (CR LF is one).
  ['k: "x\r\u0085y"', 'x\ny'],
  ["k: 'x\r\u2028y'", 'x\u2028y'],
  ['k: "x\r\r\u0085y"', 'x\n\ny'],
  // A run of breaks keeps its separators; one that starts with a line feed folds as ever.
  ['k: "a\u2028\u2028b"', 'a\u2028\u2028b'],
  ['k: "a\n\u2028b"', 'a\u2028b'],
  ['k: "a \u2028\n b"', 'a\u2028\nb'],
  ['k: |\u2028  a\u2028  b\u2029', 'a\u2028b\u2029'],
  ['k: >\u2028  a\u2028  b\n  c\n\n  d\n', 'a\u2028b c\nd\n'],
  ['k:\n  - |1\u2028    a\u2028   b', [' a\u2028b']],
  ['k:\n  plain: a\u2028    b', { plain: 'a\u2028b' }],
];

describe('raw line and paragraph separators and NEL, line breaks to Psych', () => {
  for (const [text, value] of CASES)
    it(JSON.stringify(text), () => {
      expect((parseYaml(text, 'a.yml') as { k: unknown }).k).toEqual(value);
    });

  it('end a plain scalar whose next line is not indented, as Psych reads it', () => {
    expect(() => parseYaml('k: a\u2028b', 'a.yml')).toThrow(/^invalid YAML/);
    expect(() => parseYaml('k: a\u0085b', 'a.yml')).toThrow(/^invalid YAML/);
  });

  it('leave a block scalar on a last line without a break unended, as libyaml does', () => {
    expect(parseYaml('k: |\n  a\n  b', 'a.yml')).toEqual({ k: 'a\nb' });
    expect(parseYaml('k: >+\n  a\n  b', 'a.yml')).toEqual({ k: 'a b' });
    expect(parseYaml('k:\n  - |2\n     a', 'a.yml')).toEqual({ k: [' a'] });
    expect(parseYaml('k: |\n  a\n', 'a.yml')).toEqual({ k: 'a\n' });
  });

  it('are left by front matter’s quick reader to the library', () => {
    expect(readPlainYaml('title: one \u2028 two\n')).toBeUndefined();
  });
});
