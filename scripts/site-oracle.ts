// Regenerates the site fuzz's committed expectations: the fixed seeds' random sites
// (test/site-oracle/fixed.ts) built by Jekyll 4.3.1, every file each wrote, in
// test/site-oracle/expected.json, so that `npm test` compares kiln with them without Ruby.
//   npm run oracle:site        (needs jekyll 4.3.1 and ruby-jekyll-paginate)
import { writeFileSync } from 'node:fs';
import { buildWithJekyll } from '../test/site-oracle/builds.js';
import { EXPECTED_FILE, type Expected, FIXED_COUNT, FIXED_SEED } from '../test/site-oracle/fixed.js';
import { generateSite } from '../test/site-oracle/generate.js';

const expected: Expected = { seed: FIXED_SEED, count: FIXED_COUNT, sites: [] };
for (let i = 0; i < FIXED_COUNT; i++) {
  const seed = FIXED_SEED + i;
  const r = buildWithJekyll(generateSite(seed));
  expected.sites.push('tree' in r ? { seed, tree: r.tree } : { seed, error: r.error });
}
writeFileSync(EXPECTED_FILE, `${JSON.stringify(expected, null, 1)}\n`);
const failed = expected.sites.filter((s) => 'error' in s).length;
console.log(`${FIXED_COUNT} sites (seeds ${FIXED_SEED}…): ${failed} Jekyll rejects`);
