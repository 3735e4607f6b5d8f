import { join } from 'node:path';

/** The random documents `npm test` checks against jekyll-commonmark's committed output. */
export const COMMONMARK_SEED = 20261205;
export const COMMONMARK_COUNT = 300;
export const COMMONMARK_FILE = join(import.meta.dirname, 'fuzz-expected.json');

/** fuzz-expected.json: each document of the fixed seed and what the converter made of it, by settings name. */
export interface CommonmarkExpected {
  seed: number;
  documents: Array<{ src: string; html: Record<string, string> }>;
}
