import type { MarkdownIt, StateBlock } from 'markdown-it';
import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs';
import { blockRule } from './block-rules.js';
import { SPAN_ELEMENTS } from './html-syntax.js';
import { keepIndent } from './lazy-lines.js';

// kramdown's list markers: `*`, `+`, `-` or a number and `.`, then a space or a tab (`1)` and a
// marker alone on its line are text). markdown-it also takes those: MARKER.
const BULLET = /^[*+-](?=[ \t])/;
const ORDERED = /^\d{1,9}\.(?=[ \t])/;
const MARKER = /^(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$)/;
// A horizontal rule, which ends a list after a blank line (even indented as the item's text).
const RULE = /^([*_-])[ \t]*\1[ \t]*\1(?:\1|[ \t])*$/;
// Lines that are never an item's lazy line: a block IAL, block HTML, the end-of-block marker.
const NOT_LAZY = /^(?:\{:|\^[ \t]*$|<\/?([A-Za-z][\w:-]*))/;

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

/** The column an item's text starts at, if `line` starts a list item (of the given kind, if given). */
function itemIndent(state: StateBlock, line: number, ordered?: boolean): { indent: number; ordered: boolean } | null {
  const rel = state.sCount[line]! - state.blkIndent;
  if (rel < 0 || rel >= 4) return null;
  const text = lineText(state, line);
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
  const list = blockRule(md, 'list')!;
  const original = list.fn;
  const rule: RuleBlock = (state, startLine, endLine, silent) => {
    const first = itemIndent(state, startLine);
    if (!first) {
      const rel = state.sCount[startLine]! - state.blkIndent;
      if (rel >= 0 && rel < 4 && MARKER.test(lineText(state, startLine))) return false;
      return original(state, startLine, endLine, silent);
    }
    // Any item ends a paragraph where lists may (markdown-it: only a non-empty one, numbered from 1).
    if (silent) return state.parentType === 'paragraph' || original(state, startLine, endLine, silent);
    const saved: Array<[number, number]> = [];
    let indent = first.indent;
    let previousBlank = false;
    let stop = endLine;
    for (let line = startLine + 1; line < endLine; line++) {
      if (state.isEmpty(line)) {
        previousBlank = true;
        continue;
      }
      const count = state.sCount[line]!;
      if (previousBlank && count - state.blkIndent < 4 && RULE.test(lineText(state, line).trimEnd())) {
        stop = line;
        break;
      }
      const item = count < indent ? itemIndent(state, line, first.ordered) : null;
      // After a blank line, a line that would be an item to markdown-it but is not to kramdown ends the list.
      if (!item && previousBlank && count < indent && MARKER.test(lineText(state, line))) {
        stop = line;
        break;
      }
      if (count >= indent || item) {
        if (item) indent = item.indent;
        previousBlank = false;
        continue;
      }
      if (previousBlank || count < state.blkIndent) break;
      const lazyStop = NOT_LAZY.exec(lineText(state, line));
      if (lazyStop && !(lazyStop[1] && SPAN_ELEMENTS.has(lazyStop[1].toLowerCase()))) break;
      saved.push([line, count]);
      state.sCount[line] = indent + count - state.blkIndent;
      keepIndent(state, line, count - state.blkIndent);
    }
    const ok = original(state, startLine, stop, silent);
    if (!ok)
      for (const [line, count] of saved) {
        state.sCount[line] = count;
        keepIndent(state, line, null);
      }
    return ok;
  };
  md.block.ruler.at('list', rule, { alt: list.alt });
}
