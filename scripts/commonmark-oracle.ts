// Writes test/commonmark-oracle/fuzz-expected.json: the fixed seed's random documents and what
// Jekyll's jekyll-commonmark converter makes of each with each of the fuzz's settings, so that
// `npm test` compares kiln with it without Ruby.   npm run oracle:commonmark
import { writeFileSync } from 'node:fs';
import {
  COMMONMARK_COUNT,
  COMMONMARK_FILE,
  COMMONMARK_SEED,
  type CommonmarkExpected,
} from '../test/commonmark-oracle/fixed-seed.js';
import { generateCommonmarkDocuments } from '../test/commonmark-oracle/generate.js';
import { CommonmarkOracle } from '../test/commonmark-oracle/oracle.js';
import { SETTINGS } from '../test/commonmark-oracle/settings.js';

const oracle = new CommonmarkOracle();
const expected: CommonmarkExpected = { seed: COMMONMARK_SEED, documents: [] };
for (const src of generateCommonmarkDocuments(COMMONMARK_SEED, COMMONMARK_COUNT)) {
  const html: Record<string, string> = {};
  for (const [name, settings] of Object.entries(SETTINGS)) html[name] = await oracle.render(src, settings);
  expected.documents.push({ src, html });
}
oracle.close();
writeFileSync(COMMONMARK_FILE, `${JSON.stringify(expected, null, 1)}\n`);
console.log(`${COMMONMARK_FILE}: ${expected.documents.length} documents`);
