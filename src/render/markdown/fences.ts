import type { MarkdownIt } from 'markdown-it';
import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs';
import { keptIndent } from './lazy-lines.js';
import { lineText } from './line-text.js';

// The opening line: a run of three or more backticks or tildes, then at most one word.
const OPENER = /^(`{3,}|~{3,})[ \t]*(\S+)?[ \t]*$/;

/**
 * kramdown's fenced code blocks (GFM parser), which differ from CommonMark's:
 * - a fence without its closing line is no code block: the lines are paragraph text;
 * - the closing line starts with the opening run (longer is fine) and has nothing else;
 * - kramdown 1 (compat 1) sees a fence only at the start of a line (in a list item: at the
 *   item's text); kramdown 2 allows up to three spaces before either line;
 * - the code is the lines as they stand: an indented fence does not un-indent them;
 * - after the run at most one word (the language); `` ```java title `` is no fence.
 */
export function fences(md: MarkdownIt, compat: 1 | 2): void {
  const rule: RuleBlock = (state, startLine, endLine, silent) => {
    const indent = state.sCount[startLine]! - state.blkIndent;
    if (indent < 0 || indent > (compat === 1 ? 0 : 3)) return false;
    const start = state.bMarks[startLine]! + state.tShift[startLine]!;
    const first = state.src.charCodeAt(start);
    if (first !== 0x60 && first !== 0x7e) return false;
    const open = OPENER.exec(state.src.slice(start, state.eMarks[startLine]));
    if (!open) return false;
    const run = open[1]!;
    const closing = new RegExp(`^${run}${run[0]}*[ \\t]*$`);
    let close = startLine + 1;
    for (; close < endLine; close++) {
      // A line outside the container (less indented than it) ends the search.
      if (!state.isEmpty(close) && state.sCount[close]! < state.blkIndent) return false;
      const lineIndent = state.sCount[close]! - state.blkIndent;
      if (lineIndent > (compat === 1 ? 0 : 3)) continue;
      const text = lineText(state, close);
      if (closing.test(text)) break;
    }
    if (close >= endLine) return false;
    if (silent) return true;
    const token = state.push('fence', 'code', 0);
    token.info = open[2] ?? '';
    token.markup = run;
    token.content = '';
    for (let line = startLine + 1; line < close; line++) {
      const kept = keptIndent(state, line);
      token.content +=
        kept === undefined
          ? state.getLines(line, line + 1, state.blkIndent, true)
          : `${' '.repeat(kept)}${state.src.slice(state.bMarks[line]!, state.eMarks[line])}\n`;
    }
    token.map = [startLine, close + 1];
    state.line = close + 1;
    return true;
  };
  md.block.ruler.at('fence', rule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
}
