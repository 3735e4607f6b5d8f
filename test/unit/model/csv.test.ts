import { describe, expect, it } from 'vitest';
import { readTableRows, rowSeparator } from '../../../src/model/csv.js';
import { KilnError } from '../../../src/shared/errors.js';

const rows = (text: string, colSep = ',') => readTableRows(text, colSep, '_data/t.csv', 'CSV');
const failure = (text: string) => {
  try {
    rows(text);
  } catch (e) {
    if (e instanceof KilnError) return e.head();
    throw e;
  }
  return 'read';
};

// Ruby's CSV, as Jekyll reads a table (oracle sites `data-csv-line-ends`, `data-csv-blank-rows`,
// `error-data-csv-mixed-line-ends`, `error-data-csv-line-after-quoted`).
describe('rowSeparator', () => {
  it('is the first line ending, quoted or not', () => {
    expect(rowSeparator('a,b\r\n1,2\n')).toBe('\r\n');
    expect(rowSeparator('a,"b\nc"\r\n')).toBe('\n');
    expect(rowSeparator('a\rb\nc')).toBe('\r');
    expect(rowSeparator('a,b')).toBe('\n');
  });
});

describe('readTableRows', () => {
  it('reads empty unquoted fields as nil, quoted ones as text, a blank line as an empty row', () => {
    expect(rows('a,b\n\n,""\n"x""y",\n')).toEqual([['a', 'b'], [], [null, ''], ['x"y', null]]);
  });
  it('reads a line break inside quotes, and a last row without a line ending', () => {
    expect(rows('a\tb\r\n"1\n2"\tz', '\t')).toEqual([
      ['a', 'b'],
      ['1\n2', 'z'],
    ]);
  });
  it("fails where Ruby's CSV fails, at the line of the fault", () => {
    expect(failure('x,y\r\n1,2\r\n3,4\n')).toBe(
      '_data/t.csv:3: invalid CSV: Unquoted fields do not allow new line <"\\n">',
    );
    expect(failure('x,y\r\n1,\n')).toBe('_data/t.csv:2: invalid CSV: New line must be <"\\r\\n"> not <"\\n">');
    expect(failure('x,y\n1,"2"\r\n')).toBe("_data/t.csv:2: invalid CSV: Any value after quoted field isn't allowed");
    expect(failure('x,y\r\n1,"a\r\nb"\r\n2,a"b\r\n')).toBe('_data/t.csv:4: invalid CSV: Illegal quoting');
    expect(failure('x,y\n1,"a\n')).toBe('_data/t.csv:2: invalid CSV: Unclosed quoted field');
  });
});
