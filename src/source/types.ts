import type { KilnWarning } from '../shared/errors.js';

/**
 * What a file under the source is for. `collection`: a document of a collection (a file with
 * front matter in `_LABEL/`); a file there without front matter is `static`.
 */
export type SourceKind = 'post' | 'draft' | 'page' | 'collection' | 'static' | 'layout' | 'include' | 'data' | 'plugin';

/** One input file, read once. `path` is relative to the source, with `/` separators. */
export interface SourceFile {
  readonly path: string;
  readonly kind: SourceKind;
  readonly bytes: Buffer;
  /**
   * A document's or layout's text, decoded once when it is read: such a file keeps this rather
   * than its bytes (a 10,000-post site held 67 MB of both), and its `bytes` are made from it
   * again when asked for (`include_relative`).
   */
  readonly text?: string;
  readonly mtimeMs: number;
}

/** A file kept as its text (see `SourceFile.text`). */
export function textFile(path: string, kind: SourceKind, text: string, mtimeMs: number): SourceFile {
  return {
    path,
    kind,
    text,
    mtimeMs,
    get bytes() {
      return Buffer.from(text);
    },
  };
}

/** Whether a file of this kind is split into front matter and body. */
export function hasDocumentKind(kind: SourceKind): boolean {
  return kind !== 'static' && kind !== 'include' && kind !== 'data' && kind !== 'plugin';
}

/** A file with front matter, split into its data and its body. */
export interface Document {
  readonly file: SourceFile;
  readonly data: Readonly<Record<string, unknown>>;
  /** The front matter's own text, to find the line of a key for error messages. */
  readonly frontMatter: string;
  readonly body: string;
  /** 1-based line of the file on which the body starts. */
  readonly bodyLine: number;
  /** Whether the body has template tags or expressions (without, it is not rendered as a template). */
  readonly hasTemplate: boolean;
  /** What Jekyll accepts but kiln reports (an unclosed front matter block). */
  readonly warning?: KilnWarning;
}
