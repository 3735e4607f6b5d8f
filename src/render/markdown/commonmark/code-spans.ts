import type { MarkdownIt } from 'markdown-it';

// Code spans as cmark 0.29 finds their ends. A search that reaches the text's end without a
// closing run remembers, for each length, where the last run of that length it passed starts,
// the closing run it finds included, and an opening run no remembered run comes after is text
// at once. (Later cmark stopped counting the closing run, which makes ``a``"``b`` two spans.)
// Runs of more than 80 backticks never open one.
const LONGEST = 80;

interface Scan {
  scanned: boolean;
  runs: number[];
}
const scans = new WeakMap<object, Scan>();

export function codeSpans(md: MarkdownIt): void {
  md.inline.ruler.at('backticks', (state, silent) => {
    const { src, pos: start } = state;
    if (src.charCodeAt(start) !== 0x60) return false;
    const max = state.posMax;
    let pos = start;
    while (pos < max && src.charCodeAt(pos) === 0x60) pos++;
    const length = pos - start;
    // markdown-it also looks ahead (silent, for a link's text): only the parse in order, as
    // cmark's, remembers runs.
    let scan = silent ? { scanned: false, runs: [] } : scans.get(state.tokens);
    if (!scan) scans.set(state.tokens, (scan = { scanned: false, runs: [] }));
    const asText = () => {
      if (!silent) state.pending += src.slice(start, pos);
      state.pos = pos;
      return true;
    };
    if (length > LONGEST || (scan.scanned && (scan.runs[length] ?? 0) <= pos)) return asText();
    let end = pos;
    for (;;) {
      const from = src.indexOf('`', end);
      if (from < 0 || from >= max) break;
      end = from;
      while (end < max && src.charCodeAt(end) === 0x60) end++;
      if (end - from <= LONGEST) scan.runs[end - from] = from;
      if (end - from === length) {
        if (!silent) {
          const token = state.push('code_inline', 'code', 0);
          token.markup = src.slice(start, pos);
          token.content = src
            .slice(pos, from)
            .replace(/\n/g, ' ')
            .replace(/^ (.*[^ ].*) $/s, '$1');
        }
        state.pos = end;
        return true;
      }
    }
    scan.scanned = true;
    return asText();
  });
}
