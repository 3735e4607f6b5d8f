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
 * (own, shared, own, …; one piece when nothing is shared). See `inPieces` in templates/create-environment.ts.
 */
export type Pieces = readonly string[];
