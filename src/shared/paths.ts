/** Orders things by their `path`, as every list kiln hands on is ordered (determinism). */
export function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
