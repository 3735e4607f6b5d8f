import type { ConfigFail, TableReaderConfig } from './types.js';
import { describe } from './values.js';

const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

// Ruby CSV's converters kiln runs, with the ones a combination stands for (`numeric`).
const CONVERTERS: Readonly<Record<string, readonly ('integer' | 'float')[]>> = {
  integer: ['integer'],
  float: ['float'],
  numeric: ['integer', 'float'],
};
// Ruby's Date.parse/DateTime.parse, which these run, is not carried over.
const NOT_DONE = new Set(['date', 'date_time', 'all']);

/**
 * `csv_reader:` or `tsv_reader:` (Jekyll 4.3's options for Ruby's CSV.read of `_data` tables):
 * `csv_converters` (integer, float, numeric), `headers` (true: rows are hashes keyed by the
 * first line; false: lists of cells) and `encoding` (`utf-8`, or `bom|utf-8`, which drops a
 * byte-order mark), falling back to the site's `encoding:`.
 */
export function readTableReader(
  raw: Readonly<Record<string, unknown>>,
  key: 'csv_reader' | 'tsv_reader',
  fail: ConfigFail,
): TableReaderConfig {
  const v = raw[key];
  if (v !== undefined && v !== null && !isMapping(v))
    throw fail(
      `${key} must be a mapping of CSV options, such as { csv_converters: [numeric] }, not ${describe(v)}`,
      key,
    );
  const options = isMapping(v) ? v : {};
  return {
    converters: converters(options.csv_converters, `${key}.csv_converters`, fail),
    headers: headers(options.headers, `${key}.headers`, fail),
    // The site's `encoding:` is read for every file; only the reader's own is held to UTF-8 here.
    dropBom:
      options.encoding === undefined ? isBomUtf8(raw.encoding) : dropBom(options.encoding, `${key}.encoding`, fail),
  };
}

function converters(v: unknown, at: string, fail: ConfigFail): readonly ('integer' | 'float')[] {
  if (v === undefined) return [];
  if (!Array.isArray(v))
    throw fail(`${at} must be a list of converter names, such as [numeric], not ${describe(v)}`, at);
  return v.flatMap((name) => {
    const named = typeof name === 'string' ? CONVERTERS[name] : undefined;
    if (named) return named;
    if (NOT_DONE.has(String(name)))
      throw fail(`${at}: kiln does not read dates in tables (Ruby's Date.parse); use integer, float or numeric`, at);
    throw fail(`${at}: no CSV converter is named ${describe(name)}; Ruby's CSV has integer, float and numeric`, at);
  });
}

function headers(v: unknown, at: string, fail: ConfigFail): boolean {
  if (v === undefined || v === true) return true;
  if (v === false || v === null) return false;
  throw fail(`${at} must be true or false, not ${describe(v)} (kiln takes the header from the file)`, at);
}

const isBomUtf8 = (v: unknown) => typeof v === 'string' && /^bom\|utf-?8$/i.test(v);

function dropBom(v: unknown, at: string, fail: ConfigFail): boolean {
  if (isBomUtf8(v)) return true;
  if (v === null || (typeof v === 'string' && /^utf-?8$/i.test(v))) return false;
  throw fail(`${at}: kiln reads tables as UTF-8 (utf-8 or bom|utf-8), not ${describe(v)}`, at);
}
