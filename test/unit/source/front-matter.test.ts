import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/source/front-matter.js';
import { dropText, type SourceFile } from '../../../src/source/types.js';

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
  it('throws when its body is read once a clean build let it go, and keeps the rest', () => {
    const doc = parseFrontMatter(file('---\ntitle: A\n---\nBody\n'));
    dropText(doc);
    expect(() => doc.body).toThrow('kiln: _posts/2021-01-01-x.md: its body was read after the build let it go');
    expect([doc.data, doc.bodyLine, doc.hasTemplate]).toEqual([{ title: 'A' }, 4, false]);
  });
  it("gives the body's line after a BOM, blank lines and CRLF line ends, and whether it has tags", () => {
    const bom = parseFrontMatter(file('\uFEFF---\ntitle: A\n---\n\n \n{{ x }}\n'));
    expect([bom.body, bom.bodyLine, bom.hasTemplate]).toEqual(['{{ x }}\n', 6, true]);
    const crlf = parseFrontMatter(file('---\r\ntitle: A\r\n---\r\n\r\nB {% raw %}\r\n'));
    expect([crlf.body, crlf.bodyLine, crlf.hasTemplate]).toEqual(['B {% raw %}\r\n', 5, true]);
    const plain = parseFrontMatter(file('---\ntitle: A\n---\n{ {x} %} {\n'));
    expect([plain.bodyLine, plain.hasTemplate]).toEqual([4, false]);
    expect(parseFrontMatter(file('---\n---\n')).bodyLine).toBe(3);
  });
  it("closes at YAML's document end `...`, and not at a `---` line with more than blanks after it", () => {
    const dots = parseFrontMatter(file('---\ntitle: A\n... \t\r\n\nBody\n---\nrule\n'));
    expect([dots.data, dots.body, dots.bodyLine]).toEqual([{ title: 'A' }, 'Body\n---\nrule\n', 5]);
    const note = parseFrontMatter(file('---\n--- # not a closing line\n---\nBody\n'));
    expect([note.data, note.frontMatter, note.body]).toEqual([{}, '\n--- # not a closing line\n', 'Body\n']);
    expect(parseFrontMatter(file('---\ntitle: A\n---- \nB\n')).warning?.message).toMatch(/not closed/);
  });
  it('keeps the line break before the closing line, which a `|+` block as the last key keeps', () => {
    expect(parseFrontMatter(file('---\nbio: |+\n  keep\n\n---\nB\n')).data).toEqual({ bio: 'keep\n\n' });
  });
  it('a repeated key keeps its last value, as Ruby does', () => {
    expect(parseFrontMatter(file('---\ntitle: A\ntitle: B\n---\n')).data.title).toBe('B');
  });
  it('keeps timestamps as text so Jekyll zone rules can apply', () => {
    expect(parseFrontMatter(file('---\ndate: 2022-05-23 00:00:00\n---\n')).data.date).toBe('2022-05-23 00:00:00');
  });
  it('refuses one value or a list, a date or a whole float too, saying what to write instead', () => {
    const message = (text: string, liquid = false) => {
      try {
        parseFrontMatter(file(text), liquid);
      } catch (e) {
        return (e as { format(): string }).format();
      }
      return 'no error';
    };
    const head = '_posts/2021-01-01-x.md:2: front matter must be a mapping of keys to values';
    expect(message('---\nTBA\n---\nB\n')).toBe(
      `${head}, not the single value \`TBA\`: write it under its key, such as \`title: TBA\``,
    );
    expect(message('---\n# soon\n2024-01-01\n---\n', true)).toBe(
      `${head}, not the single value \`2024-01-01\`: write it under its key, such as \`title: 2024-01-01\``,
    );
    expect(message('---\n2.0\n---\n', true)).toMatch(/not the single value `2.0`/);
    expect(message('---\n- a\n- b\n---\n')).toBe(
      `${head}, not a list: write each value under its key, such as \`tags: [a, b]\``,
    );
    expect(message('---\n~\n---\n')).toBe('no error');
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
