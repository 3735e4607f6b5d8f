import { join } from 'node:path';

/** The random sites `npm test` checks against Jekyll's committed output: seeds FIXED_SEED, FIXED_SEED + 1, … */
export const FIXED_SEED = 20261205;
export const FIXED_COUNT = 24;
export const EXPECTED_FILE = join(import.meta.dirname, 'expected.json');

/** expected.json: per site, its seed and what Jekyll wrote (every file's text), or the error it stopped with. */
export interface Expected {
  seed: number;
  count: number;
  sites: Array<{ seed: number; tree: Record<string, string> } | { seed: number; error: string }>;
}
