import { rubyTextCompare } from './ruby-text.js';

/**
 * Orders things by their `path`, as every list kiln hands on is ordered (determinism): by UTF-8
 * bytes, as Ruby sorts names (`ｚ.html` before `🚀.html`).
 */
export function byPath(a: { path: string }, b: { path: string }): number {
  return rubyTextCompare(a.path, b.path);
}

/** Whether two lists hold the same items in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The order that sorts `paths` (indexes into it), as byPath. */
export function pathOrder(paths: readonly string[]): number[] {
  return paths.map((_, i) => i).sort((a, b) => rubyTextCompare(paths[a]!, paths[b]!));
}

/** Each path's place in `paths`; null when a path is there twice. */
export function placesOf(paths: readonly string[]): Map<string, number> | null {
  const places = new Map<string, number>();
  for (let i = 0; i < paths.length; i++) places.set(paths[i]!, i);
  return places.size === paths.length ? places : null;
}

/**
 * The order that sorts `paths` (as `pathOrder`), from the sorted order of an earlier list of
 * distinct paths: the paths still there keep their order, and each new one is put in its place
 * by binary search. A watch rebuild that adds a post adds a path or two to 4,400, which sorting
 * afresh took 3 ms of. Null when more than `most` paths are new (then sorting is cheaper).
 */
export function pathOrderAfter(
  lastPaths: readonly string[],
  lastOrder: readonly number[],
  paths: readonly string[],
  places: ReadonlyMap<string, number>,
  most = 64,
): number[] | null {
  const placed = new Uint8Array(paths.length);
  const order: number[] = [];
  for (const k of lastOrder) {
    const i = places.get(lastPaths[k]!);
    if (i === undefined) continue;
    if (placed[i] === 1) return null; // the earlier list had a path twice
    placed[i] = 1;
    order.push(i);
  }
  if (paths.length - order.length > most) return null;
  for (let i = 0; i < paths.length; i++) {
    if (placed[i] === 1) continue;
    const path = paths[i]!;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rubyTextCompare(paths[order[mid]!]!, path) < 0) lo = mid + 1;
      else hi = mid;
    }
    order.splice(lo, 0, i);
  }
  return order;
}
