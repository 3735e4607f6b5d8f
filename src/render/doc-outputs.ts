import type { Counters } from './counters.js';
import type { Cell, Reads, Recording } from './reads.js';

/** What of a document is rendering: its body (template and Markdown), or its layouts. */
export type RenderStep = 'body' | 'layouts';

/**
 * The order Jekyll renders in, and what templates see of it. Jekyll renders posts oldest first,
 * then each collection's documents in order, then the pages, each whole (body, then layouts)
 * before the next. A document's `content` is its source's body until its body is converted, and
 * its `output` (its finished page) is nil until it is done: a template sees those rendered before
 * the one rendering as finished, that one's converted body in its layouts, and the others as
 * written. kiln renders in another order (every body first, with Markdown in a worker), so what a
 * template sees is decided by rank: each document's place in Jekyll's order. An output read is
 * rendered once per build when first read; its reads count for whatever read it.
 */
export class DocOutputs {
  /** The rank of the document rendering, and what of it; pages rank after every document. */
  private current = Number.POSITIVE_INFINITY;
  private step: RenderStep = 'layouts';
  private readonly done = new Map<number, { text: string; recording: Recording | null }>();

  constructor(
    private readonly reads: Reads,
    /** Which documents there are, in which order (what decides who is rendered before whom). */
    private readonly order: Cell,
    /** Renders whole (another output may be rendering in pieces). */
    private readonly whole: (render: () => string) => string,
    /** `{% increment %}` counters, which run on in this order too. */
    private readonly counters?: Counters,
  ) {}

  /** Runs a step of the render of the document at `rank`. */
  as<T>(rank: number, step: RenderStep, render: () => T): T {
    const [outer, outerStep] = [this.current, this.step];
    this.current = rank;
    this.step = step;
    try {
      return this.counters ? this.counters.during({ rank, step }, render) : render();
    } finally {
      this.current = outer;
      this.step = outerStep;
    }
  }

  /** Whether the template rendering now sees the document at `rank` converted (its `content`). */
  rendered(rank: number): boolean {
    this.reads.record(this.order);
    return rank < this.current || (rank === this.current && this.step === 'layouts');
  }

  /** The output of the document at `rank`, as the template rendering now sees it: nil before it is done. */
  read(rank: number, render: () => string): string | null {
    this.reads.record(this.order);
    if (rank >= this.current) return null;
    let known = this.done.get(rank);
    if (!known) {
      const { value, recording } = this.reads.track(() => this.as(rank, 'layouts', () => this.whole(render)));
      this.done.set(rank, (known = { text: value, recording }));
    }
    if (known.recording) this.reads.include(known.recording);
    return known.text;
  }
}
