import type { Cell, Reads, Recording } from './reads.js';

/**
 * `output` of a post or collection document: its finished page, layouts applied. Jekyll renders
 * posts oldest first, then each collection's documents in order, then the pages, and a document
 * shows the output of those rendered before it (pages have none). kiln gives the same: a page
 * reads every document's output, a document's layouts read those before it in that order, and
 * every body reads it as empty while bodies render (as it reads `content`). Each output is
 * rendered once per build when first read; its reads count for whatever read it.
 */
export class DocOutputs {
  /** The rank of the document whose output is rendering; pages rank after every document. */
  private current = Number.POSITIVE_INFINITY;
  private readonly done = new Map<number, { text: string; recording: Recording | null }>();
  /** False until every body is rendered. */
  ready = false;

  constructor(
    private readonly reads: Reads,
    /** Which documents there are, in which order (what decides who is rendered before whom). */
    private readonly order: Cell,
    /** Renders whole (another output may be rendering in pieces). */
    private readonly whole: (render: () => string) => string,
  ) {}

  /** Runs a document's own output render at its rank. */
  as<T>(rank: number, render: () => T): T {
    const outer = this.current;
    this.current = rank;
    try {
      return render();
    } finally {
      this.current = outer;
    }
  }

  /** The output of the document at `rank`, as the template rendering now sees it. */
  read(rank: number, render: () => string): string {
    this.reads.record(this.order);
    if (!this.ready || rank >= this.current) return '';
    let known = this.done.get(rank);
    if (!known) {
      const { value, recording } = this.reads.track(() => this.as(rank, () => this.whole(render)));
      this.done.set(rank, (known = { text: value, recording }));
    }
    if (known.recording) this.reads.include(known.recording);
    return known.text;
  }
}
