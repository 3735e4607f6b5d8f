import { describe, expect, it } from 'vitest';
import { readTableReader } from '../../../src/config/table-reader.js';
import { KilnError } from '../../../src/shared/errors.js';

const fail = (message: string, key: string) => new KilnError(`${key}: ${message}`, '_config.yml');
const read = (raw: Record<string, unknown>) => readTableReader(raw, 'csv_reader', fail);

// Jekyll 4.3's csv_reader / tsv_reader (oracle site `data-csv-reader`).
describe('csv_reader', () => {
  it('is header rows of text by default', () => {
    expect(read({})).toEqual({ converters: [], headers: true, dropBom: false });
  });
  it('reads converters, combinations in their order, headers and a BOM-dropping encoding', () => {
    expect(
      read({ csv_reader: { csv_converters: ['numeric', 'float'], headers: false, encoding: 'BOM|UTF-8' } }),
    ).toEqual({ converters: ['integer', 'float', 'float'], headers: false, dropBom: true });
    expect(read({ encoding: 'bom|utf-8' }).dropBom).toBe(true);
    expect(read({ encoding: 'bom|utf-8', csv_reader: { encoding: 'utf-8' } }).dropBom).toBe(false);
  });
  it('says what kiln does not read rather than building other values', () => {
    expect(() => read({ csv_reader: { csv_converters: ['date'] } })).toThrow(/does not read dates/);
    expect(() => read({ csv_reader: { csv_converters: ['money'] } })).toThrow(/no CSV converter is named "money"/);
    expect(() => read({ csv_reader: { headers: 'a,b' } })).toThrow(/must be true or false/);
    expect(() => read({ csv_reader: { encoding: 'iso-8859-1' } })).toThrow(/reads tables as UTF-8/);
  });
});
