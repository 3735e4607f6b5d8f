// Writes test/highlight-oracle/random/LANG.expected.json for every generator there (or those given:
//   npm run oracle:highlight [-- java scala]): the fixed seed's code and Rouge 3.30's HTML for it,
// which test/unit/render/highlight-random.test.ts checks without Ruby. Rerun after changing a generator.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FIXED_CASES,
  FIXED_SEED,
  generateCodes,
  generatorLanguages,
  loadGenerator,
  RANDOM_DIR,
  rougeHtml,
} from '../test/highlight-oracle/random/random-code.js';

const langs = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const lang of langs.length ? langs : generatorLanguages()) {
  const codes = generateCodes(await loadGenerator(lang), FIXED_SEED, FIXED_CASES);
  const html = rougeHtml(codes.map((c) => [lang, c] as const));
  const cases = codes.map((code, i) => ({ code, rouge: html[i]! }));
  writeFileSync(join(RANDOM_DIR, `${lang}.expected.json`), `${JSON.stringify(cases, null, 1)}\n`);
  console.log(`${lang}: ${cases.length} cases`);
}
