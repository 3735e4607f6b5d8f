import type { StateInline } from 'markdown-it';

/**
 * kramdown parses an element's content (emphasis, span HTML) as spans up to its closing delimiter,
 * which it looks for before any other span at each position: so a delimiter inside a code span or
 * a link is not one, and the first one that `closes` ends the content. Parses from `start` into
 * `state.tokens` and returns where the closing delimiter starts, or -1 when the paragraph (or link
 * text) ends first, everything up to `state.posMax` parsed.
 */
export function parseSpansUntil(state: StateInline, start: number, closes: (pos: number) => boolean): number {
  const rules = state.md.inline.ruler.getRules('');
  let starts = contentStarts.get(state.env);
  if (!starts) contentStarts.set(state.env, (starts = []));
  starts.push(state.tokens.length);
  const maxNesting = (state.md.options as { maxNesting?: number }).maxNesting ?? 100;
  const end = state.posMax;
  // What skipToken remembers was measured in another context (other elements open).
  const cache = state.cache;
  state.cache = {};
  state.pos = start;
  try {
    while (state.pos < end) {
      if (closes(state.pos)) return state.pos;
      let ok = false;
      if (state.level < maxNesting) {
        for (const rule of rules) if ((ok = rule(state, false))) break;
      }
      if (!ok) state.pending += state.src[state.pos++];
    }
    return -1;
  } finally {
    state.cache = cache;
    starts.pop();
  }
}

/** Where the tokens of each element being parsed by parseSpansUntil begin, innermost last, per document. */
const contentStarts = new WeakMap<object, number[]>();

/**
 * The first token index of the element whose content is being parsed (its open token may be
 * added only when it closes, as emphasis does): tokens before it are not its children.
 */
export function contentStart(state: StateInline): number {
  const starts = contentStarts.get(state.env);
  return starts?.[starts.length - 1] ?? 0;
}

interface Footnotes {
  refs?: Record<string, number>;
  list?: Array<Record<string, unknown>>;
}

/** What a parse that may be undone changes: the tokens, the pending text, the footnotes counted. */
export interface SpanSnapshot {
  tokens: number;
  pending: string;
  refs?: Record<string, number>;
  list?: Array<Record<string, unknown>>;
}

export function snapshot(state: StateInline): SpanSnapshot {
  const fn = (state.env as { footnotes?: Footnotes }).footnotes;
  return {
    tokens: state.tokens.length,
    pending: state.pending,
    refs: fn?.refs && { ...fn.refs },
    list: fn?.list?.map((x) => ({ ...x })),
  };
}

/** Undoes a parse (a silent look-ahead, or emphasis that never closes): no tokens, no footnote references counted. */
export function restore(state: StateInline, saved: SpanSnapshot): void {
  state.tokens.length = saved.tokens;
  state.tokens_meta.length = saved.tokens;
  state.pending = saved.pending;
  const fn = (state.env as { footnotes?: Footnotes }).footnotes;
  if (!fn) return;
  // Copies: the same snapshot may be restored again after another attempt.
  if (saved.refs) fn.refs = { ...saved.refs };
  else delete fn.refs;
  if (saved.list) fn.list = saved.list.map((x) => ({ ...x }));
  else delete fn.list;
}
