/**
 * Ruby's Array#sort and #sort_by as Ruby 3.1 runs them on Linux: glibc's qsort_r, a merge sort that
 * splits a list into its first n/2 items and the rest, sorts both, and merges them taking the left
 * item unless it compares greater. Where `<=>` is no order (Jekyll's `sort` puts 9 before 10 as
 * numbers but "10" before "8.0.1" before "9" as texts), the order is the one this makes, which
 * JavaScript's sort does not. Sorts the list in place and returns it.
 */
export function rubySort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  const merged = new Array<T>(list.length);
  const sort = (from: number, n: number): void => {
    if (n <= 1) return;
    const half = Math.floor(n / 2);
    sort(from, half);
    sort(from + half, n - half);
    let left = from;
    let right = from + half;
    let k = 0;
    while (left < from + half && right < from + n)
      merged[k++] = compare(list[left]!, list[right]!) <= 0 ? list[left++]! : list[right++]!;
    // What is left of the right half is in its place already.
    while (left < from + half) merged[k++] = list[left++]!;
    for (let i = 0; i < k; i++) list[from + i] = merged[i]!;
  };
  sort(0, list.length);
  return list;
}
