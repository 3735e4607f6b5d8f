/** One file of the built site: its path under the destination and its bytes. */
export interface OutputFile {
  readonly path: string;
  /**
   * The bytes, or a function that renders them when the write stage asks for them, so that a
   * large site never holds every page in memory at once. Either way nothing is renamed into
   * place until every output has rendered.
   */
  readonly bytes: Buffer | Pieces | (() => Pieces);
  /** The source file it was made from, for error messages. */
  readonly source: string;
  /** The bytes' hash when already known (a reused output), so writing need not hash again. */
  readonly hash?: string;
  /** Reused bytes that an earlier build already checked (verify need not parse them again). */
  readonly verified?: boolean;
  /** For feeds: which post each URL belongs to, so a broken entry can be named (made only then). */
  readonly postsByUrl?: () => ReadonlyMap<string, string>;
}

/**
 * A rendered text in pieces that joined make the file: own text and shared fragments alternating
 * (own, shared, own, …; one piece when nothing is shared; shared ones are always strings). See
 * `inPieces` in templates/create-environment.ts.
 */
export type Pieces = readonly Own[];

/**
 * A page's own text: a string, or strings and post bodies' UTF-8 bytes in order (a body output
 * bare by its layouts is written as it is, never decoded; the bytes are the same).
 */
export type Own = string | readonly (string | Buffer)[];

/**
 * The text of pieces joined (bodies decoded), for what reads a page as text; `known`: the text of
 * bytes that were made from one (not decoded again).
 */
export function piecesText(pieces: Pieces, known?: (bytes: Buffer) => string | undefined): string {
  let text = '';
  for (const piece of pieces)
    if (typeof piece === 'string') text += piece;
    else for (const part of piece) text += typeof part === 'string' ? part : (known?.(part) ?? part.toString('utf8'));
  return text;
}

/**
 * Marks a post's or collection document's view (render/context.ts): Liquid prints one as Jekyll's
 * document prints itself, its output once rendered, else its content (`{{ site.posts }}` is every
 * post's page), not as a hash.
 */
export const DOCUMENT_VIEW: unique symbol = Symbol('kiln document view');

/**
 * The Ruby class of a value Jekyll gives templates as a Liquid drop, not a Hash (`site`, a static
 * file, an entry of `site.collections`, `jekyll`, `forloop`, `tablerowloop`): Liquid prints one as
 * its class name, `size` of one is 0, `contains` is false, `jsonify` and `inspect` write what the
 * class writes (filters/ruby.ts: dropClass). Posts and documents have DOCUMENT_VIEW instead.
 */
export const DROP_CLASS: unique symbol = Symbol('kiln drop class');

/** The drops kiln models as plain values or its own classes, by their Ruby class. */
export type DropClass =
  | 'Jekyll::Drops::SiteDrop'
  | 'Jekyll::Drops::StaticFileDrop'
  | 'Jekyll::Drops::CollectionDrop'
  | 'Jekyll::Drops::JekyllDrop'
  | 'Liquid::ForloopDrop'
  | 'Liquid::TablerowloopDrop';

/** Marks a value as the drop of a Ruby class (not a key: Object.keys, spreads and JSON leave it out). */
export function markDrop<T extends object>(value: T, cls: DropClass): T {
  return Object.defineProperty(value, DROP_CLASS, { value: cls });
}

/** Marks a page's view (render/context.ts): `{% include_cached %}` tells pages apart by it (one key per page). */
export const PAGE_VIEW: unique symbol = Symbol('kiln page view');

/**
 * Marks `site.tags` and `site.categories` (render/context.ts): Jekyll's Hashes whose default is an
 * empty list, which Liquid asks for an Integer key it does not hold (`site.tags[2021]` is `[]`).
 */
export const EMPTY_LIST_DEFAULT: unique symbol = Symbol('kiln empty list default');
