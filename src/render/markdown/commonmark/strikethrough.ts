import type { MarkdownIt } from 'markdown-it';
import type { Delimiter, default as StateInline } from 'markdown-it/lib/rules_inline/state_inline.mjs';

// cmark-gfm's strikethrough extension: a run of one or two `~` (two only, with
// STRIKETHROUGH_DOUBLE_TILDE) is a delimiter that opens or closes as `*` does, and closes the
// nearest opener of its own length. Longer runs are text.

// The markers markdown-it pairs delimiters by: one for each length, so that only those pair.
const SINGLE = 0x7e;
const DOUBLE = 0x7e7e;

export function strikethrough(md: MarkdownIt, doubleOnly: boolean): void {
  md.inline.ruler.before('emphasis', 'gfm_strikethrough', (state, silent) => {
    if (silent || state.src.charCodeAt(state.pos) !== 0x7e) return false;
    const scanned = state.scanDelims(state.pos, true);
    const token = state.push('text', '', 0);
    token.content = '~'.repeat(scanned.length);
    if (scanned.length === 2 || (scanned.length === 1 && !doubleOnly))
      state.delimiters.push({
        marker: scanned.length === 1 ? SINGLE : DOUBLE,
        length: scanned.length,
        token: state.tokens.length - 1,
        end: -1,
        open: scanned.can_open,
        close: scanned.can_close,
      });
    state.pos += scanned.length;
    return true;
  });
  md.inline.ruler2.before('emphasis', 'gfm_strikethrough', (state) => {
    strike(state, state.delimiters);
    for (const meta of state.tokens_meta) if (meta?.delimiters) strike(state, meta.delimiters);
    return false;
  });
}

function strike(state: StateInline, delimiters: Delimiter[]): void {
  for (const opener of delimiters) {
    if ((opener.marker !== SINGLE && opener.marker !== DOUBLE) || opener.end === -1) continue;
    const closer = delimiters[opener.end]!;
    const open = state.tokens[opener.token]!;
    Object.assign(open, { type: 's_open', tag: 'del', nesting: 1, content: '' });
    const close = state.tokens[closer.token]!;
    Object.assign(close, { type: 's_close', tag: 'del', nesting: -1, content: '' });
  }
}
