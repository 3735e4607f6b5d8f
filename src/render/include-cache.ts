import { compareRenders, type RenderKey } from './counters.js';
import { type Cell, type Clock, change } from './reads.js';

/** An include's text as a render of it left it, with the highlighted blocks it recorded (tags.ts). */
export interface CachedText {
  readonly text: string;
  readonly placeholders: readonly string[];
  readonly blocks: readonly string[];
}

/** One `{% include_cached %}` of this pass: the render it was in (null: an excerpt's), what it output. */
interface Call {
  readonly key: RenderKey | null;
  readonly made: CachedText;
  /** Whether this call rendered the include (else it took a text already made). */
  readonly fresh: boolean;
}

/**
 * jekyll-include-cache's `{% include_cached %}` across a build. The plugin keeps each include's
 * text by its file and its parameters' values, from the build's first render of it on: every
 * later call takes that text, whatever page it is in (one that reads `page` shows the first
 * page's). The cache is emptied as each build begins, so a build's texts are decided in Jekyll's
 * render order (posts oldest first, collection documents, pages; each body, then its layouts).
 *
 * kiln renders in another order, so, as the counters do (counters.ts), a call takes the text of
 * the earliest render (by key) that made it in this pass, or the one the last pass found first;
 * else it renders the include. A pass stands when each include's earliest call rendered it and
 * every call output that text (`settle`); else the site renders again with those texts. A render
 * that calls the tag reads `cell`, which changes in every pass of a site that uses it, so a watch
 * renders every such render again and keeps the rest.
 */
export class IncludeCache {
  /** Whether a parsed template names the tag (kept from build to build in watch). */
  used = false;
  readonly cell: Cell = { changedAt: 0, takenBy: 0 };
  /** Each include's first render in Jekyll's order and its text, as the last pass found them. */
  private decided = new Map<string, { key: RenderKey; made: CachedText }>();
  /** This pass: the earliest render that made each include, and what it made. */
  private held = new Map<string, { key: RenderKey; made: CachedText }>();
  private calls = new Map<string, Call[]>();
  private record: (cell: Cell) => void = () => {};
  private current: () => RenderKey | null = () => null;

  /** Begins a pass; `current` gives the render running (null: an excerpt, or none). */
  begin(clock: Clock, record: (cell: Cell) => void, current: () => RenderKey | null): void {
    this.record = record;
    this.current = current;
    this.held.clear();
    this.calls.clear();
    if (this.used) change(this.cell, clock);
  }

  /** The text this call takes, if another render made it first; undefined: render the include (`made`). */
  take(id: string): CachedText | undefined {
    this.record(this.cell);
    const key = this.current();
    const held = this.held.get(id);
    const decided = this.decided.get(id);
    let made: CachedText | undefined;
    // An excerpt renders apart from its document's turn: it takes what there is.
    if (key === null) made = held?.made ?? decided?.made;
    else if (held && compareRenders(held.key, key) <= 0) made = held.made;
    else if (decided && compareRenders(decided.key, key) < 0) made = decided.made;
    if (made) this.note(id, { key, made, fresh: false });
    return made;
  }

  /** The include rendered by this call (`take` gave nothing). */
  made(id: string, made: CachedText): void {
    const key = this.current();
    this.note(id, { key, made, fresh: true });
    const held = this.held.get(id);
    if (key && (!held || compareRenders(key, held.key) < 0)) this.held.set(id, { key, made });
  }

  private note(id: string, call: Call): void {
    const calls = this.calls.get(id);
    if (calls) calls.push(call);
    else this.calls.set(id, [call]);
  }

  /**
   * Ends a pass: each include's first call in Jekyll's order decides its text. True when that call
   * rendered it and every call output the same: the pass stands.
   */
  settle(): boolean {
    let same = true;
    const next = new Map<string, { key: RenderKey; made: CachedText }>();
    for (const [id, calls] of this.calls) {
      let first: Call | undefined;
      for (const call of calls) if (call.key && (!first || compareRenders(call.key, first.key!) < 0)) first = call;
      if (!first) continue;
      next.set(id, { key: first.key!, made: first.made });
      if (!first.fresh || calls.some((c) => c.made.text !== first.made.text)) same = false;
    }
    this.decided = next;
    return same;
  }

  /** How many includes were called in this pass (a bound on the passes a build needs). */
  get size(): number {
    return this.calls.size;
  }
}
