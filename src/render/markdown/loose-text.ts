import type { MarkdownIt, StateBlock } from 'markdown-it';

/**
 * Per document: the white space kramdown leaves at the start of a line whose indentation has a
 * tab once its container's is taken off (list items, footnotes), as it is: kramdown makes only
 * leading tabs spaces, and keeps a tab after a space (`- a`, `  \tx` is the text `a\n\tx`).
 */
const kept = new WeakMap<object, Map<number, string>>();

// One to three spaces then a tab: a loose line's start (see looseIndent).
const LOOSE = /^ {1,3}\t/;

/**
 * Records what kramdown leaves of `line`'s indentation (`blanks`, its tabs already four spaces
 * each where they lead) once `columns` spaces are taken off it (none when it has fewer); `null`
 * forgets the line. Returns what was recorded before, to put back with restoreBlanks.
 */
export function keepBlanks(state: StateBlock, line: number, blanks: string | null, columns = 0): string | undefined {
  let lines = kept.get(state.env);
  const before = lines?.get(line);
  if (blanks === null) lines?.delete(line);
  else {
    if (!lines) kept.set(state.env, (lines = new Map()));
    // (kramdown makes the tabs a line starts with spaces each time a list takes its text.)
    const spaced = blanks.replace(/^\t+/, (tabs) => ' '.repeat(4 * tabs.length));
    lines.set(line, spaced.startsWith(' '.repeat(columns)) ? spaced.slice(columns) : spaced);
  }
  return before;
}

/** The white space recorded for the document's lines (see keepBlanks), if any. */
export function keptBlanks(state: StateBlock): ReadonlyMap<number, string> | undefined {
  const lines = kept.get(state.env);
  return lines && lines.size > 0 ? lines : undefined;
}

/** Puts back what keepBlanks returned for `line`. */
export function restoreBlanks(state: StateBlock, line: number, left: string | undefined): void {
  const lines = kept.get(state.env);
  if (left === undefined) lines?.delete(line);
  else if (lines) lines.set(line, left);
  else kept.set(state.env, new Map([[line, left]]));
}

/**
 * The white space `line` starts with from its container's column on, when that is one to three
 * spaces then a tab: no kramdown block takes such a line (code needs a tab or four spaces first,
 * a paragraph a character that is not white space after at most three spaces).
 */
export function looseIndent(state: StateBlock, line: number): string | undefined {
  // (A line of white space only, ` \t` too, is a blank line, which kramdown reads first.)
  if (state.sCount[line]! - state.blkIndent < 4 || state.isEmpty(line)) return undefined;
  const src = state.src;
  const end = state.bMarks[line]! + state.tShift[line]!;
  let p = state.bMarks[line]!;
  // (The container's columns, counted from where the line's text starts in it.)
  for (let column = 0; column < state.blkIndent; p++) {
    if (p >= end) return undefined;
    column = src.charCodeAt(p) === 0x09 ? column + 4 - (column % 4) : column + 1;
    if (column > state.blkIndent) return undefined;
  }
  let spaces = 0;
  while (src.charCodeAt(p + spaces) === 0x20) spaces++;
  return spaces > 0 && spaces < 4 && src.charCodeAt(p + spaces) === 0x09 ? src.slice(p, end) : undefined;
}

/** The white space a loose line starts with (see looseIndent), also when keepBlanks holds it. */
export function looseBlanks(state: StateBlock, line: number): string | undefined {
  const left = kept.get(state.env)?.get(line);
  if (left === undefined) return looseIndent(state, line);
  return LOOSE.test(left) && state.sCount[line]! - state.blkIndent >= 4 ? left : undefined;
}

/** Whether `line` is a loose line: see looseIndent, and keepBlanks for lines whose white space was taken apart. */
export function looseLine(state: StateBlock, line: number): boolean {
  if (state.sCount[line]! - state.blkIndent < 4 || state.isEmpty(line)) return false;
  const left = kept.get(state.env)?.get(line);
  return left !== undefined ? LOOSE.test(left) : looseIndent(state, line) !== undefined;
}

/** A loose line (see looseLine) as kramdown has it: from its container's column on, white space kept. */
export function looseLineText(state: StateBlock, line: number): string {
  const left = kept.get(state.env)?.get(line);
  if (left === undefined) return state.getLines(line, line + 1, state.blkIndent, false);
  return `${left}${state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line])}`;
}

/**
 * kramdown's line that no block parser takes (`  \tx`): its text, spans parsed, written as it is
 * with no element around it and no indentation added (`  \t<em>x</em>`), a run of such lines
 * together. A paragraph before it takes it as its next line; nothing else is changed.
 */
export function looseText(md: MarkdownIt): void {
  md.block.ruler.before(
    'code',
    'kramdown_loose_text',
    (state, startLine, endLine, silent) => {
      if (!looseLine(state, startLine)) return false;
      if (silent) return true;
      let end = startLine + 1;
      while (end < endLine && looseLine(state, end)) end++;
      const open = state.push('kramdown_text_open', '', 1);
      open.map = [startLine, end];
      const inline = state.push('inline', '', 0);
      let content = '';
      for (let line = startLine; line < end; line++) content += `${looseLineText(state, line)}\n`;
      // (The source's last line has a line break too: kramdown ends every source with one.)
      inline.content = content;
      inline.map = [startLine, end];
      inline.children = [];
      state.push('kramdown_text_close', '', -1);
      state.line = end;
      return true;
    },
    { alt: [] },
  );
}
