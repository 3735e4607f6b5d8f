import type { MarkdownIt } from 'markdown-it';
import type { Delimiter, default as StateInline } from 'markdown-it/lib/rules_inline/state_inline.mjs';
import { scanRun } from './flanking.js';

// cmark's SMART option. `'` and `"` are delimiters cmark pairs with its emphasis algorithm:
// a closer curls right, and the nearest opener of its kind before it (not passed by a bound a
// failed closer set, not taken out by emphasis around it) curls left; pairs stay candidates for
// later closers. One that pairs with nothing keeps what it was made as: `'` ’, `"` ” where it
// could close, else “. A run of hyphens is en and em dashes, `...` an ellipsis.

const SINGLE = 0x27;
const DOUBLE = 0x22;

interface Quote {
  readonly marker: number;
  readonly token: number;
  readonly open: boolean;
  readonly close: boolean;
}

/** The quotes of each level of delimiters (a link's text has its own), kept out of markdown-it's pairing. */
const quotesOf = new WeakMap<Delimiter[], Quote[]>();

export function smart(md: MarkdownIt, skipTilde: boolean): void {
  md.inline.ruler.before('emphasis', 'smart_quotes', (state, silent) => {
    const marker = state.src.charCodeAt(state.pos);
    if (silent || (marker !== SINGLE && marker !== DOUBLE)) return false;
    const run = scanRun(state.src, state.pos, state.posMax, skipTilde, true);
    const open = run.left && !run.right && run.before !== 0x5d && run.before !== 0x29;
    const token = state.push('text', '', 0);
    token.content = marker === SINGLE ? '’' : run.right ? '”' : '“';
    if (open || run.right) {
      let quotes = quotesOf.get(state.delimiters);
      if (!quotes) quotesOf.set(state.delimiters, (quotes = []));
      quotes.push({ marker, token: state.tokens.length - 1, open, close: run.right });
    }
    state.pos++;
    return true;
  });
  md.inline.ruler2.after('balance_pairs', 'smart_quotes', (state) => {
    curl(state, state.delimiters);
    for (const meta of state.tokens_meta) if (meta?.delimiters) curl(state, meta.delimiters);
    return false;
  });
  md.inline.ruler.before('emphasis', 'smart_dashes', (state, silent) => {
    const c = state.src.charCodeAt(state.pos);
    if (c === 0x2e) {
      const dots = state.src.startsWith('...', state.pos);
      if (!silent) state.pending += dots ? '…' : '.';
      state.pos += dots ? 3 : 1;
      return true;
    }
    if (c !== 0x2d) return false;
    let end = state.pos;
    while (end < state.posMax && state.src.charCodeAt(end) === 0x2d) end++;
    if (!silent) state.pending += dashes(end - state.pos);
    state.pos = end;
    return true;
  });
}

/** A run of `n` hyphens as cmark writes it: em dashes where it can, then en dashes. */
function dashes(n: number): string {
  if (n === 1) return '-';
  const [em, en] =
    n % 3 === 0 ? [n / 3, 0] : n % 2 === 0 ? [0, n / 2] : n % 3 === 2 ? [(n - 2) / 3, 1] : [(n - 4) / 3, 2];
  return '—'.repeat(em) + '–'.repeat(en);
}

/** cmark's walk over the closers of one level, for its quotes (emphasis as markdown-it paired it). */
function curl(state: StateInline, delimiters: Delimiter[]): void {
  const quotes = quotesOf.get(delimiters);
  if (!quotes) return;
  const openerOf = new Map<number, Delimiter>();
  for (const d of delimiters) if (d.end >= 0) openerOf.set(delimiters[d.end]!.token, d);
  const events = [...quotes.map((q) => q.token), ...openerOf.keys()].sort((a, b) => a - b);
  const removed = new Set<Quote>();
  const bottom = new Map<number, number>();
  for (const at of events) {
    const opener = openerOf.get(at);
    if (opener) {
      // Emphasis that closes here takes out the quotes inside it.
      for (const q of quotes) if (q.token > opener.token && q.token < at) removed.add(q);
      continue;
    }
    const closer = quotes.find((q) => q.token === at)!;
    if (removed.has(closer) || !closer.close) continue;
    const single = closer.marker === SINGLE;
    state.tokens[at]!.content = single ? '’' : '”';
    const floor = bottom.get(closer.marker) ?? -1;
    let found: Quote | undefined;
    for (const q of quotes)
      if (q.token < at && q.token >= floor && q.open && q.marker === closer.marker && !removed.has(q)) found = q;
    if (found) state.tokens[found.token]!.content = single ? '‘' : '“';
    else {
      bottom.set(closer.marker, at);
      if (!closer.open) removed.add(closer);
    }
  }
}
