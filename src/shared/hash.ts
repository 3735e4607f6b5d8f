import { createHash } from 'node:crypto';

/** The content hash kiln records for an output file. */
export function hashBytes(bytes: string | Buffer): string {
  return createHash('sha1').update(bytes).digest('hex');
}

// The shared pieces of the current build (a few large fragments), by the string itself.
const sharedHashes = new Map<string, string>();

/**
 * The hash of a text in pieces (own, shared, own, …): of its bytes when it is one piece, else of
 * its pieces' hashes, each shared piece hashed once. The same text split the same way always has
 * the same hash, and different texts have different hashes, which is all the manifest needs.
 * `encoded`: the pieces already as UTF-8 (the same hash, without encoding them again).
 */
export function hashPieces(pieces: readonly string[], encoded?: readonly Buffer[]): string {
  if (pieces.length === 1) return hashBytes(encoded?.[0] ?? pieces[0]!);
  const h = createHash('sha1').update('pieces');
  pieces.forEach((piece, i) => {
    let hash = i % 2 === 1 ? sharedHashes.get(piece) : undefined;
    if (hash === undefined) {
      hash = hashBytes(encoded?.[i] ?? piece);
      if (i % 2 === 1) {
        if (sharedHashes.size >= 4) sharedHashes.clear(); // fragments of builds gone by (each up to 1 MB)
        sharedHashes.set(piece, hash);
      }
    }
    h.update(hash);
  });
  return h.digest('hex');
}
