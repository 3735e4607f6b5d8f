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
];

describe('raw line and paragraph separators and NEL, line breaks to Psych', () => {
  for (const [text, value] of CASES)
    it(JSON.stringify(text), () => {
      expect((parseYaml(text, 'a.yml') as { k: unknown }).k).toEqual(value);
    });

  it('are left by front matter’s quick reader to the library', () => {
    expect(readPlainYaml('title: one \u2028 two\n')).toBeUndefined();
  });
});
