import type { MarkdownIt, StateBlock } from 'markdown-it';
import { isBlockIal } from './attribute-lists.js';

type Align = '' | 'left' | 'center' | 'right';

/** The cells of a table line: split at each `|` that is neither escaped nor inside a code span; null if there is none. */
function splitRow(line: string): string[] | null {
  const cells: string[] = [];
  let cell = '';
  let pipes = 0;
  for (let i = 0; i < line.length; ) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) {
      cell += line.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      let n = 1;
      while (line[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      const end = line.indexOf(fence, i + n);
      // A run of backticks without its closing run is text.
      const stop = end < 0 || line[end + n] === '`' ? i + n : end + n;
      cell += line.slice(i, stop);
      i = stop;
    } else if (c === '|') {
      cells.push(cell);
      cell = '';
      pipes++;
      i++;
    } else {
      cell += c;
      i++;
    }
  }
  if (pipes === 0) return null;
  cells.push(cell);
  const trimmed = line.trim();
  if (trimmed.startsWith('|')) cells.shift();
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|') && cells.length > 0) cells.pop();
  return cells.map((c) => c.trim());
}

const SEPARATOR = /^[+|: \t-]*-[+|: \t-]*$/;
const FOOTER_SEPARATOR = /^[+|: \t=]*=[+|: \t=]*$/;

function alignments(line: string): Align[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/[|+]/)
    .map((c) => {
      const s = c.trim();
      const left = s.startsWith(':'),
        right = s.endsWith(':');
      return left && right ? 'center' : right ? 'right' : left ? 'left' : '';
    });
}

/**
 * kramdown's tables: every line with a `|` outside code spans is a table row, with or without a
 * header line (`Pick a | b here.` is a one-row table), also inside a list item. A separator line
 * (`|---|:-:|`) after the first rows makes them the header and sets the alignment; `|===` starts
 * the footer. A table needs a blank line (or the start of its block) before it, does not
 * interrupt a paragraph, and is a paragraph after all when a line that is no row follows it.
 */
export function tables(md: MarkdownIt): void {
  md.block.ruler.disable('table');
  md.block.ruler.before('footnote_def', 'kramdown_table', (state, startLine, endLine, silent) =>
    table(state, startLine, endLine, silent),
  );
}

function hasPipe(state: StateBlock, line: number): boolean {
  const end = state.eMarks[line]!;
  for (let i = state.bMarks[line]! + state.tShift[line]!; i < end; i++)
    if (state.src.charCodeAt(i) === 0x7c) return true;
  return false;
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

function table(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  // Most blocks have no pipe on their first line: no table.
  if (!hasPipe(state, startLine)) return false;
  type Row = { cells: string[]; line: number };
  const sections: Array<{ kind: 'thead' | 'tbody' | 'tfoot'; rows: Row[] }> = [];
  let current: Row[] = [];
  let kind: 'tbody' | 'tfoot' = 'tbody';
  let aligns: Align[] | null = null;
  let hasHead = false;
  let line = startLine;
  for (; line < endLine; line++) {
    if (state.isEmpty(line) || state.sCount[line]! < state.blkIndent) break;
    const text = lineText(state, line);
    if (SEPARATOR.test(text) && text.includes('-')) {
      if (!aligns) aligns = alignments(text);
      if (!hasHead && sections.length === 0 && current.length > 0) {
        sections.push({ kind: 'thead', rows: current });
        current = [];
        hasHead = true;
      } else if (current.length > 0) {
        sections.push({ kind, rows: current });
        current = [];
      }
      continue;
    }
    if (FOOTER_SEPARATOR.test(text)) {
      if (current.length > 0) sections.push({ kind, rows: current });
      current = [];
      kind = 'tfoot';
      continue;
    }
    const cells = splitRow(text);
    if (!cells) {
      if (line === startLine) return false;
      break;
    }
    current.push({ cells, line });
  }
  if (current.length > 0) sections.push({ kind, rows: current });
  if (!sections.some((s) => s.kind !== 'thead' || s.rows.length > 0) || sections.length === 0) return false;
  // A line that is no table row right after the rows: the whole is a paragraph.
  if (line < endLine && !state.isEmpty(line) && state.sCount[line]! >= state.blkIndent && !isIalLine(state, line))
    return false;
  if (silent) return true;

  const columns = Math.max(...sections.flatMap((s) => s.rows.map((r) => r.cells.length)));
  const open = state.push('table_open', 'table', 1);
  open.map = [startLine, line];
  for (const section of sections) {
    state.push(`${section.kind}_open`, section.kind, 1);
    for (const row of section.rows) {
      const tr = state.push('tr_open', 'tr', 1);
      tr.map = [row.line, row.line + 1];
      for (let c = 0; c < columns; c++) {
        const tag = section.kind === 'thead' ? 'th' : 'td';
        const cell = state.push(`${tag}_open`, tag, 1);
        const align = aligns?.[c];
        if (align) cell.attrs = [['style', `text-align: ${align}`]];
        const inline = state.push('inline', '', 0);
        inline.content = row.cells[c] ?? '';
        inline.map = [row.line, row.line + 1];
        inline.children = [];
        state.push(`${tag}_close`, tag, -1);
      }
      state.push('tr_close', 'tr', -1);
    }
    state.push(`${section.kind}_close`, section.kind, -1);
  }
  state.push('table_close', 'table', -1);
  state.line = line;
  return true;
}

/** A line holding only a block IAL (`{: .class}`), which ends a table as it ends a paragraph. */
function isIalLine(state: StateBlock, line: number): boolean {
  return isBlockIal(lineText(state, line));
}
