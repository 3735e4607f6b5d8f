import type { TableReaderConfig } from '../config/types.js';
import { collectErrors, KilnError } from '../shared/errors.js';
import { type RubyFloat, toFloat } from '../shared/ruby-float.js';
import { rubyFloat, rubyInteger } from '../shared/ruby-numbers.js';
import { bomAsIndent, withoutBom } from '../shared/utf8.js';
import { jsonKeysInOrder, parseYaml } from '../shared/yaml.js';
import { inKeyOrder, orderedMapping } from '../shared/yaml-keys.js';
import type { SourceFile } from '../source/types.js';
import { readTableRows, type TableCell } from './csv.js';

/**
 * `_data/NAME.yml|yaml|json|csv|tsv` → data.NAME; subfolders nest (`_data/a/b.yml` → data.a.b).
 * CSV and TSV files are lists of rows keyed by the header line, every value a string, as Jekyll
 * reads them (an empty unquoted field is nil, a quoted empty one ""). With `wholeFloats` (a
 * Liquid site) a whole float such as `2.0` is a RubyFloat, which prints as `2.0`.
 *
 * Put together as Jekyll's DataReader does: in each folder its files (by extension in the order
 * yaml, yml, json, csv, tsv, then by name: a later file of the same name wins), then its
 * subfolders by name, each a fresh mapping that replaces a file of its name (a folder holding no
 * data file too: `_data/team/` with a README makes `team` empty beside `_data/team.yml`); every
 * name as `dataKey` makes it.
 */
export function readData(
  files: readonly SourceFile[],
  wholeFloats = false,
  timeZone = 'UTC',
  tables: TableReaders = PLAIN_TABLES,
): Record<string, unknown> {
  const root: DataFolder = { files: [], folders: new Map() };
  collectErrors(
    files.filter((f) => f.kind === 'data'),
    (f) => {
      const m = /^_data\/(.+)\.(ya?ml|json|csv|tsv)$/.exec(f.path);
      // Any other file still makes its folders: a folder is a mapping, even one with no data file.
      if (!m) {
        folderOf(root, f.path.split('/').slice(1, -1));
        return;
      }
      const text = f.bytes.toString('utf8');
      const format = m[2]!;
      let value: unknown;
      // Jekyll reads a table with its byte-order mark (its first column's name), YAML too (one
      // column of indentation to Psych); JSON without, to JSON.parse.
      if (format === 'json') value = readJson(withoutBom(text), f.path, wholeFloats, timeZone);
      else if (format === 'csv' || format === 'tsv')
        value = readTable(text, format, f.path, tables[format], wholeFloats);
      else value = parseYaml(bomAsIndent(text), f.path, 1, wholeFloats, timeZone);
      const names = m[1]!.split('/');
      const folder = folderOf(root, names.slice(0, -1));
      folder.files.push({ name: names[names.length - 1]!, rank: EXTENSIONS.indexOf(format), value });
    },
  );
  return assemble(root);
}

type TableReaders = { readonly csv: TableReaderConfig; readonly tsv: TableReaderConfig };
const PLAIN: TableReaderConfig = { converters: [], headers: true, dropBom: false };
const PLAIN_TABLES: TableReaders = { csv: PLAIN, tsv: PLAIN };

interface DataFolder {
  readonly files: { readonly name: string; readonly rank: number; readonly value: unknown }[];
  readonly folders: Map<string, DataFolder>;
}

/** The folder at `names` under `root`, made with those on the way when new. */
function folderOf(root: DataFolder, names: readonly string[]): DataFolder {
  let folder = root;
  for (const name of names) {
    let next = folder.folders.get(name);
    if (!next) folder.folders.set(name, (next = { files: [], folders: new Map() }));
    folder = next;
  }
  return folder;
}

// The order of Jekyll's `Dir["*.{yaml,yml,json,csv,tsv}"]`: by extension, then by name.
const EXTENSIONS = ['yaml', 'yml', 'json', 'csv', 'tsv'];
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A folder's mapping, its keys in the order Jekyll's Hash gets them (a key set again keeps its
 * place), not JavaScript's: `_data/meetups/10.yml` comes before `2.yml`, `_data/2024/` after the files.
 */
function assemble(folder: DataFolder): Record<string, unknown> {
  const into: Record<string, unknown> = {};
  const order: string[] = [];
  const set = (key: string, value: unknown) => {
    if (!Object.hasOwn(into, key)) order.push(key);
    into[key] = value;
  };
  const files = [...folder.files].sort((a, b) => a.rank - b.rank || byText(a.name, b.name));
  for (const file of files) set(dataKey(file.name), file.value);
  for (const name of [...folder.folders.keys()].sort(byText)) set(dataKey(name), assemble(folder.folders.get(name)!));
  return inKeyOrder(into, order);
}

// Ruby's `\s`, and a word boundary as Ruby's `\b` sees one (any letter, mark, digit or
// connector is a word's), though `\w` is ASCII alone.
const BLANK = '[ \\t\\n\\v\\f\\r]';
const WORD = '[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]';
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
const DROPPED = new RegExp(
  `[^A-Za-z0-9_ \\t\\n\\v\\f\\r-]+|(?<=^|${BOUNDARY}${BLANK})${BLANK}+(?=$|${BLANK}?${BOUNDARY})`,
  'gu',
);
const BLANKS = new RegExp(`${BLANK}+`, 'g');

/**
 * `site.data`'s name for a data file (without its extension) or folder, as Jekyll's
 * `sanitize_filename` makes it: characters other than ASCII letters, digits, `_`, `-` and blanks
 * dropped, blanks at the ends too, the others `_` (`a.b.yml` is `ab`, `my data.yml` `my_data`).
 */
export function dataKey(name: string): string {
  return name.replace(DROPPED, '').replace(BLANKS, '_');
}

// A number with a point or an exponent, somewhere in a JSON text (perhaps inside a string).
const MAY_HOLD_FLOAT = /[0-9][.eE]/;
// A character YAML 1.1 reads as a line break and JSON as text: NEL, LS, PS.
const YAML_BREAK = /[\u0085\u2028\u2029]/;

/**
 * A JSON data file. Jekyll reads every data file but a table with its YAML reader, whose flow
 * syntax JSON nearly is: hand-edited JSON with a trailing comma, 'single quotes', bare keys or
 * `#` comments builds, an empty file is nil, and in a Liquid site `2.0` is a Float (printed
 * `2.0`) and `1e3` text (YAML 1.1 wants a point), a key `"<<"` merges its mapping into the
 * object that holds it (YAML's merge key), and a raw NEL, LS or PS in a string is a line break
 * (yaml-breaks.ts). Strict JSON that holds no such number, key or character
 * reads the same either way, so JSON.parse (faster) reads it; anything else is read as YAML, in
 * either kind of site, as the one data reader both share.
 */
function readJson(text: string, path: string, wholeFloats: boolean, timeZone: string): unknown {
  if (!(wholeFloats && MAY_HOLD_FLOAT.test(text)) && !text.includes('"<<"') && !YAML_BREAK.test(text)) {
    try {
      return jsonKeysInOrder(JSON.parse(text), text);
    } catch {
      // Not strict JSON: YAML's reading says what it is.
    }
  }
  try {
    return parseYaml(text, path, 1, wholeFloats, timeZone);
  } catch (e) {
    if (!(e instanceof KilnError)) throw e;
    throw new KilnError(`${e.message} (Jekyll reads a .json data file as YAML)`, e.file, e.line, { cause: e });
  }
}

type Cell = string | number | RubyFloat | null;

function readTable(
  text: string,
  format: 'csv' | 'tsv',
  path: string,
  reader: TableReaderConfig,
  wholeFloats: boolean,
): Record<string, Cell>[] | Cell[][] {
  const rows = readTableRows(
    reader.dropBom ? withoutBom(text) : text,
    format === 'tsv' ? '\t' : ',',
    path,
    format === 'tsv' ? 'TSV' : 'CSV',
  );
  const convert = (cells: readonly TableCell[]) => cells.map((c) => convertCell(c, reader.converters, wholeFloats));
  if (!reader.headers) return rows.map(convert);
  const [header = [], ...body] = rows;
  return body.map((cells) => tableRow(header, convert(cells)));
}

/** A cell after Ruby CSV's converters (`csv_converters`), tried in order until one gives a number. */
function convertCell(cell: TableCell, converters: TableReaderConfig['converters'], wholeFloats: boolean): Cell {
  if (cell === null) return null;
  for (const converter of converters) {
    if (converter === 'integer') {
      const n = rubyInteger(cell);
      if (n !== undefined) return n;
    } else {
      const n = rubyFloat(cell);
      if (n !== undefined) return wholeFloats ? toFloat(n) : n;
    }
  }
  return cell;
}

/**
 * A row as Ruby's CSV::Row#to_hash makes it: each cell under its column's name, a missing cell
 * nil, a cell past the header's under no name (nil, `""` in JSON); a name's first cell wins.
 */
function tableRow(header: readonly TableCell[], cells: readonly Cell[]): Record<string, Cell> {
  const row: Record<string, Cell> = {};
  const names: string[] = [];
  // The key of an empty (unquoted) header cell or of no header cell is Ruby's nil, kept as "".
  let nilKey = false;
  for (let i = 0; i < Math.max(header.length, cells.length); i++) {
    const name = header[i] ?? '';
    if (!Object.hasOwn(row, name)) {
      row[name] = cells[i] ?? null;
      names.push(name);
      nilKey ||= header[i] === null || header[i] === undefined;
    }
  }
  // Columns named by whole numbers (`2019`) keep their place; `row[""]` does not find the nil key.
  return nilKey ? orderedMapping(row, names, new Map([['', null]])) : inKeyOrder(row, names);
}
