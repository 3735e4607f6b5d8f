import { zonedParts } from '../shared/dates.js';

/** Groups posts (newest first) by year in the site's zone: [{ year, items }], newest year first. */
export function groupByYear<T extends { date: number }>(
  posts: readonly T[],
  timeZone: string,
  yearOf: (post: T) => number = (post) => zonedParts(post.date, timeZone).year,
): Array<{ year: number; items: T[] }> {
  const groups: Array<{ year: number; items: T[] }> = [];
  for (const post of posts) {
    const year = yearOf(post);
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.items.push(post);
    else groups.push({ year, items: [post] });
  }
  return groups;
}
