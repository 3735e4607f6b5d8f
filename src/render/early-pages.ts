import type { Reads } from './reads.js';
import type { Pieces } from './types.js';

/**
 * Characters of post pages (their own text, bodies aside) kept from their early render until
 * they are written. At 4,000 posts of the benchmark job they take about 10 million; beyond the
 * budget, pages render in their turn, so a larger site holds no more.
 */
const BUDGET = 16_000_000;
/** Early renders that read something not final, after which no more are tried (the layouts read other bodies). */
const MAX_MISSES = 16;

/**
 * Post pages rendered while Markdown workers still render other posts' bodies (a clean build with
 * a pool): the page of a post whose body is finished is rendered at once, on a thread that would
 * otherwise wait. A page is kept only when it read nothing that is not final yet: the bodies of
 * unfinished posts, any page's or document's content, any `output` (reads.ts, context.ts stop the
 * render when it does). What it read is then what it would read in its turn, so its bytes are
 * the same; every other render (one that stopped, or failed) is made again in its turn, where its
 * error is reported as any other.
 */
export class EarlyPages {
  private readonly pages = new Map<number, Pieces>();
  private chars = 0;
  private misses = 0;
  private begun = false;

  constructor(
    private readonly reads: Reads,
    /** Called before the first early render (shared fragments are rendered once from then on). */
    private readonly begin: () => void,
    /** Writes a page's bytes at once (false: it did not, the page is kept). */
    private readonly write: (path: string, pieces: Pieces) => boolean = () => false,
  ) {}

  /**
   * Renders post `i`'s page (its output `path`) now, if it may be rendered at all yet. A feed
   * (.xml) is left to its turn, where it is checked before anything is written.
   */
  render(path: string, i: number, render: () => Pieces): void {
    if (path.endsWith('.xml')) return;
    if (this.misses >= MAX_MISSES || this.chars >= BUDGET) return;
    if (!this.begun) {
      this.begun = true;
      this.begin();
    }
    const reads = this.reads;
    reads.early = true;
    reads.readNotFinal = false;
    let pieces: Pieces | null = null;
    try {
      pieces = render();
    } catch {
      // Not final, or the template's own error, which its render in its turn reports.
    } finally {
      reads.early = false;
    }
    if (pieces === null || reads.readNotFinal) {
      this.misses++;
      return;
    }
    if (this.write(path, pieces)) return;
    this.pages.set(i, pieces);
    this.chars += ownLength(pieces);
  }

  /** Post `i`'s page rendered early and kept (then let go), or undefined. */
  take(i: number): Pieces | undefined {
    const pieces = this.pages.get(i);
    this.pages.delete(i);
    return pieces;
  }
}

/** The characters of a page's own pieces (shared ones and bodies' bytes are kept anyway). */
function ownLength(pieces: Pieces): number {
  let n = 0;
  pieces.forEach((piece, k) => {
    if (k % 2 === 1) return;
    if (typeof piece === 'string') n += piece.length;
    else for (const part of piece) if (typeof part === 'string') n += part.length;
  });
  return n;
}
