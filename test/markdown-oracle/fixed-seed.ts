import { join } from 'node:path';
import { HERE } from './corpus.js';

/** The random documents `npm test` checks against the oracles' committed output. */
export const FIXED_SEED = 20261201;
export const FIXED_COUNT = 300;
export const FIXED_FILE = join(HERE, 'fuzz-expected.json');

/** fuzz-expected.json: each document of the fixed seed and what each oracle made of it. */
export interface FixedExpected {
  seed: number;
  documents: Array<{ src: string; compat1: string; compat2: string }>;
}

/** The span-dense random documents (generate-spans.ts) `npm test` checks, and the oracles' output for them. */
export const SPANS_SEED = 20261202;
export const SPANS_COUNT = 200;
export const SPANS_FILE = join(HERE, 'fuzz-spans-expected.json');

/** The kramdown-construct random documents (generate-kramdown.ts) `npm test` checks, and the oracles' output for them. */
export const KRAMDOWN_SEED = 20261203;
export const KRAMDOWN_COUNT = 200;
export const KRAMDOWN_FILE = join(HERE, 'fuzz-kramdown-expected.json');

/** The blog-post-shaped random documents (generate-site.ts) `npm test` checks, and the oracles' output for them. */
export const SITE_SEED = 20261204;
export const SITE_COUNT = 200;
export const SITE_FILE = join(HERE, 'fuzz-site-expected.json');
