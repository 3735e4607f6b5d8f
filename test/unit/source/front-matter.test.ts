import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/source/front-matter.js';
import type { SourceFile } from '../../../src/source/types.js';

const file = (text: string): SourceFile => ({
  path: '_posts/2021-01-01-x.md',
  kind: 'post',
  bytes: Buffer.from(text),
  mtimeMs: 0,
});

describe('front matter', () => {
  it('splits data and body and knows the body line', () => {
    const doc = parseFrontMatter(file('---\ntitle: A\ntags: [a, b]\n---\nBody\n'));
    expect(doc.data).toEqual({ title: 'A', tags: ['a', 'b'] });
    expect(doc.body).toBe('Body\n');
    expect(doc.bodyLine).toBe(5);
  });
  it('a repeated key keeps its last value, as Ruby does', () => {
    expect(parseFrontMatter(file('---\ntitle: A\ntitle: B\n---\n')).data.title).toBe('B');
  });
  it('keeps timestamps as text so Jekyll zone rules can apply', () => {
    expect(parseFrontMatter(file('---\ndate: 2022-05-23 00:00:00\n---\n')).data.date).toBe('2022-05-23 00:00:00');
  });
  it('names the file and line of invalid YAML', () => {
    expect(() => parseFrontMatter(file('---\ntitle: A\nbad: [x\n---\n'))).toThrow(/invalid YAML/);
    try {
      parseFrontMatter(file('---\ntitle: ok\n  nested: bad\n---\n'));
    } catch (e) {
      expect((e as { format(): string }).format()).toBe(
        '_posts/2021-01-01-x.md:3: invalid YAML: bad indentation of a mapping entry',
      );
    }
  });
});
