import type { MarkdownIt } from 'markdown-it';
import { endsLazyLines } from './item-body.js';
import { keepIndent } from './lazy-lines.js';

/**
 * kramdown's blockquotes: from a line starting with `>`, every line up to a blank line (or a block
 * IAL, `^`, block HTML) is the quote's, with or without its `>` (markdown-it takes a line without
 * one only as a paragraph's continuation): `>` then `m` is a quote holding the paragraph `m`, and
 * `> a` then `# h` holds the header too where a header ends a paragraph (kramdown 2). The quote's
 * text is those lines with `> ` taken off, parsed as blocks (a tab then counts from the text's
 * start: `>\tx` and `> \tx` hold code).
 */
export function blockquotes(md: MarkdownIt): void {
  md.block.ruler.at(
    'blockquote',
    (state, startLine, endLine, silent) => {
      if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
      if (state.src.charCodeAt(state.bMarks[startLine]! + state.tShift[startLine]!) !== 0x3e /* > */) return false;
      if (silent) return true;
      let end = startLine + 1;
      for (; end < endLine; end++) {
        if (state.isEmpty(end) || state.sCount[end]! < state.blkIndent) break;
        // The lines that end a quote's text as they end a paragraph (kramdown's LAZY_END): a block
        // IAL, `^` at the line's start, a line starting with block HTML.
        const rel = state.sCount[end]! - state.blkIndent;
        if (rel < 4 && endsLazyLines(state, end, rel === 0)) break;
      }
      const saved = { bMarks: [] as number[], tShift: [] as number[], sCount: [] as number[], bsCount: [] as number[] };
      for (let line = startLine; line < end; line++) {
        saved.bMarks.push(state.bMarks[line]!);
        saved.tShift.push(state.tShift[line]!);
        saved.sCount.push(state.sCount[line]!);
        saved.bsCount.push(state.bsCount[line]!);
        let pos = state.bMarks[line]! + state.tShift[line]!;
        if (state.sCount[line]! - state.blkIndent < 4 && state.src.charCodeAt(pos) === 0x3e) {
          pos++;
          if (state.src.charCodeAt(pos) === 0x20) pos++;
          // (A tab after that goes to the next tab stop of the text left: `>\tx` is code.)
          let first = pos;
          let column = 0;
          for (let c = state.src.charCodeAt(first); c === 0x20 || c === 0x09; c = state.src.charCodeAt(++first))
            column = c === 0x09 ? column + 4 - (column % 4) : column + 1;
          state.bMarks[line] = pos;
          state.tShift[line] = first - pos;
          state.sCount[line] = column;
          state.bsCount[line] = 0;
          // (Its `>` took the indentation a footnote or list item kept on a lazy line: ` > y`.)
          keepIndent(state, line, null);
        } else {
          // A line without `>` keeps its indentation beyond the quote's container (not more than
          // it has in the source: a lazy line kramdown 2 indented has its columns kept apart).
          const relative = Math.max(0, state.sCount[line]! - state.blkIndent);
          const shift = Math.min(relative, state.tShift[line]!);
          state.bMarks[line] = state.bMarks[line]! + state.tShift[line]! - shift;
          state.tShift[line] = shift;
          state.sCount[line] = relative;
        }
      }
      const oldIndent = state.blkIndent;
      const oldLineMax = state.lineMax;
      const oldParent = state.parentType;
      state.blkIndent = 0;
      state.lineMax = end;
      state.parentType = 'blockquote';
      const open = state.push('blockquote_open', 'blockquote', 1);
      open.markup = '>';
      open.map = [startLine, end];
      // The lines blank in the quote's text, for the layout (`* >` is a quote holding one).
      const blank = new Set<number>();
      for (let line = startLine; line < end; line++) if (state.isEmpty(line)) blank.add(line);
      open.meta = { blank };
      state.md.block.tokenize(state, startLine, end);
      state.push('blockquote_close', 'blockquote', -1).markup = '>';
      open.map[1] = state.line;
      state.lineMax = oldLineMax;
      state.parentType = oldParent;
      state.blkIndent = oldIndent;
      for (let k = 0; k < saved.bMarks.length; k++) {
        state.bMarks[startLine + k] = saved.bMarks[k]!;
        state.tShift[startLine + k] = saved.tShift[k]!;
        state.sCount[startLine + k] = saved.sCount[k]!;
        state.bsCount[startLine + k] = saved.bsCount[k]!;
      }
      return true;
    },
    { alt: ['paragraph', 'reference', 'blockquote', 'list'] },
  );
}
