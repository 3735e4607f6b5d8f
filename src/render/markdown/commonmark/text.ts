import type { MarkdownIt } from 'markdown-it';

// markdown-it's text rule takes every character up to one another rule may start at; kiln's
// CommonMark rules start at more (quotes and periods with SMART, `w` with autolink).
const STOPS = '\n!#$%&*+-:<=>@[\\]^_`{}~';

export function textStops(md: MarkdownIt, extra: string): void {
  if (!extra) return;
  const stops = new Set([...STOPS, ...extra].map((c) => c.charCodeAt(0)));
  md.inline.ruler.at('text', (state, silent) => {
    let pos = state.pos;
    while (pos < state.posMax && !stops.has(state.src.charCodeAt(pos))) pos++;
    if (pos === state.pos) return false;
    if (!silent) state.pending += state.src.slice(state.pos, pos);
    state.pos = pos;
    return true;
  });
}
