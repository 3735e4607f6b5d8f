import { createRequire } from 'node:module';
import { collectErrors, KilnError } from '../shared/errors.js';
import { withoutBom } from '../shared/utf8.js';
import { parseYaml } from '../shared/yaml.js';
import type { SourceFile } from '../source/types.js';

/**
 * `_data/NAME.yml|yaml|json|csv|tsv` → data.NAME; subfolders nest (`_data/a/b.yml` → data.a.b).
 * CSV and TSV files are lists of rows keyed by the header line, every value a string, as Jekyll
 * reads them (an empty unquoted field is nil, a quoted empty one ""). With `wholeFloats` (a
 * Liquid site) a whole float such as `2.0` is a RubyFloat, which prints as `2.0`.
 */
export function readData(files: readonly SourceFile[], wholeFloats = false): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  collectErrors(
    files.filter((f) => f.kind === 'data'),
    (f) => {
      const m = /^_data\/(.+)\.(ya?ml|json|csv|tsv)$/.exec(f.path);
      if (!m) return;
      const text = f.bytes.toString('utf8');
      const format = m[2]!;
      let value: unknown;
      // Jekyll reads JSON and YAML without a byte-order mark, a table with it (its first column's name).
      if (format === 'json') value = readJson(withoutBom(text), f.path, wholeFloats);
      else if (format === 'csv' || format === 'tsv') value = readTable(text, format === 'tsv' ? '\t' : ',', f.path);
      else value = parseYaml(text, f.path, 1, wholeFloats);
      const keys = m[1]!.split('/');
      let target = data;
      for (const k of keys.slice(0, -1)) target = (target[k] ??= {}) as Record<string, unknown>;
      target[keys[keys.length - 1]!] = value;
    },
  );
  return data;
}

// A number with a point or an exponent, somewhere in a JSON text (perhaps inside a string).
const MAY_HOLD_FLOAT = /[0-9][.eE]/;

/**
 * A JSON data file. Jekyll reads it as YAML, so that in a Liquid site `2.0` is a Float (printed
 * `2.0`) and `1e3` text (YAML 1.1 wants a point); such a file is read so when it may hold either
 * (kiln's YAML reading, or JSON's where that fails). Any other JSON reads the same either way.
 */
function readJson(text: string, path: string, wholeFloats: boolean): unknown {
  if (wholeFloats && MAY_HOLD_FLOAT.test(text)) {
    try {
      return parseYaml(text, path, 1, true);
    } catch {
      // JSON's own reading says what is wrong.
    }
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new KilnError(`invalid JSON: ${(e as Error).message}`, path);
  }
}

function readTable(text: string, delimiter: string, path: string): Record<string, string | null>[] {
  // Loaded by the first table (one CommonJS file, required: fewer modules than its ES build).
  const { parse } = createRequire(import.meta.url)('csv-parse/sync') as typeof import('csv-parse/sync');
  try {
    return parse(text, {
      columns: true,
      delimiter,
      cast: (value, context) => (value === '' && !context.quoting ? null : value),
    }) as Record<string, string | null>[];
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new KilnError(`invalid ${delimiter === '\t' ? 'TSV' : 'CSV'}: ${err.message}`, path, err.lines);
  }
}
