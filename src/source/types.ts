import type { KilnWarning } from '../shared/errors.js';
import { readAfterLetGo } from '../shared/let-go.js';

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
  /** A file of the site's theme (`_layouts/`, `_includes/`, `assets/` of the theme gem). */
  readonly fromTheme?: true;
  /**
   * A post or draft that is not UTF-8: left out of the site with this warning, as Jekyll leaves
   * it out (it logs that it could not read the file, and goes on).
   */
  readonly unreadable?: KilnWarning;
}

/** A file kept as its text (see `SourceFile.text`). */
export function textFile(path: string, kind: SourceKind, text: string, mtimeMs: number): SourceFile {
  return new TextFile(path, kind, text, mtimeMs);
}

class TextFile implements SourceFile {
  /** Null once a clean build let it go (`dropText`). */
  kept: string | null;

  constructor(
    readonly path: string,
    readonly kind: SourceKind,
    text: string,
    readonly mtimeMs: number,
  ) {
    this.kept = text;
  }

  get text(): string {
    if (this.kept === null) throw readAfterLetGo(this.path, 'text');
    return this.kept;
  }

  get bytes(): Buffer {
    return Buffer.from(this.text);
  }
}

/**
 * Lets a document's text go: a clean build does once a post's body and excerpt are rendered, as
 * nothing reads them again (see `textDropped` for `include_relative`).
 */
export function dropText(doc: Document): void {
  if (doc.file instanceof TextFile) doc.file.kept = null;
  doc.dropBody();
}

/**
 * Takes a document's text back after `dropText`, as its file holds it now with its `body`: a
 * build that must render it again (a second pass, render/counters.ts).
 */
export function keepTextAgain(doc: Document, text: string, body: string): void {
  if (doc.file instanceof TextFile) doc.file.kept = text;
  if (doc instanceof ParsedDocument) doc.keepBody(body);
}

/**
 * Whether the build let this file's text go: `include_relative` then reads the file from the
 * source folder, as Jekyll's does at the time it renders.
 */
export function textDropped(file: SourceFile): boolean {
  return file instanceof TextFile && file.kept === null;
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
  /** Lets the body go (`dropText`): reading it then throws. */
  dropBody(): void;
}

/**
 * A document as front-matter.ts makes it. Its body is a field of its own behind a getter, so that
 * letting it go keeps the object as it is (an accessor defined on each document made every one a
 * dictionary, 4.5 MB of a 10,000-post build's heap).
 */
export class ParsedDocument implements Document {
  private kept: string | null;

  constructor(
    readonly file: SourceFile,
    readonly data: Readonly<Record<string, unknown>>,
    readonly frontMatter: string,
    body: string,
    readonly bodyLine: number,
    readonly hasTemplate: boolean,
    readonly warning?: KilnWarning,
  ) {
    this.kept = body;
  }

  get body(): string {
    if (this.kept === null) throw readAfterLetGo(this.file.path, 'body');
    return this.kept;
  }

  dropBody(): void {
    this.kept = null;
  }

  keepBody(body: string): void {
    this.kept = body;
  }
}
