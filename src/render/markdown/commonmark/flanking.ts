import type { MarkdownIt } from 'markdown-it';

// Whether a run of delimiter characters may open or close, as cmark-gfm 0.29 decides: its
// blanks and punctuation (Unicode punctuation, not symbols), a line feed past either end of the
// paragraph's text (a link text's end is not one), and, with the strikethrough extension, `~`
// passed over as if it were not there.

export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d && c !== 0x0b) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

const PUNCTUATION = /\p{P}/u;
export function isPunct(c: number): boolean {
  if (c < 0x80)
    return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
  return PUNCTUATION.test(String.fromCodePoint(c));
}

export interface Run {
  readonly length: number;
  readonly before: number;
  readonly after: number;
  readonly left: boolean;
  readonly right: boolean;
}

/** The run of `src[start]` (one character only with `single`, as quotes are) and what flanks it. */
export function scanRun(src: string, start: number, max: number, skipTilde: boolean, single = false): Run {
  const marker = src.charCodeAt(start);
  let end = start + 1;
  if (!single) while (end < max && src.charCodeAt(end) === marker) end++;
  let b = start - 1;
  while (b > 0 && ((src.charCodeAt(b) & 0xfc00) === 0xdc00 || (skipTilde && src[b] === '~'))) b--;
  const before = b < 0 || (b === 0 && skipTilde && src[0] === '~') ? 0x0a : src.codePointAt(b)!;
  // (Past a link text's end, cmark sees the text after it: its `]`.)
  let a = end;
  while (skipTilde && a < src.length && src[a] === '~') a++;
  const after = a >= src.length ? 0x0a : src.codePointAt(a)!;
  const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
  const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
  return { length: end - start, before, after, left, right };
}

/** markdown-it's emphasis and strikethrough rules see cmark's flanking (they call `scanDelims`). */
export function cmarkFlanking(md: MarkdownIt, skipTilde: boolean): void {
  const Base = md.inline.State;
  md.inline.State = class extends Base {
    override scanDelims(start: number, canSplitWord: boolean) {
      const run = scanRun(this.src, start, this.posMax, skipTilde);
      const underscoreOpen = run.left && (!run.right || isPunct(run.before));
      const underscoreClose = run.right && (!run.left || isPunct(run.after));
      return {
        can_open: canSplitWord ? run.left : underscoreOpen,
        can_close: canSplitWord ? run.right : underscoreClose,
        length: run.length,
      };
    }
  };
}
