// Regenerates the Liquid fuzz's committed expectations: the fixed seed's random templates and the
// hand-written cases (test/liquid-oracle/fixed.ts) built by Jekyll 4.3.1, each page's output (or
// the error that made Jekyll fail the site on it) in test/liquid-oracle/expected.json, so that
// `npm test` compares kiln with it without Ruby.
//   npm run oracle:liquid        (needs jekyll 4.3.1 on the PATH)
import { writeFileSync } from 'node:fs';
import { buildWithJekyll } from '../test/liquid-oracle/builds.js';
import { EXPECTED_FILE, type Expected, FIXED_COUNT, FIXED_SEED, fixedTemplates } from '../test/liquid-oracle/fixed.js';

const templates = fixedTemplates();
const results = buildWithJekyll(templates);
const expected: Expected = {
  seed: FIXED_SEED,
  count: FIXED_COUNT,
  pages: templates.map((template, i) => {
    const r = results[i]!;
    return 'output' in r ? { template, jekyll: r.output } : { template, error: r.error };
  }),
};
writeFileSync(EXPECTED_FILE, `${JSON.stringify(expected, null, 1)}\n`);
const failed = expected.pages.filter((p) => 'error' in p).length;
console.log(
  `${templates.length} pages (seed ${FIXED_SEED}, ${FIXED_COUNT} random and the cases): ${failed} Jekyll rejects`,
);
