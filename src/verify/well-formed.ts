import { createRequire } from 'node:module';
import { doctypeEntities } from './doctype.js';
import { plainlyWellFormed } from './plain-xml.js';

// Both parsers are CommonJS, required when first needed: saxes by the first XML document
// checked, fast-xml-parser (its one-file build) only by a document saxes refuses.
const require = createRequire(import.meta.url);
let Saxes: typeof import('saxes').SaxesParser | undefined;
let Validator: typeof import('fast-xml-parser').XMLValidator | undefined;

/** Where and why a text is not a well-formed XML 1.0 document. */
export interface XmlError {
  readonly line: number;
  readonly column: number;
  /** Where in the text, as a JavaScript string index: a one-line feed's entry is found by it. */
  readonly offset: number;
  readonly message: string;
}

/**
 * The first well-formedness error of an XML 1.0 document, or null. A plain document that is well
 * formed is known so at once (plain-xml.ts); for any other, saxes, a conformant parser, decides:
 * it refuses characters XML does not allow (control characters, U+FFFE), entities neither XML nor
 * the document's DTD declares (`&nbsp;`; doctype.ts) and a second root element. But it reads a bare `& ` as the start of an entity
 * and reports the error only where the document ends, so a refused document is also given to
 * fast-xml-parser's validator, which places a stray `&` or `<` where it is.
 */
export function xmlError(text: string): XmlError | null {
  if (plainlyWellFormed(text)) return null;
  Saxes ??= (require('saxes') as typeof import('saxes')).SaxesParser;
  const parser = new Saxes();
  let first: XmlError | null = null;
  // Where part of the DTD is not read here, an entity it does not declare may be declared there.
  let undeclaredAllowed = false;
  parser.on('doctype', (doctype) => {
    const { entities, unread } = doctypeEntities(doctype);
    for (const [name, value] of entities) parser.ENTITIES[name] = value;
    undeclaredAllowed = unread && parser.xmlDecl.standalone !== 'yes';
  });
  parser.on('error', (e) => {
    if (undeclaredAllowed && e.message.endsWith(' undefined entity.')) return;
    first ??= {
      line: parser.line,
      column: parser.column,
      offset: parser.position,
      message: e.message.replace(/^\d+:\d+: /, ''),
    };
  });
  parser.write(text).close();
  if (!first) return null;
  first = atEntityStart(text, first);
  Validator ??= (require('fast-xml-parser') as typeof import('fast-xml-parser')).XMLValidator;
  const placed = Validator.validate(text);
  if (placed === true) return first;
  const { line, col, msg } = placed.err;
  return { line, column: col, offset: lineStart(text, line) + col - 1, message: msg };
}

/**
 * saxes reads an entity's name up to the next `;` and reports a bad one there, which may be far
 * on (a bare `&` in a URL, refused at the `;` of the next `&amp;`): the error is placed where the
 * entity begins, the first `&` after the `;` before it.
 */
function atEntityStart(text: string, error: XmlError): XmlError {
  if (!/entity/.test(error.message)) return error;
  const start = text.indexOf('&', text.lastIndexOf(';', error.offset - 2) + 1);
  if (start < 0 || start >= error.offset) return error;
  const lineBegins = text.lastIndexOf('\n', start - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) line++;
  return { ...error, line, column: start - lineBegins + 1, offset: start };
}

/** The index where line `line` (1-based) of the text starts. */
function lineStart(text: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line && offset >= 0; l++) offset = text.indexOf('\n', offset) + 1;
  return offset;
}

/**
 * How many line breaks come before an XML declaration that only XML white space precedes, or
 * undefined when the text does not start so (the declaration may start the text alone).
 */
export function blankLinesBeforeDeclaration(text: string): number | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const start = i;
  let breaks = 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') breaks++;
    else if (c !== ' ' && c !== '\t' && c !== '\r') break;
  }
  if (i === start || !/^<\?xml[ \t\r\n?]/.test(text.slice(i, i + 6))) return undefined;
  return breaks;
}
