import { type Cell, type Clock, change } from './reads.js';

/** Counter values by name, as `{% increment %}` and `{% decrement %}` keep them. */
export type CounterValues = Record<string, number>;

/** A render of a document's body or layouts, in Jekyll's order: by rank, a body before its layouts. */
export interface RenderKey {
  readonly rank: number;
  readonly step: 'body' | 'layouts';
}

/** One render's counters: the values it began with, and those it has now. */
interface Counting {
  readonly key: RenderKey | null;
  values: CounterValues | null;
}

/**
 * `{% increment %}` and `{% decrement %}` across a build. Jekyll keeps the counters in the payload
 * every document of a build renders with, so they run on from one document to the next in render
 * order (posts oldest first, collection documents, pages; each body, then its layouts), and
 * `{{ name }}` reads one where no variable of that name is set. An excerpt renders with a payload
 * of its own: its counters begin at nothing.
 *
 * kiln renders in another order, so each render begins with the values the renders before it (by
 * key) left, as counted in the last pass: a build whose counts move a render's start renders
 * again (`settle`), and only a site whose templates name a counter pays for any of it. A render
 * that counts or reads a counter reads `cell`, which changes in every pass of such a site, so a
 * watch renders those again and keeps the rest.
 */
export class Counters {
  /** The counter names the parsed templates use (kept from build to build in watch). */
  readonly names = new Set<string>();
  readonly cell: Cell = { changedAt: 0, takenBy: 0 };
  /**
   * Which names are counters: read by a render that looked up a name no variable has, which a
   * template parsed after it may make a counter's (a watch build parses templates as they render).
   */
  readonly namesCell: Cell = { changedAt: 0, takenBy: 0 };
  /** Each render's start, by key, as the last pass counted. */
  private starts = new Map<string, CounterValues>();
  /** What each render that counted did in this pass: its start and end. */
  private counted = new Map<string, { key: RenderKey; start: CounterValues; end: CounterValues }>();
  private stack: Counting[] = [];
  private namesAtStart = 0;

  /** Begins a pass: what counted in the last one renders again. */
  begin(clock: Clock, record: (cell: Cell) => void): void {
    this.record = record;
    this.counted.clear();
    this.stack = [];
    if (this.names.size !== this.namesAtStart) change(this.namesCell, clock);
    this.namesAtStart = this.names.size;
    if (this.names.size > 0) change(this.cell, clock);
  }

  /** Notes that the render running now looked up a name no variable has. */
  readNames(): void {
    this.record(this.namesCell);
  }

  private record: (cell: Cell) => void = () => {};

  /** Runs a render with its own counters: those of its key, or (null: an excerpt) none yet. */
  during<T>(key: RenderKey | null, render: () => T): T {
    const counting: Counting = { key, values: null };
    this.stack.push(counting);
    try {
      return render();
    } finally {
      this.stack.pop();
      if (key && counting.values) {
        const id = idOf(key);
        this.counted.set(id, { key, start: this.startOf(id), end: counting.values });
      }
    }
  }

  /** The render running now: null for an excerpt or outside any. */
  renderKey(): RenderKey | null {
    return this.stack.at(-1)?.key ?? null;
  }

  /** The counters of the render running now (null outside any: a template rendered on its own). */
  current(): CounterValues | null {
    const counting = this.stack.at(-1);
    if (!counting) return null;
    this.record(this.cell);
    if (!counting.values) counting.values = { ...(counting.key ? this.startOf(idOf(counting.key)) : {}) };
    return counting.values;
  }

  /**
   * Ends a pass: each render's start from what those before it counted. True when every render
   * that counted began as it should have (and no template named a new counter while the pass
   * ran, which a render before it may have read): the pass stands.
   */
  settle(): boolean {
    const next = new Map<string, CounterValues>();
    const running: CounterValues = {};
    let same = this.names.size === this.namesAtStart;
    const renders = [...this.counted.entries()].sort(([, a], [, b]) => compareRenders(a.key, b.key));
    for (const [id, { start, end }] of renders) {
      const began = { ...running };
      if (!sameValues(began, start)) same = false;
      next.set(id, began);
      for (const [name, value] of Object.entries(end))
        running[name] = (running[name] ?? 0) + value - (start[name] ?? 0);
    }
    this.starts = next;
    return same;
  }

  /** How many renders counted in this pass (a bound on the passes a build needs). */
  get renders(): number {
    return this.counted.size;
  }

  private startOf(id: string): CounterValues {
    return this.starts.get(id) ?? {};
  }
}

const idOf = (key: RenderKey) => `${key.rank}:${key.step}`;

/** Which of two renders Jekyll makes first (negative: `a`). */
export function compareRenders(a: RenderKey, b: RenderKey): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  return a.step === b.step ? 0 : a.step === 'body' ? -1 : 1;
}

function sameValues(a: CounterValues, b: CounterValues): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && a[k] === b[k]);
}
