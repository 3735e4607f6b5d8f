import type { MarkdownIt } from 'markdown-it';
import { kilnEnv } from './types.js';

const DEFINITION = /^\*\[([^\]\n]+)\]:[ \t]*(.*?)[ \t]*$/;

/**
 * kramdown's abbreviation definitions, `*[HTML]: Hyper Text Markup Language` on a line of their
 * own (not inside a paragraph): the line writes nothing and the definition, the last of a name
 * winning, goes to `env.abbreviations` for the text of the whole document.
 */
export function abbreviationDefinitions(md: MarkdownIt): void {
  md.block.ruler.before('reference', 'kramdown_abbreviation_definition', (state, startLine, _endLine, silent) => {
    if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
    const text = state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[startLine]);
    const m = DEFINITION.exec(text);
    if (!m) return false;
    if (silent) return true;
    const env = kilnEnv(state.env);
    (env.abbreviations ??= new Map()).set(m[1]!.trim(), m[2]!);
    state.line = startLine + 1;
    return true;
  });
}
