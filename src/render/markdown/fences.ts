import type { MarkdownIt, StateBlock } from 'markdown-it';
import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs';
import { keptIndent } from './lazy-lines.js';
import { lineText, rubyStripEnd } from './line-text.js';
import { keptBlanks } from './loose-text.js';

// The opening line: a run of three or more backticks or tildes, then at most one word. (Ruby's
// white space: a word may be or hold a no-break space, "```\u00a0python" has the language " python".)
const OPENER = /^(`{3,}|~{3,})[ \t\v\f\r]*([^ \t\n\v\f\r]+)?[ \t\v\f\r]*$/;

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
    const opening = state.src.slice(start, state.eMarks[startLine]);
    const open = OPENER.exec(opening);
    if (!open) return false;
    // Without a closing line for the whole run, kramdown's pattern tries shorter ones (down to
    // three), the rest of the run then the start of the language (`````` closed by ``` is the
    // language `` ` ``), which needs the language right after the run.
    const glued = open[1]!.length + (open[2]?.length ?? 0) === rubyStripEnd(opening).length;
    let run = open[1]!;
    let close = closingLine(state, startLine, endLine, run, compat);
    while (close < 0 && glued && run.length > 3) {
      run = run.slice(1);
      close = closingLine(state, startLine, endLine, run, compat);
    }
    if (close < 0) return false;
    if (silent) return true;
    const token = state.push('fence', 'code', 0);
    token.info = open[1]!.slice(run.length) + (open[2] ?? '');
    token.markup = run;
    token.content = '';
    for (let line = startLine + 1; line < close; line++) {
      const kept = keptIndent(state, line);
      // A line whose indentation an item took (lazy-lines.ts) keeps what kramdown left of it: a
      // tab after the item's spaces stays a tab in the code. (That is all of its indentation: a
      // footnote's lazy line still has it in the source.)
      token.content +=
        kept === undefined
          ? state.getLines(line, line + 1, state.blkIndent, true)
          : `${keptBlanks(state)?.get(line) ?? ' '.repeat(kept)}${lineText(state, line)}\n`;
    }
    token.map = [startLine, close + 1];
    state.line = close + 1;
    return true;
  };
  md.block.ruler.at('fence', rule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
}

/** The line closing a fence opened by `run` at `startLine` (that run, or a longer one, alone), or -1. */
function closingLine(state: StateBlock, startLine: number, endLine: number, run: string, compat: 1 | 2): number {
  const closing = new RegExp(`^${run}${run[0]}*[ \\t\\v\\f\\r]*$`);
  for (let close = startLine + 1; close < endLine; close++) {
    // A line outside the container (less indented than it) ends the search.
    if (!state.isEmpty(close) && state.sCount[close]! < state.blkIndent) return -1;
    const lineIndent = state.sCount[close]! - state.blkIndent;
    if (lineIndent > (compat === 1 ? 0 : 3)) continue;
    if (closing.test(lineText(state, close))) return close;
  }
  return -1;
}
