import { KilnError } from '../shared/errors.js';

/** A table's cell as Ruby's CSV reads it: an empty unquoted field is nil, a quoted one "". */
export type TableCell = string | null;

/**
 * The rows of a CSV or TSV text, read by the rules of Ruby's CSV (as Jekyll's `CSV.read` reads a
 * data file, without liberal parsing): a field is quoted (`""` inside for a quote) or holds no
 * quote and no line break; one row separator, the file's first line ending (`rowSeparator`), ends
 * every row; a blank line is an empty row. Anything else is an error at the line it is on,
 * with Ruby's message (a CRLF file with an LF line appended fails, as in Jekyll, instead of
 * reading a stray `\n` into a cell).
 */
export function readTableRows(text: string, colSep: string, path: string, kind: 'CSV' | 'TSV'): TableCell[][] {
  const rowSep = rowSeparator(text);
  const error = (message: string, at: number) => new KilnError(`invalid ${kind}: ${message}`, path, lineAt(text, at));
  const rows: TableCell[][] = [];
  let row: TableCell[] = [];
  let i = 0;
  while (true) {
    const start = i;
    let value: TableCell = null;
    const quoted = text.charCodeAt(i) === QUOTE;
    if (quoted) {
      value = '';
      i++;
      while (true) {
        const close = text.indexOf('"', i);
        if (close < 0) throw error('Unclosed quoted field', start);
        value += text.slice(i, close);
        if (text.charCodeAt(close + 1) !== QUOTE) {
          i = close + 1;
          break;
        }
        value += '"';
        i = close + 2;
      }
    } else {
      while (i < text.length && !ENDS_UNQUOTED.has(text[i]!) && !text.startsWith(colSep, i)) i++;
      if (i > start) value = text.slice(start, i);
    }
    if (text.startsWith(colSep, i)) {
      row.push(value);
      i += colSep.length;
    } else if (text.startsWith(rowSep, i) || i >= text.length) {
      // A row's end, or the end of the text (which ends no row after a row separator).
      if (row.length > 0 || value !== null) row.push(value);
      if (row.length > 0 || i < text.length) rows.push(row);
      row = [];
      if (i >= text.length) return rows;
      i += rowSep.length;
      if (i >= text.length) return rows;
    } else {
      const lineEnd = LINE_END.exec(text.slice(i, i + 2))?.[0];
      if (quoted) throw error("Any value after quoted field isn't allowed", i);
      if (value !== null && lineEnd) throw error(`Unquoted fields do not allow new line <${inspect(lineEnd)}>`, i);
      if (text.charCodeAt(i) === QUOTE) throw error('Illegal quoting', i);
      throw error(`New line must be <${inspect(rowSep)}> not <${inspect(lineEnd ?? '')}>`, i);
    }
  }
}

const QUOTE = 0x22;
const ENDS_UNQUOTED = new Set(['"', '\r', '\n']);
const LINE_END = /^(?:\r\n|\n|\r)/;
const inspect = (lineEnd: string) => JSON.stringify(lineEnd);

/**
 * The row separator Ruby's CSV finds (`row_sep: :auto`): the file's first line ending, inside
 * quotes or not; a `\r` right before the first `\n` makes it `\r\n`, a `\r` earlier `\r`. A text
 * with no line break is one row, whatever the separator.
 */
export function rowSeparator(text: string): string {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr < 0 || (lf >= 0 && lf < cr)) return '\n';
  return cr + 1 === lf ? '\r\n' : '\r';
}

/** The line (from 1) at `offset`, counting `\r\n`, `\n` and `\r` as line ends, as an editor does. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
  }
  return line;
}
