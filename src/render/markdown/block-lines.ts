import type { MarkdownIt, StateBlock } from 'markdown-it';

/** The line tables of markdown-it's block state (test/markdown/shortcuts.test.ts holds them to markdown-it's). */
interface LineTables {
  bMarks: number[];
  eMarks: number[];
  tShift: number[];
  sCount: number[];
  bsCount: number[];
  lineMax: number;
}

/**
 * Fills the line tables for `src`: where each line begins and ends (before its newline), the
 * blanks (spaces and tabs) that begin it and the columns they take (a tab to the next multiple of
 * 4), then one empty line at the end. As in markdown-it, a last line of blanks alone with no
 * newline after it is no line. Each line's end is found by indexOf; only its indentation is read
 * character by character.
 */
export function measureLines(state: LineTables, src: string): void {
  const bMarks: number[] = [];
  const eMarks: number[] = [];
  const tShift: number[] = [];
  const sCount: number[] = [];
  const bsCount: number[] = [];
  const length = src.length;
  for (let start = 0; start < length; ) {
    const newline = src.indexOf('\n', start);
    const end = newline < 0 ? length : newline;
    let p = start;
    let column = 0;
    for (; p < end; p++) {
      const c = src.charCodeAt(p);
      if (c === 0x20) column++;
      else if (c === 0x09) column += 4 - (column % 4);
      else break;
    }
    if (p === end && newline < 0) break;
    bMarks.push(start);
    eMarks.push(end);
    tShift.push(p - start);
    sCount.push(column);
    bsCount.push(0);
    start = end + 1;
  }
  bMarks.push(length);
  eMarks.push(length);
  tShift.push(0);
  sCount.push(0);
  bsCount.push(0);
  state.bMarks = bMarks;
  state.eMarks = eMarks;
  state.tShift = tShift;
  state.sCount = sCount;
  state.bsCount = bsCount;
  state.lineMax = bMarks.length - 1;
}

/**
 * kiln's instance makes its block states with measureLines: markdown-it's constructor reads the
 * source a character at a time (about a fifteenth of kiln's Markdown time); this one is made with
 * an empty source, which it measures in no time, then measured here.
 */
export function blockLines(md: MarkdownIt): void {
  const Stock = md.block.State;
  class LineState extends Stock {
    constructor(src: string, parser: MarkdownIt, env: unknown, tokens: StateBlock['tokens']) {
      super('', parser, env, tokens);
      this.src = src;
      measureLines(this, src);
    }
  }
  md.block.State = LineState;
}
