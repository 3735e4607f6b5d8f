import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KramdownOptions } from './oracle.js';

export const HERE = import.meta.dirname;
export const CASES = join(HERE, 'cases');
export const EXPECTED = join(HERE, 'expected');
export const MODES = [1, 2] as const;

/** One corpus document: cases/NAME.md, with the kramdown options of cases/NAME.options.json if any. */
export interface CorpusCase {
  name: string;
  src: string;
  options: KramdownOptions;
}

export function readCorpus(): CorpusCase[] {
  return readdirSync(CASES)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -3);
      const optionsFile = join(CASES, `${name}.options.json`);
      const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as KramdownOptions) : {};
      return { name, src: readFileSync(join(CASES, f), 'utf8'), options };
    });
}

/** Where the oracle's HTML for a case in a mode is kept. */
export function expectedFile(name: string, mode: 1 | 2): string {
  return join(EXPECTED, `${name}.compat${mode}.html`);
}
