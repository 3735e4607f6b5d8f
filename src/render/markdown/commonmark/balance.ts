import type { MarkdownIt } from 'markdown-it';
import type { Delimiter } from 'markdown-it/lib/rules_inline/state_inline.mjs';

// Which delimiters pair, as cmark 0.29 pairs them. Each closer, left to right, takes the nearest
// opener of its marker before it that is not inside a pair already made and passes the rule of
// three; a closer that finds none sets a bound no later closer of its marker and length (mod 3)
// looks past. cmark 0.29 keeps one bound for closers that may open and those that may not (the
// CommonMark of markdown-it keeps two): `**A*3*4*` is `**A<em>3</em>4*`.

function pair(delimiters: Delimiter[]): void {
  const bounds = new Map<number, number[]>();
  // skip[i]: how many delimiters before i belong to pairs made (looked past at once).
  const skip: number[] = [];
  let runStart = 0;
  let lastToken = -2;
  for (let c = 0; c < delimiters.length; c++) {
    const closer = delimiters[c]!;
    skip.push(0);
    // Delimiters of one run (adjacent tokens, one marker) never pair with each other.
    if (delimiters[runStart]!.marker !== closer.marker || lastToken !== closer.token - 1) runStart = c;
    lastToken = closer.token;
    if (!closer.close) continue;
    let bound = bounds.get(closer.marker);
    if (!bound) bounds.set(closer.marker, (bound = [-1, -1, -1]));
    const floor = bound[closer.length % 3]!;
    let found = false;
    for (let o = runStart - skip[runStart]! - 1; o > floor; o -= skip[o]! + 1) {
      const opener = delimiters[o]!;
      if (opener.marker !== closer.marker || !opener.open || opener.end >= 0) continue;
      const odd =
        (opener.close || closer.open) &&
        (opener.length + closer.length) % 3 === 0 &&
        (opener.length % 3 !== 0 || closer.length % 3 !== 0);
      if (odd) continue;
      const before = o > 0 && !delimiters[o - 1]!.open ? skip[o - 1]! + 1 : 0;
      skip[c] = c - o + before;
      skip[o] = before;
      closer.open = false;
      opener.end = c;
      opener.close = false;
      lastToken = -2;
      found = true;
      break;
    }
    if (!found) bound[closer.length % 3] = runStart - skip[runStart]! - 1;
  }
}

export function cmarkPairs(md: MarkdownIt): void {
  md.inline.ruler2.at('balance_pairs', (state) => {
    pair(state.delimiters);
    for (const meta of state.tokens_meta) if (meta?.delimiters) pair(meta.delimiters);
    return false;
  });
}
