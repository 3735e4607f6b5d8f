import type { MarkdownIt, StateInline } from 'markdown-it';
import { ALPHA, ALNUM as RUBY_ALNUM } from './ruby-classes.js';
import { parseSpansUntil, restore, snapshot } from './span-parse.js';

// `element`: another element whose content is being parsed (a link's text, span HTML).
type Kind = 'em' | 'strong' | 'element';

/** The emphasis elements open around the current scan position, innermost last, per document. */
const openKinds = new WeakMap<object, Kind[]>();

function openOf(state: StateInline): Kind[] {
  let open = openKinds.get(state.env);
  if (!open) openKinds.set(state.env, (open = []));
  return open;
}

/**
 * Runs `inner` with no emphasis open around it, as kramdown parses a strikethrough's content
 * (`~~*a* and *b*~~` inside `*…*` still has its own emphasis).
 */
export function withoutOpenEmphasis(state: StateInline, inner: () => void): void {
  const saved = openKinds.get(state.env);
  openKinds.set(state.env, []);
  try {
    inner();
  } finally {
    if (saved) openKinds.set(state.env, saved);
    else openKinds.delete(state.env);
  }
}

/**
 * Runs `inner` as the content of another element (a link's text, span HTML): a `**` that finds
 * no close there retries as `<em>` even inside emphasis, as kramdown looks only at the innermost element.
 */
export function insideElement(state: StateInline, inner: () => number): number {
  const open = openOf(state);
  open.push('element');
  try {
    return inner();
  } finally {
    open.pop();
  }
}

const SPACE = /[ \t\n\r\f\v]/;
const LETTER = new RegExp(`[${ALPHA}]`, 'u');
const ALNUM = new RegExp(`[${RUBY_ALNUM}]`, 'u');

/** The character (code point) that ends `src` before `pos`, or ''. */
function charBefore(src: string, pos: number): string {
  if (pos === 0) return '';
  const low = src.charCodeAt(pos - 1);
  return low >= 0xdc00 && low <= 0xdfff && pos >= 2 ? src.slice(pos - 2, pos) : src.slice(pos - 1, pos);
}

/** The character (code point) that starts `src` at `pos`, or ''. */
function charAfter(src: string, pos: number): string {
  const code = src.codePointAt(pos);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/**
 * kramdown's emphasis, which is not CommonMark's: a `*`/`_` (or a pair, for `<strong>`) not
 * followed by a space opens emphasis unless the same kind is already open; its content is parsed
 * as spans up to the first same delimiter that can close it (no space before it; for `<em>` not
 * a lone `**`; for `_` not followed by a letter or digit) and is not empty. A `**` that finds no
 * such close retries as `<em>` starting at its second star; otherwise the delimiter is text.
 * An `_` after a letter opens nothing (kramdown 1: after a letter or digit).
 * So `***a(***x***)***` is `<strong><em>a(</em></strong>x<strong><em>)</em></strong>`.
 */
export function kramdownEmphasis(md: MarkdownIt, compat: 1 | 2): void {
  const wordBefore =
    compat === 1
      ? (src: string, pos: number) => ALNUM.test(charBefore(src, pos))
      : (src: string, pos: number) => {
          const prev = charBefore(src, pos);
          if (prev === '-') return LETTER.test(charBefore(src, pos - 1));
          return LETTER.test(prev);
        };

  md.inline.ruler.at('emphasis', (state, silent) => {
    const { src, pos } = state;
    const c = src[pos];
    if (c !== '*' && c !== '_') return false;
    const double = src[pos + 1] === c;
    const delim = double ? c + c : c;
    const kind: Kind = double ? 'strong' : 'em';
    const open = openOf(state);
    const after = pos + delim.length;
    if ((c === '_' && wordBefore(src, pos)) || SPACE.test(src[after] ?? '') || open.includes(kind)) {
      if (!silent) state.pending += delim;
      state.pos = after;
      return true;
    }

    if (!silent) state.pushPending();
    const saved = snapshot(state);
    state.pending = '';
    let end = parseUntilClose(state, after, delim, kind, c);
    let used = { delim, kind };
    if (end < 0 && kind === 'strong' && open[open.length - 1] !== 'em') {
      restore(state, saved);
      state.pending = '';
      end = parseUntilClose(state, pos + 1, c, 'em', c);
      used = { delim: c, kind: 'em' };
    }
    if (end < 0 || silent) {
      restore(state, saved);
      if (end < 0) {
        if (!silent) state.pending += delim;
        state.pos = after;
      } else state.pos = end + used.delim.length;
      return true;
    }
    state.pushPending();
    const openToken = new state.Token(`${used.kind}_open`, used.kind, 1);
    openToken.markup = used.delim;
    state.tokens.splice(saved.tokens, 0, openToken);
    state.tokens_meta.splice(saved.tokens, 0, null);
    const closeToken = new state.Token(`${used.kind}_close`, used.kind, -1);
    closeToken.markup = used.delim;
    state.tokens.push(closeToken);
    state.tokens_meta.push(null);
    state.pos = end + used.delim.length;
    return true;
  });
  // kramdown pairs delimiters while it parses; markdown-it's second pass has nothing to do.
  md.inline.ruler2.disable(['emphasis']);
}

/** Parses the content of an emphasis of `kind` from `start`; where its closing delimiter starts, or -1. */
function parseUntilClose(state: StateInline, start: number, delim: string, kind: Kind, c: string): number {
  const open = openOf(state);
  const first = state.tokens.length;
  open.push(kind);
  try {
    return parseSpansUntil(
      state,
      start,
      (p) => state.src.startsWith(delim, p) && closes(state, p, delim, kind, c, first),
    );
  } finally {
    open.pop();
  }
}

function closes(state: StateInline, p: number, delim: string, kind: Kind, c: string, first: number): boolean {
  const { src } = state;
  if (SPACE.test(src[p - 1]!)) return false;
  if (kind === 'em' && src[p + 1] === c && src[p + 2] !== c) return false;
  if (c === '_' && p + delim.length < state.posMax && ALNUM.test(charAfter(src, p + delim.length))) return false;
  return state.tokens.length > first || state.pending !== '';
}
