import type { MarkdownIt, StateBlock } from 'markdown-it';
import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs';
import { SPAN_ELEMENTS } from './html-syntax.js';
import { keepIndent } from './lazy-lines.js';

const BULLET = /^[*+-](?=[ \t]|$)/;
const ORDERED = /^\d{1,9}[.)](?=[ \t]|$)/;
// Lines that are never an item's lazy line: a block IAL, block HTML, the end-of-block marker.
const NOT_LAZY = /^(?:\{:|\^[ \t]*$|<\/?([A-Za-z][\w:-]*))/;

/** The column an item's text starts at, if `line` starts a list item (of the given kind, if given). */
function itemIndent(state: StateBlock, line: number, ordered?: boolean): { indent: number; ordered: boolean } | null {
  const rel = state.sCount[line]! - state.blkIndent;
  if (rel < 0 || rel >= 4) return null;
  const text = state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
  const marker = (ordered !== true && BULLET.exec(text)) || (ordered !== false && ORDERED.exec(text));
  if (!marker) return null;
  const after = text.slice(marker[0].length);
  const spaces = after.length - after.trimStart().length;
  const width = after.trim() === '' || spaces > 4 ? 1 : spaces;
  return { indent: state.blkIndent + rel + marker[0].length + width, ordered: !BULLET.test(text) };
}

/**
 * kramdown's list items take lazy lines: a line indented less than the item's text still
 * belongs to the item when the line before it is not blank, whatever it starts (a fence's
 * closing line, a header, a quote), unless it starts a new item, a block IAL or block HTML.
 * markdown-it takes such a line only as a paragraph's continuation, so the list rule is given
 * those lines as indented to the item's text.
 */
export function listItems(md: MarkdownIt): void {
  const rules = (md.block.ruler as unknown as { __rules__: Array<{ name: string; fn: RuleBlock; alt: string[] }> })
    .__rules__;
  const list = rules.find((r) => r.name === 'list')!;
  const original = list.fn;
  const rule: RuleBlock = (state, startLine, endLine, silent) => {
    if (silent) return original(state, startLine, endLine, silent);
    const first = itemIndent(state, startLine);
    if (!first) return original(state, startLine, endLine, silent);
    const saved: Array<[number, number]> = [];
    let indent = first.indent;
    let previousBlank = false;
    for (let line = startLine + 1; line < endLine; line++) {
      if (state.isEmpty(line)) {
        previousBlank = true;
        continue;
      }
      const count = state.sCount[line]!;
      const item = count < indent ? itemIndent(state, line, first.ordered) : null;
      if (count >= indent || item) {
        if (item) indent = item.indent;
        previousBlank = false;
        continue;
      }
      if (previousBlank || count < state.blkIndent) break;
      const text = state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
      const stop = NOT_LAZY.exec(text);
      if (stop && !(stop[1] && SPAN_ELEMENTS.has(stop[1].toLowerCase()))) break;
      saved.push([line, count]);
      state.sCount[line] = indent + count - state.blkIndent;
      keepIndent(state, line, count - state.blkIndent);
    }
    const ok = original(state, startLine, endLine, silent);
    if (!ok)
      for (const [line, count] of saved) {
        state.sCount[line] = count;
        keepIndent(state, line, null);
      }
    return ok;
  };
  md.block.ruler.at('list', rule, { alt: list.alt });
}
