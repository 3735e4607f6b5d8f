/**
 * A pure text filter's results on long inputs, kept between the builds of one watch: a feed
 * escapes the same hundred post bodies on every save that renders it, though at most one of them
 * changed. Results the last build that used any did not use are dropped.
 */
export class KeptResults {
  private last = new Map<string, string>();
  private next = new Map<string, string>();
  // The UTF-8 of long results, made when first asked for (the bytes an output in pieces holds).
  private lastBytes = new Map<string, Buffer | null>();
  private nextBytes = new Map<string, Buffer | null>();
  private readonly texts = new WeakMap<Buffer, string>();

  /**
   * `filter(input)`, from an earlier build when it had the same input (the same text); a long
   * input this process has not filtered goes through `keep` (what builds keep on disk, kept.ts).
   */
  of(input: string, filter: (input: string) => string, keep?: (input: string, make: () => string) => string): string {
    if (input.length < LONG_INPUT) return filter(input);
    let result = this.next.get(input) ?? this.last.get(input);
    if (result === undefined) result = keep ? keep(input, () => filter(input)) : filter(input);
    this.next.set(input, result);
    return result;
  }

  /**
   * A long text's UTF-8, the same Buffer while the text is kept; null for a short text, or one
   * with a lone surrogate (encoded alone it would not give the bytes it gives inside the page).
   */
  bytesOf(text: string): Buffer | null {
    if (text.length < LONG_INPUT) return null;
    let bytes = this.nextBytes.get(text);
    if (bytes === undefined) bytes = this.lastBytes.get(text);
    if (bytes === undefined) {
      bytes = LONE_SURROGATE.test(text) ? null : Buffer.from(text);
      if (bytes) this.texts.set(bytes, text);
    }
    this.nextBytes.set(text, bytes);
    return bytes;
  }

  /** The text `bytesOf` gave these bytes for, while they are kept. */
  textOf(bytes: Buffer): string | undefined {
    return this.texts.get(bytes);
  }

  /**
   * A build is done: from now on only what it used is kept. A build that filtered no long input
   * (a save that rendered no feed again: the index pages, a post not in the feed) keeps what the
   * last one used.
   */
  endBuild(): void {
    if (this.next.size === 0 && this.nextBytes.size === 0) return;
    this.last = this.next;
    this.next = new Map();
    this.lastBytes = this.nextBytes;
    this.nextBytes = new Map();
  }
}

// Shorter inputs (titles, names) are filtered again: cheaper than looking them up.
const LONG_INPUT = 1024;
// With the u flag a surrogate matches only when it is not half of a pair.
const LONE_SURROGATE = /\p{Cs}/u;
