import type { MarkdownIt, StateBlock, StateInline, Token } from 'markdown-it';
import { rubyStrip } from '../../shared/ruby-text.js';
import { atxHeader, setextAt } from './atx-headers.js';
import { atBlockBoundary, boundaryLine } from './block-tokens.js';
import type { Entity } from './entities.js';
import { BLOCK_ELEMENTS, commentAt, endTagAt, type StartTag, startTagAt } from './html-syntax.js';
import { TAKEN } from './ial-lines.js';
import { indentedLine } from './lazy-lines.js';

type Align = '' | 'left' | 'center' | 'right';

// Ruby's `\s` (kramdown's): a no-break space next to a backtick is no white space.
const RUBY_SPACE = /^[ \t\n\v\f\r]$/;
// A `<code>` element, which kramdown keeps whole when it splits a row into cells.
const CODE_ELEMENT = /<code.*?>.*?<\/code>/y;

/**
 * Where the code span whose backtick run starts at `i` ends, or -1 when the run is text (a lone
 * backtick between white space, or in kramdown 2 before white space at the line's start).
 */
function codeSpanEnd(line: string, i: number, compat: 1 | 2): number {
  let n = 1;
  while (line[i + n] === '`') n++;
  if (n === 1 && (i === 0 ? compat === 2 : RUBY_SPACE.test(line[i - 1]!)) && RUBY_SPACE.test(line[i + 1] ?? ''))
    return -1;
  const end = line.indexOf('`'.repeat(n), i + n);
  return end < 0 ? -1 : end + n;
}

/**
 * The code span `line[i, end)` as kramdown writes it back into its cell: its code between a run of
 * one backtick more than the longest in it, with a space inside each end when that run is longer
 * than one (`` `` `` is then two backticks, text; ``  x  `` is `` ` x ` ``).
 */
function codeSpanAgain(line: string, i: number, end: number): string {
  let n = 1;
  while (line[i + n] === '`') n++;
  let code = line.slice(i + n, end - n);
  if (n > 1) code = code.replace(/^ /, '').replace(/ $/, '');
  const delimiter = `${(code.match(/`+/g) ?? ['']).reduce((a, b) => (b.length > a.length ? b : a))}\``;
  const pad = delimiter.length > 1 ? ' ' : '';
  return `${delimiter}${pad}${code}${pad}${delimiter}`;
}

/**
 * The cells of a table line, split as kramdown splits them: at each `|` not escaped and not
 * inside a code span or a `<code>` element; an escaped pipe is a pipe in the cell (kramdown 1
 * loses it right at the start of a run of text: the line's, or one after code). `leadingPipe`
 * (the table's first line starts with `|`) drops an empty first cell; an empty last cell is
 * always dropped.
 */
function splitRow(line: string, leadingPipe: boolean, indented: boolean, compat: 1 | 2): string[] {
  const cells = [''];
  const add = (s: string) => {
    cells[cells.length - 1] += s;
  };
  let runStart = !indented;
  for (let i = 0; i < line.length; ) {
    const c = line[i]!;
    if (c === '\\' && line[i + 1] === '|') {
      if (!runStart || compat === 2) add('|');
      i += 2;
      continue;
    }
    runStart = false;
    let end = -1;
    if (c === '`') end = codeSpanEnd(line, i, compat);
    else if (c === '<') {
      CODE_ELEMENT.lastIndex = i;
      if (CODE_ELEMENT.test(line)) end = CODE_ELEMENT.lastIndex;
    }
    if (end > 0) {
      add(c === '`' ? codeSpanAgain(line, i, end) : line.slice(i, end));
      i = end;
      runStart = true;
      continue;
    }
    if (c === '`') {
      let n = 1;
      while (line[i + n] === '`') n++;
      add(line.slice(i, i + n));
      i += n;
      continue;
    }
    if (c === '|') cells.push('');
    else add(c);
    i++;
  }
  if (leadingPipe && rubyStrip(cells[0]!) === '') cells.shift();
  if (cells.length > 0 && rubyStrip(cells[cells.length - 1]!) === '') cells.pop();
  return cells.map(rubyStrip);
}

// A pipe kramdown sees on a line: at its start, or after a character other than a backslash.
const PIPE = /^(?:\||[^\n]*?[^\\\n]\|)/;

/** Ruby's `String#split("\n")`: trailing empty strings dropped. */
function rubyLines(text: string): string[] {
  const lines = text.split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The start tag of a span element at `i` (not an end tag, not a block element's tag), if any. */
function spanTagAt(text: string, i: number, compat: 1 | 2): StartTag | null {
  const tag = endTagAt(text, i) ? null : startTagAt(text, i, compat);
  return tag && !BLOCK_ELEMENTS.includes(tag.name.toLowerCase()) ? tag : null;
}

/**
 * The run of `n` backticks at `i` and where the run closing its code span starts (-1: the run is
 * text; so is a lone backtick between white space, or in kramdown 2 before white space at the start).
 */
function backtickRun(text: string, i: number, compat: 1 | 2): { n: number; close: number } {
  let n = 1;
  while (text[i + n] === '`') n++;
  const simple =
    n === 1 && (i === 0 ? compat === 2 : RUBY_SPACE.test(text[i - 1]!)) && RUBY_SPACE.test(text[i + 1] ?? '');
  return { n, close: simple ? -1 : text.indexOf('`'.repeat(n), i + n) };
}

/**
 * Whether kramdown keeps the rows as a table once it has read their code spans and span HTML:
 * a pipe hidden in a code span or an HTML element does not count, by kramdown's own walk over
 * the text's pieces. (An element ends where the span parser ends it: emphasis or a link inside
 * may take its end tag, `<span>*</span>|*`, and then it runs to the text's end.)
 */
function pipesShow(text: string, compat: 1 | 2, md: MarkdownIt, env: unknown): boolean {
  let spans: StateInline | undefined;
  const pieces: Array<{ code: boolean; value: string }> = [];
  let textStart = 0;
  const piece = (at: number, code: boolean, value: string) => {
    if (at > textStart) pieces.push({ code: false, value: text.slice(textStart, at) });
    pieces.push({ code, value });
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c === '`') {
      const { n, close } = backtickRun(text, i, compat);
      if (close >= 0) {
        let value = text.slice(i + n, close);
        if (n > 1) value = value.replace(/^ /, '').replace(/ $/, '');
        piece(i, true, value);
        i = textStart = close + n;
      } else i += n;
      continue;
    }
    if (c === '<') {
      const comment = commentAt(text, i, compat);
      if (comment >= 0) {
        piece(i, false, text.slice(i, comment));
        i = textStart = comment;
        continue;
      }
      const tag = spanTagAt(text, i, compat);
      if (tag) {
        piece(i, false, tag.name);
        spans ??= new md.inline.State(text, md, env, []);
        spans.pos = i;
        md.inline.skipToken(spans);
        i = textStart = spans.pos;
        continue;
      }
    }
    i++;
  }
  if (text.length > textStart) pieces.push({ code: false, value: text.slice(textStart) });
  let pipeOnLine = false;
  for (const { code, value } of pieces) {
    const lines = rubyLines(value);
    if (code) {
      if (lines.length > 2 || (lines.length === 2 && !pipeOnLine)) break;
      if (lines.length === 2) pipeOnLine = false;
    } else {
      if (lines.length > 1 && !pipeOnLine && !PIPE.test(lines[0]!)) break;
      pipeOnLine = (lines.length > 1 ? false : pipeOnLine) || PIPE.test(lines[lines.length - 1] ?? '');
    }
  }
  return pipeOnLine;
}

// kramdown's separator lines: a header (or body) separator has a `-`, a footer one a `=`
// (kramdown 2 also allows tabs).
const SEPARATOR = { 1: /^[+|: -]*-[+|: -]*$/, 2: /^[+|: \t-]*-[+|: \t-]*$/ };
const FOOTER_SEPARATOR = { 1: /^[+|: =]*=[+|: =]*$/, 2: /^[+|: \t=]*=[+|: \t=]*$/ };

function alignments(line: string): Align[] {
  return [...line.matchAll(/[ \t]?(:?)-+(:?)[ \t]?/g)].map(([, left, right]) =>
    left && right ? 'center' : right ? 'right' : left ? 'left' : '',
  );
}

/**
 * kramdown's tables: every line with a `|` outside code spans is a table row, with or without a
 * header line (`Pick a | b here.` is a one-row table), also inside a list item. A separator line
 * (`|---|:-:|`) after the first rows makes them the header and sets the alignment; `|===` starts
 * the footer. A table starts only at a block boundary (the start of its container, after a blank
 * line, a block IAL or `^`), so not right after a header or a paragraph, and it is a paragraph
 * after all when a line that is no row follows it. An empty cell holds a no-break space.
 */
export function tables(md: MarkdownIt, compat: 1 | 2): void {
  md.block.ruler.disable('table');
  // Where kramdown tries it: after math blocks, before the definitions of footnotes, links and
  // abbreviations (`*[A|B]: z` is a table row).
  md.block.ruler.after('kramdown_math_block', 'kramdown_table', (state, startLine, endLine, silent) =>
    atxHeader(state, startLine, compat) === null ? table(state, startLine, endLine, silent, compat) : false,
  );
}

/** Per document: the first `|` at or after `from` (-1: none), so that each block start does not scan its line. */
const nextPipe = new WeakMap<object, { from: number; at: number }>();

function hasPipe(state: StateBlock, line: number): boolean {
  const start = state.bMarks[line]! + state.tShift[line]!;
  let found = nextPipe.get(state.env);
  if (!found || found.from > start || (found.at >= 0 && found.at < start)) {
    found = { from: start, at: state.src.indexOf('|', start) };
    nextPipe.set(state.env, found);
  }
  return found.at >= 0 && found.at < state.eMarks[line]!;
}

/** A row's text: without its indentation, and without the spaces and tabs that end it (not others). */
function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]).replace(/[ \t]+$/, '');
}

function table(state: StateBlock, startLine: number, endLine: number, silent: boolean, compat: 1 | 2): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  // Most blocks have no pipe on their first line: no table.
  if (!hasPipe(state, startLine) || !PIPE.test(lineText(state, startLine))) return false;
  if (!atBlockBoundary(state, startLine)) return false;
  // (kramdown reads a Setext header first: `a | b` then `---` is one, and a block IAL before it is its.)
  if (setextAt(state, startLine, endLine)) return false;
  // From here on kramdown reads a table: if it gives up, the block IALs waiting went with it.
  const giveUp = () => {
    if (!silent)
      for (let i = state.tokens.length - 1; state.tokens[i]?.type === 'kramdown_ial'; i--)
        state.tokens[i]!.info = TAKEN;
    return false;
  };
  type Row = { cells: string[]; line: number };
  const sections: Array<{ kind: 'thead' | 'tbody' | 'tfoot'; rows: Row[] }> = [];
  let rows: Row[] = [];
  let hasFooter = false;
  let aligns: Align[] | null = null;
  const leadingPipe = lineText(state, startLine).startsWith('|');
  const close = (kind: 'thead' | 'tbody' | 'tfoot', force = false) => {
    if (!hasFooter || kind !== 'tbody' || force) {
      sections.push({ kind, rows });
      rows = [];
    }
  };
  let line = startLine;
  for (; line < endLine; line++) {
    if (state.isEmpty(line) || state.sCount[line]! < state.blkIndent) break;
    const text = lineText(state, line);
    if (!PIPE.test(text)) break;
    if (SEPARATOR[compat].test(text)) {
      if (rows.length === 0) continue;
      if (!aligns && !hasFooter) {
        close('thead');
        aligns = alignments(text);
      } else close('tbody');
      continue;
    }
    if (FOOTER_SEPARATOR[compat].test(text)) {
      if (rows.length > 0) close('tbody', true);
      hasFooter = true;
      continue;
    }
    rows.push({ cells: splitRow(text, leadingPipe, state.sCount[line]! > state.blkIndent, compat), line });
  }
  // The table must end at a block boundary: a blank line, a block IAL, `^` or its container's end.
  if (line < endLine && !state.isEmpty(line) && state.sCount[line]! >= state.blkIndent && !boundaryLine(state, line))
    return giveUp();
  const rowLines: string[] = [];
  // (With their indentation in the container: kramdown reads ` <n>|` as text ` ` then an element.)
  for (let l = startLine; l < line; l++) rowLines.push(indentedLine(state, l).replace(/[ \t]+$/, ''));
  if (!pipesShow(rowLines.join('\n'), compat, state.md, state.env)) return giveUp();
  if (rows.length > 0) close(hasFooter ? 'tfoot' : 'tbody');
  if (!sections.some((s) => s.kind === 'tbody')) return giveUp();
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
        inline.children = inline.content === '' ? [noBreakSpace(state)] : [];
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

/** What kramdown writes in an empty cell: a no-break space, as `kramdown.entity_output` writes it. */
function noBreakSpace(state: StateBlock): Token {
  const token = new state.Token('kramdown_entity', '', 0);
  token.content = '\u00a0';
  token.meta = { code: 0xa0 } satisfies Entity;
  return token;
}
