import { createHash } from 'node:crypto';

/** The content hash kiln records for an output file. */
export function hashBytes(bytes: string | Buffer): string {
  return createHash('sha1').update(bytes).digest('hex');
}

// The shared pieces of the current build (a few large fragments), by the string itself.
const sharedHashes = new Map<string, string>();

/** An own piece of a text in pieces: text, or text and UTF-8 bytes in parts (`Own`, render/types.ts). */
type Own = string | readonly (string | Buffer)[];
/** An own piece's UTF-8 (see write-site.ts): one Buffer, or one per part. */
export type EncodedOwn = Buffer | readonly Buffer[];

/**
 * The hash of a text in pieces (own, shared, own, …): of its bytes when it is one piece, else of
 * its pieces' hashes, each shared piece hashed once. The same text split the same way always has
 * the same hash, and different texts have different hashes, which is all the manifest needs. An
 * own piece in parts (text and bodies' bytes) hashes as its bytes joined, as when it was one text.
 * `encoded`: the pieces already as UTF-8 (the same hash, without encoding them again).
 */
export function hashPieces(pieces: readonly Own[], encoded?: readonly EncodedOwn[]): string {
  if (pieces.length === 1) return hashOwn(pieces[0]!, encoded?.[0]);
  const h = createHash('sha1').update('pieces');
  pieces.forEach((piece, i) => {
    let hash = i % 2 === 1 ? sharedHashes.get(piece as string) : undefined;
    if (hash === undefined) {
      hash = hashOwn(piece, encoded?.[i]);
      if (i % 2 === 1) {
        if (sharedHashes.size >= 4) sharedHashes.clear(); // fragments of builds gone by (each up to 1 MB)
        sharedHashes.set(piece as string, hash);
      }
    }
    h.update(hash);
  });
  return h.digest('hex');
}

function hashOwn(piece: Own, encoded: EncodedOwn | undefined): string {
  if (typeof piece === 'string') return hashBytes((encoded as Buffer | undefined) ?? piece);
  const h = createHash('sha1');
  const parts = encoded as readonly Buffer[] | undefined;
  piece.forEach((part, k) => {
    h.update(parts?.[k] ?? part);
  });
  return h.digest('hex');
}
