import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rubyToS } from '../../../src/render/templates/filters/ruby.js';
import { parseYaml } from '../../../src/shared/yaml.js';
import { rubyPairs } from '../../../src/shared/yaml-keys.js';
import { readPlainYaml } from '../../../src/source/plain-yaml.js';

// What Ruby's Psych made of each plain scalar (scripts/yaml-oracle.rb): NaN and infinities as
// { float: "NaN" } and the like.
const CASES: Record<string, unknown> = JSON.parse(
  readFileSync(join(import.meta.dirname, 'yaml-ruby-cases.json'), 'utf8'),
);

const asRuby = (v: unknown) =>
  typeof v === 'number' && !Number.isFinite(v)
    ? { float: Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity' }
    : v;

describe('plain scalars read as Jekyll (Psych, YAML 1.1) reads them', () => {
  for (const [text, ruby] of Object.entries(CASES))
    it(`${JSON.stringify(text)} → ${JSON.stringify(ruby)}`, () => {
      expect(asRuby((parseYaml(`k: ${text}\n`, 'a.yml') as { k: unknown }).k)).toEqual(ruby);
      // Front matter's quick reader, when it reads the line at all, gives the same.
      const quick = readPlainYaml(`k: ${text}\n`);
      if (quick) expect(asRuby(quick.k)).toEqual(ruby);
    });
});

// The cases file is Ruby's JSON, which writes each number as Ruby prints it: a Float with its
// point (`1.0`, `1500.0`). In a Liquid site a template prints kiln's value of it the same way.
const PRINTED = [
  ...readFileSync(join(import.meta.dirname, 'yaml-ruby-cases.json'), 'utf8').matchAll(
    /^ {2}("(?:[^"\\]|\\.)*"): (-?[0-9][0-9.eE+-]*),?$/gm,
  ),
].map((m) => [JSON.parse(m[1]!) as string, m[2]!] as const);

describe('a Liquid site prints the numbers Psych reads as Ruby prints them', () => {
  it('has cases of both kinds', () => {
    expect(PRINTED.filter(([, ruby]) => ruby.includes('.')).length).toBeGreaterThanOrEqual(4);
    expect(PRINTED.filter(([, ruby]) => !ruby.includes('.')).length).toBeGreaterThanOrEqual(4);
  });
  for (const [text, ruby] of PRINTED)
    it(`${text} prints ${ruby}`, () => {
      expect(rubyToS((parseYaml(`k: ${text}\n`, 'a.yml', 1, true) as { k: unknown }).k)).toBe(ruby);
      const quick = readPlainYaml(`k: ${text}\n`, true);
      if (quick) expect(rubyToS(quick.k)).toBe(ruby);
      // A Nunjucks site's values stay plain numbers.
      expect(typeof (parseYaml(`k: ${text}\n`, 'a.yml') as { k: unknown }).k).toBe('number');
    });
});

// Psych.safe_load (Jekyll's reader) gives a stream's first document and reads nothing after it.
describe('a stream of several documents', () => {
  const read = (text: string) => parseYaml(text, 'a.yml');
  it('is its first document, whatever follows', () => {
    expect(read('---\n- a\n---\n')).toEqual(['a']);
    expect(read('a: 1\n...\nnotes: [unclosed\n')).toEqual({ a: 1 });
    expect(read('--- x\n# c\n--- y\n')).toBe('x');
    expect(read('---\n---\na: 1\n')).toBeNull();
  });
  it('still fails on a first document that is no YAML, or text that is no marker', () => {
    expect(() => read('a: [1\n---\nb: 2\n')).toThrow(/invalid YAML/);
    expect(() => read('a: 1\n- b\n')).toThrow(/invalid YAML/);
    expect(() => read('a: 1\n---b\n')).toThrow(/invalid YAML/);
  });
  // Psych returns the document once the token after its root node is read.
  it('is its first node when no marker follows, as Psych stops there', () => {
    expect(read('  a: 1\nb: 2\n')).toEqual({ a: 1 });
    expect(read('  - 1\n  - 2\n b: 3\n')).toEqual([1, 2]);
    expect(read('{"a":1}\n{"b":2}\n')).toEqual({ a: 1 });
    expect(read('"a"\nb: 1\n')).toBe('a');
    expect(read('[1] # c\n\n- 2\n')).toEqual([1]);
  });
  it('fails on an anchor whose name libyaml does not read', () => {
    expect(() => parseYaml('a: 1\nx: &a.b 1\ny: *a.b\n', 'p.md', 2)).toThrow(
      expect.objectContaining({ file: 'p.md', line: 3, message: expect.stringMatching(/invalid YAML: .*&a\.b/) }),
    );
    expect(() => read('x: &ü 1\n')).toThrow(/invalid YAML/);
    expect(read('x: &a-b_C9 1\ny: *a-b_C9\n')).toEqual({ x: 1, y: 1 });
  });
  it('fails where the token after that node is no YAML', () => {
    expect(() => read('  a: 1\n  - b\n')).toThrow(/invalid YAML/);
    expect(() => read('[1]\n@x\n')).toThrow(/invalid YAML/);
    expect(() => read('[1]\n"open\n')).toThrow(/invalid YAML/);
    expect(() => read('  a: 1\n\tb: 2\n')).toThrow(/invalid YAML/);
  });
});

describe('tags as Psych reads them', () => {
  it('decodes a UTF-8 !binary and refuses the Ruby object tags Jekyll refuses', () => {
    expect(parseYaml('title: !binary |-\n  xZp3acSZdG8=\n', 'a.yml')).toEqual({ title: 'Święto' });
    expect(() => parseYaml('k: !ruby/object:Foo {}\n', 'a.yml')).toThrow(/explicit tag/);
    expect(() => parseYaml('k: !!set {a: 1}\n', 'a.yml')).toThrow(/explicit tag/);
  });
});

describe('keys Psych reads as the same value', () => {
  it('are one key, in its first place with its last value (`yes:` and `on:` are both true)', () => {
    const read = parseYaml('yes: Oui\nno: Non\non: An\nx: 1\noff: Aus\ny: why\n', 'a.yml') as object;
    expect(rubyPairs(read)).toEqual([
      [true, 'An'],
      [false, 'Aus'],
      ['x', 1],
      ['y', 'why'],
    ]);
  });

  it('are left as JavaScript orders them when two Ruby keys share a text (`1:` and `"1":`: one object cannot hold both)', () => {
    const read = parseYaml('a: 0\n1: one\n"1": text\n', 'a.yml') as object;
    expect(Object.keys(read)).toEqual(['1', 'a']);
  });
});
