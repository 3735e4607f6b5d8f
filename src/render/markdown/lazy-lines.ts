import type { MarkdownIt, StateBlock } from 'markdown-it';
import { blockRule } from './block-rules.js';
import { keptBlanks } from './loose-text.js';

// The indentation markdown-it takes off a line (a no-break space is text to kramdown).
const LEADING_BLANKS = /^[ \t]+/;

/** Per document: the lazy lines of list items and footnotes, and the indentation kramdown keeps on each. */
const kept = new WeakMap<object, Map<number, number>>();

/**
 * Records that `line` is a lazy line of a block `columns` columns less indented than its own
 * indentation: kramdown removes only its container's indentation from such a line, where
 * markdown-it removes all of it.
 */
export function keepIndent(state: StateBlock, line: number, columns: number | null): void {
  let lines = kept.get(state.env);
  if (!lines) kept.set(state.env, (lines = new Map()));
  if (columns === null || columns <= 0) lines.delete(line);
  else lines.set(line, columns);
}

/** The columns of indentation kept on `line` (see keepIndent), if any. */
export function keptIndent(state: StateBlock, line: number): number | undefined {
  return kept.get(state.env)?.get(line);
}

/**
 * A line from its container's column on, with the indentation kramdown sees on it: the kept
 * columns of a lazy line kramdown 2 pushed in or of one indented with a tab, as spaces, but a
 * tab after a space as it is (see loose-text.ts: `- <div>`, ` \tx` keeps ` \tx`).
 */
export function indentedLine(state: StateBlock, line: number): string {
  if (keptIndent(state, line) === undefined) return state.getLines(line, line + 1, state.blkIndent, false);
  const text = state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
  const blanks = state.blkIndent === 0 ? keptBlanks(state)?.get(line) : undefined;
  return (blanks ?? ' '.repeat(Math.max(0, state.sCount[line]! - state.blkIndent))) + text;
}

/**
 * A paragraph's lazy lines (in a list item or a footnote, less indented than its text) keep the
 * indentation they have beyond their container's: `- t` then ` ~` is `<li>t\n ~</li>`.
 */
export function lazyLines(md: MarkdownIt): void {
  const paragraph = blockRule(md, 'paragraph')!;
  const original = paragraph.fn;
  md.block.ruler.at(
    'paragraph',
    (state, startLine, endLine, silent) => {
      if (!original(state, startLine, endLine, silent)) return false;
      const lines = kept.get(state.env);
      const blanks = keptBlanks(state);
      const inline = state.tokens[state.tokens.length - 2];
      if ((!lines || lines.size === 0) && !blanks) return true;
      if (inline?.type !== 'inline' || !inline.map) return true;
      const text = inline.content.split('\n');
      for (let k = 1; k < text.length; k++) {
        // (White space with a tab in it is kept as kramdown has it: `- a`, `  \tx` is `a\n\tx`.)
        const left = blanks?.get(inline.map[0] + k);
        const columns = lines?.get(inline.map[0] + k);
        if (left !== undefined) text[k] = left + text[k]!.replace(LEADING_BLANKS, '');
        else if (columns !== undefined) text[k] = ' '.repeat(columns) + text[k]!.replace(LEADING_BLANKS, '');
      }
      inline.content = text.join('\n');
      return true;
    },
    { alt: paragraph.alt },
  );
}
