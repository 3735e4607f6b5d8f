import matter from 'gray-matter';
import { KilnError, KilnWarning } from '../shared/errors.js';
import { parseYaml } from '../shared/yaml.js';
import { hasFrontMatter } from './read-source.js';
import type { Document, SourceFile } from './types.js';

// A body needs the template engine only if it has a tag or an output expression.
const HAS_TEMPLATE = /\{[{%]/;

/** Splits a file into front matter and body; invalid YAML names the file and line. */
export function parseFrontMatter(file: SourceFile): Document {
  const text = file.bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!hasFrontMatter(file.bytes))
    return { file, data: {}, frontMatter: '', body: text, bodyLine: 1, hasTemplate: HAS_TEMPLATE.test(text) };
  if (!/\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.test(text.slice(3))) {
    // Jekyll renders such a file with its whole text, the `---` line included, as the content.
    const warning = new KilnWarning(
      'front matter is not closed (add a line with --- after it)',
      file.path,
      1,
      'the whole file is its content',
    );
    return { file, data: {}, frontMatter: '', body: text, bodyLine: 1, hasTemplate: HAS_TEMPLATE.test(text), warning };
  }
  const parsed = matter(text, {
    // The front matter starts on line 2, after the opening `---`; gray-matter's text keeps line 1 empty.
    engines: { yaml: (src: string) => (parseYaml(src, file.path, 1) ?? {}) as object },
  });
  const data = parsed.data as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new KilnError('front matter must be a mapping of keys to values', file.path, 2);
  }
  // Jekyll's front-matter pattern ends in `---\s*$\n?`, which also eats the blank lines after it.
  const body = parsed.content.replace(/^(?:[ \t]*\r?\n)+/, '');
  const prefix = text.endsWith(body) ? text.slice(0, text.length - body.length) : '';
  const bodyLine = prefix.split('\n').length;
  return {
    file,
    data: { ...(data as Record<string, unknown>) },
    frontMatter: parsed.matter,
    body,
    bodyLine,
    hasTemplate: HAS_TEMPLATE.test(body),
  };
}

/** The line of `key:` in a document's front matter, for messages about that key. */
export function lineOfKey(doc: Document, key: string): number | undefined {
  const lines = doc.frontMatter.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  return i < 0 ? undefined : i + 1;
}
