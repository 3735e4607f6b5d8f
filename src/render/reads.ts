/**
 * Recorded reads. Everything a template can see (`site`, its lists, the views of posts and pages,
 * `site.data`, the paginator, `site.time`) is handed out through the proxies made here, and each
 * read marks the cell it came from in the recording that is open (an output, a body, a shared
 * fragment). A cell knows the build in which its value last changed; a recording made in an
 * earlier build still holds while none of its cells changed since it was last checked. Two builds
 * whose outputs read the same values write the same bytes, so a rebuild may reuse them.
 */

import { keysAsIn } from '../shared/yaml-keys.js';

/** One thing templates can read. `changedAt`: the build in which its value last changed. */
export interface Cell {
  changedAt: number;
  /** The recordings that read it and have not been found stale since (see `change`). */
  readers?: Readers;
  /** The recording (by its stamp, see `Reads.record`) that last took it among its cells. */
  takenBy: number;
}

/** A cell's readers, and the length at which the list is next swept of recordings no longer in use. */
interface Readers {
  list: Recording[];
  sweepAt: number;
}

/** What a render read, and the build it was last found unchanged in. */
export interface Recording {
  readonly cells: readonly Cell[];
  /**
   * The recordings of the shared fragments (includes rendered once per build) known when it was made:
   * a fragment is rendered or taken from the memo the first time a build uses it, so every one
   * the render used is among them.
   */
  readonly fragments: readonly Recording[];
  verifiedAt: number;
  /** A cell it read changed after it was last found to hold (or it was swept from a cell's readers): it holds no more. */
  stale: boolean;
  /** The last build in which a cell it read changed while it was among that cell's readers (see `change`). */
  heardAt?: number;
  /** A shared fragment's, once it is stale: the last build in which any of its cells changed, found at a count of changes. */
  lastChange?: { changes: number; at: number };
}

const newCell = (): Cell => ({ changedAt: 0, takenBy: 0 });

/**
 * Numbers recordings, so that a cell knows whether the open one has it already: a set of the cells
 * (a hash of each, growing with thousands of them) was a third of an archive's render.
 */
let stamps = 0;

/** The build cells change in, and a count of every change made (what was derived from cells holds until it moves). */
export interface Clock {
  readonly build: number;
  changes: number;
}

/**
 * Marks a cell changed in this build, and the recordings that read it stale, so that checking a
 * recording costs the same however much it read. A recording already found to hold in this build
 * holds in it still (what it read was as it had been), and stays a reader.
 */
export function change(cell: Cell, clock: Clock): void {
  cell.changedAt = clock.build;
  clock.changes++;
  const list = cell.readers?.list;
  if (!list) return;
  let kept = 0;
  for (const r of list) {
    r.heardAt = clock.build;
    if (r.verifiedAt < clock.build) r.stale = true;
    else list[kept++] = r;
  }
  list.length = kept;
}

/**
 * Adds a recording to the readers of each cell it read. A list that has grown to twice what its
 * last sweep kept is swept of recordings not found to hold in this build or the last (a render made
 * again leaves its old recording behind): those are marked stale, as they would no longer hear of
 * a change.
 */
function addReader(recording: Recording, clock: Clock): void {
  for (const cell of recording.cells) {
    const readers = (cell.readers ??= { list: [], sweepAt: 64 });
    readers.list.push(recording);
    if (readers.list.length < readers.sweepAt) continue;
    readers.list = readers.list.filter((r) => {
      const live = !r.stale && r.verifiedAt >= clock.build - 1;
      if (!live) r.stale = true;
      return live;
    });
    readers.sweepAt = Math.max(64, 2 * readers.list.length);
  }
}

/**
 * The cells of one object templates see, field by field: a view of a post or a page, a paginator.
 * Its `target` is replaced when the object is made again; fields whose values differ change then.
 */
export class FieldCells {
  readonly fields = new Map<string, Cell>();
  /** The set of its keys (`for k in post`, `jsonify`). */
  readonly keys = newCell();
  target: Record<string, unknown> | null = null;

  field(key: string): Cell {
    let cell = this.fields.get(key);
    if (cell === undefined) this.fields.set(key, (cell = newCell()));
    return cell;
  }

  /** Takes the object as it is in this build (`skip`: keys with cells of their own). */
  retarget(target: Record<string, unknown>, clock: Clock, skip?: ReadonlySet<string>): void {
    const old = this.target;
    this.target = target;
    if (old === null || old === target) return;
    for (const [key, cell] of this.fields) {
      if (skip?.has(key)) continue;
      if (key in old !== key in target || !sameValue(old[key], target[key])) change(cell, clock);
    }
    const a = Object.keys(old),
      b = Object.keys(target);
    if (a.length !== b.length || a.some((k, i) => k !== b[i])) change(this.keys, clock);
  }

  changeAll(clock: Clock): void {
    for (const cell of this.fields.values()) change(cell, clock);
    change(this.keys, clock);
  }
}

/** A list (site.posts, site.pages, …) read as a whole: its length, order and members. */
export class ListCell implements Cell {
  changedAt = 0;
  readers?: Readers;
  takenBy = 0;
  private last: readonly unknown[] | null = null;

  /** The list's members in this build (compared by identity with the last build's). */
  update(members: readonly unknown[], clock: Clock): void {
    const last = this.last;
    if (last !== null && (last.length !== members.length || last.some((m, i) => m !== members[i]))) change(this, clock);
    this.last = members;
  }
}

/** A single value: compared with the last build's (`===`, or equal as data). */
export class ValueCell implements Cell {
  changedAt = 0;
  readers?: Readers;
  takenBy = 0;
  private last: unknown;
  private known = false;

  /** Whether it holds this very value already. */
  holds(value: unknown): boolean {
    return this.known && this.last === value;
  }

  update(value: unknown, clock: Clock, equal: (a: unknown, b: unknown) => boolean = sameValue): void {
    if (this.known && !equal(this.last, value)) change(this, clock);
    this.last = value;
    this.known = true;
  }
}

/**
 * The recordings of one watch (or of one clean build, which keeps none), and the recording open
 * now. `build` counts builds; cells changed in a build carry its number.
 */
export class Reads implements Clock {
  build = 0;
  changes = 0;
  /** While post bodies render, no post is finished: content and excerpt are rendered when read. */
  bodiesPhase = false;
  /** The cells of the recording open now, each once, and its stamp. */
  private open: Cell[] | null = null;
  private stamp = 0;
  private fragmentsSoFar: Recording[] = [];

  /** `keep`: false in a clean build, which reuses nothing and so records nothing. */
  constructor(readonly keep: boolean) {}

  /** A new build: cells that change from now on change in it. */
  begin(): void {
    this.build++;
    this.fragmentsSoFar = [];
    this.bodiesPhase = false;
  }

  record(cell: Cell): void {
    // A cell another recording took since (one rendered inside this one) may come twice: harmless.
    if (this.open === null || cell.takenBy === this.stamp) return;
    cell.takenBy = this.stamp;
    this.open.push(cell);
  }

  /** Whether a recording is open (reads need not find their cells otherwise). */
  get recording(): boolean {
    return this.open !== null;
  }

  /** Runs a render with a recording of its own, and returns it with the result. */
  track<T>(render: () => T): { value: T; recording: Recording | null } {
    if (!this.keep) return { value: render(), recording: null };
    const outer = this.open;
    const outerStamp = this.stamp;
    const cells: Cell[] = [];
    this.open = cells;
    this.stamp = ++stamps;
    try {
      const value = render();
      const recording = {
        cells,
        fragments: [...this.fragmentsSoFar],
        verifiedAt: this.build,
        stale: false,
      };
      addReader(recording, this);
      return { value, recording };
    } finally {
      this.open = outer;
      this.stamp = outerStamp;
    }
  }

  /** What another render read counts for the recording open now (it used that render's result). */
  include(recording: Recording): void {
    for (const cell of recording.cells) this.record(cell);
  }

  /** A shared fragment was rendered (or reused) in this build with these reads. */
  addFragment(recording: Recording): void {
    this.fragmentsSoFar.push(recording);
  }

  /** Whether nothing a recording read has changed since it was last checked; if so it holds in this build. */
  holds(recording: Recording | null | undefined): boolean {
    if (!recording || recording.stale) return false;
    const at = recording.verifiedAt;
    for (const fragment of recording.fragments) if (this.lastChange(fragment) > at) return false;
    recording.verifiedAt = this.build;
    return true;
  }

  /**
   * The last build in which any of a fragment's cells changed since it was made (thousands for an
   * archive, checked by every page after it). While it is not stale it is a reader of every cell
   * it read, and heard of each change; a stale one (no longer a reader of all) is looked up, again
   * only after a cell changed. Changes from before it was made are older than any recording that
   * uses it.
   */
  private lastChange(fragment: Recording): number {
    if (!fragment.stale) return fragment.heardAt ?? 0;
    const known = fragment.lastChange;
    if (known?.changes === this.changes) return known.at;
    let at = 0;
    for (const cell of fragment.cells) if (cell.changedAt > at) at = cell.changedAt;
    fragment.lastChange = { changes: this.changes, at };
    return at;
  }
}

/** Whether two values read the same to a template: equal primitives, dates, arrays and plain objects. */
export function sameValue(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > 20) return false;
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.constructor === b.constructor && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a),
    kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i]) return false;
    if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth + 1)) return false;
  }
  return true;
}

/** A proxy that marks `cell` on every read of a list or map (length, index, keys, iteration, methods). */
export function recordedWhole<T extends object>(reads: Reads, whole: T, cell: Cell): T {
  const mark = () => reads.record(cell);
  const view = new Proxy(whole, {
    get(t, key, receiver) {
      mark();
      return Reflect.get(t, key, receiver);
    },
    has(t, key) {
      mark();
      return Reflect.has(t, key);
    },
    ownKeys(t) {
      mark();
      return Reflect.ownKeys(t);
    },
    getOwnPropertyDescriptor(t, key) {
      mark();
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
  });
  // A hash with keys that were numbers (`site.tags`' 2024) answers for them as `whole` does.
  keysAsIn(view, whole);
  return view;
}

/**
 * A proxy over an object whose fields are read one by one. `special` serves keys that have cells
 * of their own (a post's content, its neighbours, the paginator's posts); it returns NOT_MINE for
 * the others.
 */
export function recordedObject<T extends Record<string, unknown>>(
  reads: Reads,
  target: T,
  cells: FieldCells,
  special?: (key: string) => unknown,
): T {
  const handler = new FieldReads<Fields>(reads, cells, special);
  const view = new Proxy(target, handler as ProxyHandler<T>);
  keysAsIn(view, target);
  const proto = Object.getPrototypeOf(target);
  if (proto === Object.prototype || proto === null) fieldReaders.set(view, { target, handler });
  return view;
}

type Fields = Record<string, unknown>;

/** Reads a view's own field as Liquid's own-fields rule finds it through the view's traps, recorded alike. */
export interface OwnFieldReader {
  own(target: Fields, key: string): unknown;
}

/** The reader and target behind each recordedObject over a plain object, and the site's views (see readOwnField). */
const fieldReaders = new WeakMap<object, { target: Fields; handler: OwnFieldReader }>();

/** Lets readOwnField read `view`, a proxy over `target` (kiln's `site` and `site.data`), through `reader`. */
export function readOwnFieldsBy(view: object, target: Fields, reader: OwnFieldReader): void {
  fieldReaders.set(view, { target, handler: reader });
}

/** What readOwnField gives for an object that is no recordedObject over a plain object. */
export const NOT_A_VIEW = Symbol('not a view');

/**
 * A view's own field `key` as a template engine that reads own properties only (Liquid) sees it
 * through the proxy, recorded as the proxy records it (a field not there too), with one call in
 * place of the proxy's traps: a descriptor's, then the value's. NOT_A_VIEW for any other object.
 */
export function readOwnField(view: object, key: string): unknown {
  const reader = fieldReaders.get(view);
  // Liquid would read the object's `toLiquid` before the field: such a view takes the proxy's way.
  if (reader === undefined || Object.hasOwn(reader.target, 'toLiquid')) return NOT_A_VIEW;
  return reader.handler.own(reader.target, key);
}

/**
 * recordedObject's handler: one object with its methods on the prototype, not a handler of
 * closures for each proxy (a site's posts and pages each have one: at 10,000 posts the closures
 * and their contexts were 3 MB of the heap).
 */
class FieldReads<T extends Record<string, unknown>> implements ProxyHandler<T> {
  constructor(
    private readonly reads: Reads,
    private readonly cells: FieldCells,
    private readonly special: ((key: string) => unknown) | undefined,
  ) {}

  get(t: T, key: string | symbol): unknown {
    return this.read(t, key);
  }

  has(t: T, key: string | symbol): boolean {
    if (typeof key === 'string' && this.reads.recording) this.reads.record(this.cells.field(key));
    return Reflect.has(t, key);
  }

  ownKeys(t: T): ArrayLike<string | symbol> {
    this.reads.record(this.cells.keys);
    return Reflect.ownKeys(t);
  }

  getOwnPropertyDescriptor(t: T, key: string | symbol): PropertyDescriptor | undefined {
    const d = Reflect.getOwnPropertyDescriptor(t, key);
    if (d && 'value' in d) return { ...d, value: this.read(t, key) };
    // Liquid asks whether a field is there before it reads it: a field that is not there is read
    // too (as nothing), so that the render is made again when an edit adds it.
    if (d === undefined && typeof key === 'string' && this.reads.recording) this.reads.record(this.cells.field(key));
    return d;
  }

  /** The field if `t` has it as its own, else undefined; recorded either way. */
  own(t: T, key: string): unknown {
    if (Object.hasOwn(t, key)) return this.read(t, key);
    if (this.reads.recording) this.reads.record(this.cells.field(key));
    return undefined;
  }

  private read(t: T, key: string | symbol): unknown {
    if (typeof key !== 'string') return t[key as keyof T];
    if (this.special) {
      const v = this.special(key);
      if (v !== NOT_MINE) return v;
    }
    if (this.reads.recording) this.reads.record(this.cells.field(key));
    return t[key];
  }
}

export const NOT_MINE = Symbol('not mine');
