import type { Post } from '../model/types.js';
import { zonedParts } from '../shared/dates.js';
import { KilnError } from '../shared/errors.js';

/**
 * Which post `{% post_url NAME %}` names, as Jekyll 4.3 finds it: NAME is `[FOLDERS/]DATE-SLUG`,
 * matching a post at `_posts/FOLDERS/DATE-SLUG.ext` or at `FOLDERS/_posts/DATE-SLUG.ext` (its path
 * inside collections_dir); failing both, any post of that date (in the site's zone) and slug
 * (Jekyll's older rule, which it still takes with a deprecation message: a post under
 * `news/_posts/` named without its folder). A name with its extension (`DATE-SLUG.md`) names no
 * post, as in Jekyll. Jekyll looks through its posts oldest first; `posts` is newest first.
 * Undefined when none is named; a name without a date, or (once the older rule meets a post of
 * its slug) with a date Ruby's Time.parse refuses, is Jekyll's error.
 */
export function postNamed(posts: readonly Post[], name: string, timeZone: string): number | undefined {
  const m = /^(.+\/)*(\d+-\d+-\d+)-(.*)$/.exec(name.replace(/^\//, ''));
  if (!m)
    throw new KilnError(
      `Could not parse name of post "${name}" in tag 'post_url'. Make sure the post exists and the name is correct: '${name}' does not contain valid date and/or title.`,
    );
  const folders = literal(m[1] ?? '');
  const file = `${m[2]}-${literal(m[3]!)}\\.[^.]+`;
  const path = new RegExp(`^_posts/${folders}${file}|^${folders}_posts/?${file}`);
  for (let i = posts.length - 1; i >= 0; i--) if (path.test(posts[i]!.relativePath)) return i;
  let date: ReturnType<typeof parsedDate> | undefined;
  for (let i = posts.length - 1; i >= 0; i--) {
    const post = posts[i]!;
    if (post.slug !== m[3]) continue;
    date ??= parsedDate(m[2]!); // only a post of the slug asks for the date
    const at = zonedParts(post.date, timeZone);
    if (at.year === date.year && at.month === date.month && at.day === date.day) return i;
  }
  return undefined;
}

/**
 * `Y-M-D` as Ruby's Time.parse reads it: a year of one or two digits in this century or the last
 * (`26` is 2026, `70` 1970), a day past its month's end into the next month (`2026-02-30` is March
 * 2); a month outside 1–12 or a day outside 1–31 is Jekyll's "Invalid date" error.
 */
function parsedDate(text: string): { year: number; month: number; day: number } {
  const [y, mo, d] = text.split('-');
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31)
    throw new KilnError(`Invalid date '${text}': '${text}' does not contain valid date and/or title.`);
  let year = Number(y);
  if (y!.length <= 2) year += year >= 69 ? 1900 : 2000;
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

/** A text as a pattern that matches it literally. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
