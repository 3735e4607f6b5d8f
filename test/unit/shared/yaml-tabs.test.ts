import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/shared/yaml.js';

// Tabs in block YAML, each with whether Ruby's Psych (libyaml) reads it (Jekyll 4.3.1's Ruby).
// js-yaml reads all of them but those libyaml's own rules catch in js-yaml too.
const CASES: [string, boolean][] = [
  ['list:\n-\tx\n', false],
  ['list:\n  -\tx\n', false],
  ['-\tx\n', false],
  ['a:\tb\n', true],
  ['?\ta\n:\tb\n', false],
  ['- a\n-\t\n', false],
  ['a: -\tx\n', false],
  ['- -\tx\n', false],
  ['title: Plain\n\t\nx: 1\n', false],
  ['a: x\t# c\n', true],
  ['a: b\t\n', true],
  ['a: {b: 1}\n\t\nc: 2\n', false],
  ['a: x\n  \t\n  y\n', true],
  ['title: "q"\n\t\nx: 1\n', false],
  ['title: Plain\n \t \nx: 1\n', true],
  ['title: Plain\n\t# c\nx: 1\n', false],
  ['a:\n  - x\n\t\n  - y\n', false],
  ['a: 1\n\t\n', false],
  ['a: |\n  x\n\t\n  y\n', false],
  ['a: [1,\n\t2]\n', true],
  ['a:\n\tb: 1\n', false],
  ['title: "q"\n \t\nx: 1\n', false],
  ["a: it's\n\t\nb: 1\n", false],
  ['a:\n\t\n  b: 1\n', false],
  ['a: &x\n\t\n  b: 1\n', false],
  ['a: |\n  x\n\t\nb: 1\n', false],
  ['a: >\n  x\n\n  \t\n  y\nb: 1\n', true],
  ['\t\na: 1\n', false],
  ['a: 1\n\t\n', false],
  ['a: x-\n\t\nb: 1\n', false],
  ['a:  \tx\n', true],
  ['- \tx\n', false],
  ['a: x\n  \t# c\nb: 1\n', true],
  ['a: 1 \t\nb: 2\n', true],
  ['a: x\n  \t\n  y\n', true],
  ['a: x\n\t\n  y\n', false],
  ['a:\n  - x\n    \t\n  - y\n', true],
  ['a:\n  - k: x\n    \t\n  - y\n', false],
  ['a:\n  - k: x\n  \t\n  - y\n', false],
  ['a: |\n  x\n  \ty\n', true],
  ['a: "x\n\t\n  y"\n', true],
  ['a: [x,\n\t\n  y]\n', true],
  ['a: x # c\n\t\nb: 1\n', false],
  [': \tb\n', false],
  ['? a\n: \tb\n', false],
  ['a: |\n\t\n  x\n', false],
  ['a: |\n  x\n    \t\n  y\n', true],
  ['-  \tx\n', false],
  ['- a\n- \t- b\n', false],
];

describe('tabs libyaml refuses are invalid YAML; those it reads are read', () => {
  for (const [text, read] of CASES)
    it(`${JSON.stringify(text)} ${read ? 'reads' : 'is refused'}`, () => {
      if (read) expect(() => parseYaml(text, 'a.yml')).not.toThrow();
      else expect(() => parseYaml(text, 'a.yml')).toThrow(/^invalid YAML: /);
    });

  it('names the file and the line of the tab', () => {
    const error = (text: string) => {
      try {
        parseYaml(text, 'index.md', 1);
      } catch (e) {
        return e;
      }
    };
    expect(error('\ntitle: x\ntags:\n  - a\n\t\n  - b\n')).toMatchObject({
      file: 'index.md',
      line: 5,
      message: 'invalid YAML: found a tab character that violates indentation',
    });
    expect(error('\nlist:\n-\tx\n')).toMatchObject({ file: 'index.md', line: 3 });
  });
});
