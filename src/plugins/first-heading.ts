/**
 * The heading jekyll-titles-from-headings takes a title from. Its rule is about the text, not
 * Markdown's parse (kiln follows the rule, so that titles are the plugin's): after any white
 * space at the start, either an ATX heading of level 1 to 3 (`#` to `###` and white space,
 * which may run over lines; the text is the rest of that line, a closing `##` included), or a
 * line underlined by a line of `-` and `=` (mixed, any number) with only white space after them.
 * A heading after anything else, a `####` heading, or `#title` is none. `end`: where the heading
 * ends, for `strip_title` (an ATX heading followed by white space and a line of one to three `#`
 * takes that line too).
 *
 * White space is Ruby's `\s` (space, tab, CR, LF, FF, VT); a line ends at LF only (a CR before it
 * is part of the line's text).
 */
export function firstHeading(text: string): { text: string; end: number } | null {
  let lead = 0;
  while (lead < text.length && isSpace(text, lead)) lead++;
  // The white space before the heading may be taken shorter: from the longest on, as Ruby tries it.
  for (let at = lead; at >= 0; at--) {
    const found = atxAt(text, at) ?? underlinedAt(text, at);
    if (found) return found;
  }
  return null;
}

/** `#`, `##` or `###`, white space, the rest of the line. */
function atxAt(text: string, at: number): { text: string; end: number } | null {
  let hashes = 0;
  while (text[at + hashes] === '#') hashes++;
  if (hashes < 1 || hashes > 3 || !isSpace(text, at + hashes)) return null;
  let from = at + hashes;
  while (from < text.length && isSpace(text, from)) from++;
  const eol = lineEnd(text, from);
  return { text: text.slice(from, eol), end: closingLineEnd(text, eol) ?? eol };
}

/** After an ATX heading's line: white space then one to three `#` ending a line, taken with the heading. */
function closingLineEnd(text: string, eol: number): number | null {
  let at = eol;
  while (at < text.length && isSpace(text, at)) at++;
  if (at === eol) return null;
  let hashes = 0;
  while (text[at + hashes] === '#') hashes++;
  const end = at + hashes;
  return hashes >= 1 && hashes <= 3 && (end === text.length || text[end] === '\n') ? end : null;
}

/** A line (its text the heading's) followed by a line of `-` and `=` with only white space after them. */
function underlinedAt(text: string, at: number): { text: string; end: number } | null {
  const eol = lineEnd(text, at);
  if (eol >= text.length) return null;
  let at2 = eol + 1;
  const marks = at2;
  while (text[at2] === '-' || text[at2] === '=') at2++;
  if (at2 === marks) return null;
  // White space up to the end of that line (or of the text): the heading ends at the last line end
  // inside the white space that follows, or at the text's end when it runs there.
  let after = at2;
  let end = -1;
  while (after < text.length && isSpace(text, after)) {
    if (text[after] === '\n') end = after;
    after++;
  }
  if (after === text.length) end = after;
  if (end < 0) return null;
  return { text: text.slice(at, eol), end };
}

/** The index of the LF ending the line that `at` is on, or the text's length. */
function lineEnd(text: string, at: number): number {
  const lf = text.indexOf('\n', at);
  return lf < 0 ? text.length : lf;
}

function isSpace(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 32 || (c >= 9 && c <= 13);
}
