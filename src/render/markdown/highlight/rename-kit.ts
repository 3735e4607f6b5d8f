// What a rename of a grammar's or lexer's classes to an oracle's is made of (grammar-classes.ts).

export type Piece = readonly [cls: string, text: string];

/**
 * A span's (escaped) text in pieces with the oracle's classes, by the class kiln gives, the next
 * character of the HTML (a following span's `<`), the class and text of the span before it (if
 * only blanks stand between) and scratch state for one block.
 */
export type Rename = (
  cls: string,
  text: string,
  after: string,
  before: string,
  beforeText: string,
  state: Record<string, number>,
) => readonly Piece[];

/** The piece as it is. */
export const same = (cls: string, text: string): Piece[] => [[cls, text]];

/** Each of `text`'s pieces (by `re`) in the class `classOf` gives it. */
export const split = (text: string, re: RegExp, classOf: (piece: string) => string): Piece[] =>
  (text.match(re) ?? []).map((piece) => [classOf(piece), piece]);

/** A rename by class alone. */
export const byClass =
  (table: Readonly<Record<string, string>>): Rename =>
  (cls, text) => [[table[cls] ?? cls, text]];
