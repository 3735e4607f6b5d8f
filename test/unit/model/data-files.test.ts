import { describe, expect, it } from 'vitest';
import { readData } from '../../../src/model/data-files.js';
import { KilnError } from '../../../src/shared/errors.js';
import type { SourceFile } from '../../../src/source/types.js';

const data = (path: string, text: string): SourceFile => ({
  path,
  kind: 'data',
  bytes: Buffer.from(text),
  mtimeMs: 0,
});

// Jekyll reads a .json data file with its YAML reader (oracle site `data-json-as-yaml`).
describe('a .json data file that is not strict JSON', () => {
  const sponsors = data('_data/sponsors.json', "{'gold': [{name: Acme, seats: 40},],}\n");
  it('is read as YAML in a Liquid site and in a Nunjucks site', () => {
    expect(readData([sponsors], true).sponsors).toEqual({ gold: [{ name: 'Acme', seats: 40 }] });
    expect(readData([sponsors], false).sponsors).toEqual({ gold: [{ name: 'Acme', seats: 40 }] });
  });
  it('is nil when empty', () => {
    expect(readData([data('_data/partners.json', '')])).toEqual({ partners: undefined });
  });
  it('that YAML does not read either is an error at its line', () => {
    const read = () => readData([data('_data/rooms.json', '[\n  {"a": 1},\n  {"b": 2\n]\n')]);
    expect(read).toThrow(KilnError);
    expect(formatted(read)).toMatch(
      /^_data\/rooms\.json:4: invalid YAML: .* \(Jekyll reads a \.json data file as YAML\)$/,
    );
  });
});

function formatted(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return (e as KilnError).format();
  }
  return '';
}
