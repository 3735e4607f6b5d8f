import type { MarkdownIt } from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

// A link label holds no unescaped `[`: in `[ref][[x]]` the second brackets are no label, so
// cmark reads `[ref]` alone (a shortcut reference) and leaves `[[x]]` text, where markdown-it
// takes `[x]` for the label and finds no link; and `[ref](` at the text's end is `[ref]` and
// `(` to cmark, nothing to markdown-it. Here markdown-it's own link and image rules see only
// `[ref]` then.

type Rule = (state: StateInline, silent: boolean) => boolean;

export function linkLabels(md: MarkdownIt): void {
  const own = (md.inline.ruler as unknown as { __rules__: Array<{ name: string; fn: Rule }> }).__rules__;
  for (const [name, offset] of [
    ['link', 0],
    ['image', 1],
  ] as const) {
    const rule = own.find((r) => r.name === name)!.fn;
    md.inline.ruler.before(name, `cmark_${name}_label`, (state, silent) => {
      const at = state.pos + offset;
      if (state.src[at] !== '[' || (offset === 1 && state.src[state.pos] !== '!')) return false;
      const end = state.md.helpers.parseLinkLabel(state, at, false);
      if (end < 0 || !(noLabel(state.src, end, state.posMax) || noDestination(state.src, end, state.posMax)))
        return false;
      const max = state.posMax;
      state.posMax = end + 1;
      const found = rule(state, silent);
      state.posMax = max;
      return found;
    });
  }
}

/** `[text][…` whose second brackets are no label. */
const noLabel = (src: string, end: number, max: number) => src[end + 1] === '[' && unescapedOpen(src, end + 2, max);
/** `[text](` with nothing after it (markdown-it gives up there, cmark reads `[text]` as a reference). */
const noDestination = (src: string, end: number, max: number) =>
  src[end + 1] === '(' && src.slice(end + 2, max).trim() === '';

/** Whether a `[` stands unescaped before the first unescaped `]` from `from`. */
function unescapedOpen(src: string, from: number, max: number): boolean {
  for (let i = from; i < max; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '[') return true;
    else if (src[i] === ']') return false;
  }
  return false;
}
