import type { MarkdownIt } from 'markdown-it';
import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs';
import { endsLazyLines } from './item-body.js';
import { keptIndent } from './lazy-lines.js';
import { lineText } from './line-text.js';
import { looseLine, looseLineText } from './loose-text.js';

/**
 * kramdown's indented code block: four spaces or a tab, and blank lines between such lines. A
 * line indented less that follows a code line (not blank) is still the block's, joined to the
 * line before with a space (`    e` then `s` is the code `e s`).
 */
export function indentedCode(md: MarkdownIt): void {
  const rule: RuleBlock = (state, startLine, endLine, silent) => {
    if (state.sCount[startLine]! - state.blkIndent < 4) return false;
    if (silent) return false;
    // (A line of one to three spaces then a tab is no code line to kramdown: see loose-text.ts.)
    const code = (line: number) => state.sCount[line]! - state.blkIndent >= 4 && !looseLine(state, line);
    const lazy = new Set<number>();
    const loose = new Set<number>();
    let last = startLine + 1;
    let line = startLine + 1;
    while (line < endLine) {
      if (state.isEmpty(line)) {
        let next = line;
        while (next < endLine && state.isEmpty(next)) next++;
        if (next >= endLine || !code(next)) break;
        line = next;
        continue;
      }
      if (code(line)) {
        last = ++line;
        continue;
      }
      if (state.sCount[line]! < state.blkIndent || line !== last) break;
      if (looseLine(state, line)) {
        // Right after the code, a lazy line kept as it is, on a line of its own.
        loose.add(line);
        last = ++line;
        continue;
      }
      // Not a lazy line: a block IAL, `^` at the line's start, a line starting with block HTML.
      if (endsLazyLines(state, line, state.sCount[line] === state.blkIndent)) break;
      lazy.add(line);
      last = ++line;
    }
    let content = '';
    for (let l = startLine; l < last; l++) {
      if (loose.has(l)) content += `${looseLineText(state, l)}\n`;
      else if (lazy.has(l)) {
        // (A lazy line whose tab kramdown made spaces keeps what is left of them: `\t  a`, `\tb` in an item is `a   b`.)
        const text =
          keptIndent(state, l) !== undefined
            ? `${' '.repeat(state.sCount[l]! - state.blkIndent)}${lineText(state, l)}`
            : state.getLines(l, l + 1, state.blkIndent, false);
        content = `${content.slice(0, -1)} ${text}\n`;
      } else if (state.isEmpty(l))
        // (A blank line keeps its white space, but for a tab or four spaces.)
        content += `${state.src.slice(state.bMarks[l], state.eMarks[l]).replace(/^(?:\t| {4})/, '')}\n`;
      else if (keptIndent(state, l) !== undefined)
        // (A lazy line kramdown indents further starts at its text: its columns are counted, not in the source.)
        content += `${' '.repeat(Math.max(0, state.sCount[l]! - state.blkIndent - 4))}${lineText(state, l)}\n`;
      else content += `${state.getLines(l, l + 1, state.blkIndent + 4, false)}\n`;
    }
    const token = state.push('code_block', 'code', 0);
    token.content = content;
    token.map = [startLine, last];
    state.line = last;
    return true;
  };
  md.block.ruler.at('code', rule);
}
