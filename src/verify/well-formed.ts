import { createRequire } from 'node:module';
import { SaxesParser } from 'saxes';

// fast-xml-parser's CommonJS build is one file: it loads in a sixth of the time its ES modules
// take (16 vs 95 ms of CPU), which every `kiln build` pays.
const { XMLValidator } = createRequire(import.meta.url)('fast-xml-parser') as typeof import('fast-xml-parser');

/** Where and why a text is not a well-formed XML 1.0 document. */
export interface XmlError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/**
 * The first well-formedness error of an XML 1.0 document, or null. Two parsers, as neither is
 * enough alone: fast-xml-parser's validator places a stray `&` or `<` where it is, but passes
 * characters XML does not allow (control characters, U+FFFE), entities it does not define
 * (`&nbsp;`) and a second root element; saxes, a conformant parser, refuses all of those, but
 * reads a bare `& ` as the start of an entity and reports the error only where the document ends.
 */
export function xmlError(text: string): XmlError | null {
  const quick = XMLValidator.validate(text);
  if (quick !== true) return { line: quick.err.line, column: quick.err.col, message: quick.err.msg };
  const parser = new SaxesParser();
  let first: XmlError | null = null;
  parser.on('error', (e) => {
    first ??= { line: parser.line, column: parser.column, message: e.message.replace(/^\d+:\d+: /, '') };
  });
  parser.write(text).close();
  return first;
}
