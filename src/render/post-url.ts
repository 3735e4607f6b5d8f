import type { Post } from '../model/types.js';
import { zonedParts } from '../shared/dates.js';

/**
 * Which post `{% post_url NAME %}` names, as Jekyll 4.3 finds it: NAME is `[FOLDERS/]DATE-SLUG`,
 * matching a post at `_posts/FOLDERS/DATE-SLUG.ext` or at `FOLDERS/_posts/DATE-SLUG.ext` (its path
 * inside collections_dir); failing both, any post of that date (in the site's zone) and slug
 * (Jekyll's older rule, which it still takes with a deprecation message: a post under
 * `news/_posts/` named without its folder). Jekyll looks through its posts oldest first;
 * `posts` is newest first. Undefined when none is named.
 */
export function postNamed(posts: readonly Post[], name: string, timeZone: string): number | undefined {
  const m = /^(.+\/)*(\d+-\d+-\d+)-(.*)$/.exec(name.replace(/^\//, ''));
  if (!m) return undefined;
  const folders = literal(m[1] ?? '');
  const file = `${m[2]}-${literal(m[3]!)}\\.[^.]+`;
  const path = new RegExp(`^_posts/${folders}${file}|^${folders}_posts/?${file}`);
  for (let i = posts.length - 1; i >= 0; i--) if (path.test(posts[i]!.relativePath)) return i;
  const [year, month, day] = m[2]!.split('-').map(Number);
  for (let i = posts.length - 1; i >= 0; i--) {
    const post = posts[i]!;
    if (post.slug !== m[3]) continue;
    const at = zonedParts(post.date, timeZone);
    if (at.year === year && at.month === month && at.day === day) return i;
  }
  return undefined;
}

/** A text as a pattern that matches it literally. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
