import type { MarkdownIt } from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

// cmark-gfm's table extension: a delimiter row (`| :-- | --: |`) under a line of as many cells
// makes a table, that line its header; when the line ends a paragraph, the lines before it stay
// the paragraph. Rows follow until a blank line or another block's start; a row's cells past the
// header's are dropped, missing ones are empty. `\|` in a cell is a `|`.

const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** A row's cells: split at `|` not escaped (a leading and a trailing `|` are no cells), trimmed. */
function cells(line: string): string[] {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.trim() === '') return [];
  const out: string[] = [];
  let cell = '';
  let ended = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && text[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|') {
      out.push(cell);
      cell = '';
      ended = i === text.length - 1;
    } else cell += c;
  }
  if (!ended || cell !== '') out.push(cell);
  return out.map((c) => c.trim());
}

function alignments(line: string): string[] {
  return cells(line).map((c) =>
    c.startsWith(':') ? (c.endsWith(':') ? 'center' : 'left') : c.endsWith(':') ? 'right' : '',
  );
}

const lineText = (state: StateBlock, line: number) =>
  state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);

export function table(md: MarkdownIt): void {
  const rule = (state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
    const next = startLine + 1;
    if (next >= endLine || state.sCount[startLine]! - state.blkIndent >= 4) return false;
    if (state.sCount[next]! - state.blkIndent >= 4 || state.sCount[next]! < state.blkIndent) return false;
    const delimiter = lineText(state, next);
    // A setext underline (`-`, `---`) and a list item (`- |`) win over a delimiter row.
    if (!DELIMITER_ROW.test(delimiter) || /^-+[ \t]*$|^-[ \t]/.test(delimiter)) return false;
    const header = cells(lineText(state, startLine));
    const aligns = alignments(delimiter);
    if (header.length !== aligns.length) return false;
    if (silent) return true;
    // (A row followed by a delimiter row is a row: only a paragraph's line becomes a header.)
    const terminators = state.md.block.ruler.getRules('paragraph').filter((other) => other !== rule);
    const row = (texts: string[], tag: 'th' | 'td', line: number) => {
      state.push('tr_open', 'tr', 1).map = [line, line + 1];
      for (let i = 0; i < aligns.length; i++) {
        const open = state.push(`${tag}_open`, tag, 1);
        if (aligns[i]) open.attrs = [['style', `text-align:${aligns[i]}`]];
        const inline = state.push('inline', '', 0);
        inline.content = texts[i] ?? '';
        inline.map = [line, line + 1];
        inline.children = [];
        state.push(`${tag}_close`, tag, -1);
      }
      state.push('tr_close', 'tr', -1);
    };
    const tableOpen = state.push('table_open', 'table', 1);
    state.push('thead_open', 'thead', 1);
    row(header, 'th', startLine);
    state.push('thead_close', 'thead', -1);
    let line = next + 1;
    // Rows end where another block starts, as in any block but a paragraph: indented code, an
    // empty list item, a list starting at any number.
    const parentType = state.parentType;
    state.parentType = 'table' as typeof parentType;
    for (; line < endLine; line++) {
      if (state.isEmpty(line) || state.sCount[line]! < state.blkIndent) break;
      if (state.sCount[line]! - state.blkIndent >= 4) break;
      if (terminators.some((rule) => rule(state, line, endLine, true))) break;
      // (A row of no cells, `|` alone, is no row: it starts a paragraph.)
      const texts = cells(lineText(state, line));
      if (texts.length === 0) break;
      if (line === next + 1) state.push('tbody_open', 'tbody', 1);
      row(texts, 'td', line);
    }
    state.parentType = parentType;
    if (line > next + 1) state.push('tbody_close', 'tbody', -1);
    state.push('table_close', 'table', -1);
    tableOpen.map = [startLine, line];
    state.line = line;
    return true;
  };
  md.block.ruler.before('lheading', 'gfm_table', rule, { alt: ['paragraph'] });
  // A table made of a paragraph's last line leaves the lines before it a paragraph, `\|` read
  // as `|` there too (cmark-gfm reads the pipes of the paragraph's text at once).
  md.core.ruler.after('block', 'gfm_table_paragraph', (state) => {
    const tokens = state.tokens;
    for (let i = 3; i < tokens.length; i++) {
      const inline = tokens[i - 2]!;
      if (tokens[i]!.type !== 'table_open' || tokens[i - 1]!.type !== 'paragraph_close' || inline.type !== 'inline')
        continue;
      if (inline.map?.[1] === tokens[i]!.map?.[0]) inline.content = inline.content.replaceAll('\\|', '|');
    }
  });
}
