/**
 * A pure text filter's results on long inputs, kept between the builds of one watch: a feed
 * escapes the same hundred post bodies on every save, though at most one of them changed. Results
 * the last build did not use are dropped.
 */
export class KeptResults {
  private last = new Map<string, string>();
  private next = new Map<string, string>();

  /** `filter(input)`, from an earlier build when it had the same input (the same text). */
  of(input: string, filter: (input: string) => string): string {
    if (input.length < LONG_INPUT) return filter(input);
    let result = this.next.get(input) ?? this.last.get(input);
    if (result === undefined) result = filter(input);
    this.next.set(input, result);
    return result;
  }

  /** A build is done: from now on only what it used is kept. */
  endBuild(): void {
    this.last = this.next;
    this.next = new Map();
  }
}

// Shorter inputs (titles, names) are filtered again: cheaper than looking them up.
const LONG_INPUT = 1024;
