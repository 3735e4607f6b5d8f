// Regenerates the differential Markdown test's expected output from the reference converters
// (../shared/oracles/markdown.rb: kramdown 1.10 for compat 1, Jekyll 4's converter for compat 2),
// so that `npm test` needs no Ruby:
//   test/markdown-oracle/expected/NAME.compatN.html  for each test/markdown-oracle/cases/NAME.md
//   test/markdown-oracle/fuzz-expected.json           for the fixed seed's random documents
//   test/markdown-oracle/fuzz-spans-expected.json     for the span-dense random documents
//   test/markdown-oracle/fuzz-kramdown-expected.json  for the kramdown-construct random documents
//   test/markdown-oracle/fuzz-site-expected.json      for the blog-post-shaped random documents
// Run: npm run oracle:markdown   (KILN_ORACLES=DIR if the oracles are not in ../shared/oracles)
import { mkdirSync, writeFileSync } from 'node:fs';
import { EXPECTED, expectedFile, MODES, readCorpus } from '../test/markdown-oracle/corpus.js';
import {
  FIXED_COUNT,
  FIXED_FILE,
  FIXED_SEED,
  type FixedExpected,
  KRAMDOWN_COUNT,
  KRAMDOWN_FILE,
  KRAMDOWN_SEED,
  SITE_COUNT,
  SITE_FILE,
  SITE_SEED,
  SPANS_COUNT,
  SPANS_FILE,
  SPANS_SEED,
} from '../test/markdown-oracle/fixed-seed.js';
import { generateDocuments } from '../test/markdown-oracle/generate.js';
import { generateKramdownDocuments } from '../test/markdown-oracle/generate-kramdown.js';
import { generateSiteDocuments } from '../test/markdown-oracle/generate-site.js';
import { generateSpanDocuments } from '../test/markdown-oracle/generate-spans.js';
import { Oracle } from '../test/markdown-oracle/oracle.js';

const corpus = readCorpus();
const documents = generateDocuments(FIXED_SEED, FIXED_COUNT);
const fixed: FixedExpected = {
  seed: FIXED_SEED,
  documents: documents.map((src) => ({ src, compat1: '', compat2: '' })),
};
const spanDocuments = generateSpanDocuments(SPANS_SEED, SPANS_COUNT);
const spans: FixedExpected = {
  seed: SPANS_SEED,
  documents: spanDocuments.map((src) => ({ src, compat1: '', compat2: '' })),
};
const kramdownDocuments = generateKramdownDocuments(KRAMDOWN_SEED, KRAMDOWN_COUNT);
const kramdown: FixedExpected = {
  seed: KRAMDOWN_SEED,
  documents: kramdownDocuments.map((src) => ({ src, compat1: '', compat2: '' })),
};
const siteDocuments = generateSiteDocuments(SITE_SEED, SITE_COUNT);
const site: FixedExpected = {
  seed: SITE_SEED,
  documents: siteDocuments.map((src) => ({ src, compat1: '', compat2: '' })),
};
mkdirSync(EXPECTED, { recursive: true });
for (const mode of MODES) {
  const oracle = new Oracle(mode);
  for (const c of corpus) writeFileSync(expectedFile(c.name, mode), await oracle.render(c.src, c.options));
  for (const [i, src] of documents.entries()) fixed.documents[i]![`compat${mode}`] = await oracle.render(src);
  for (const [i, src] of spanDocuments.entries()) spans.documents[i]![`compat${mode}`] = await oracle.render(src);
  for (const [i, src] of kramdownDocuments.entries())
    kramdown.documents[i]![`compat${mode}`] = await oracle.render(src);
  for (const [i, src] of siteDocuments.entries()) site.documents[i]![`compat${mode}`] = await oracle.render(src);
  oracle.close();
}
writeFileSync(FIXED_FILE, `${JSON.stringify(fixed, null, 1)}\n`);
writeFileSync(SPANS_FILE, `${JSON.stringify(spans, null, 1)}\n`);
writeFileSync(KRAMDOWN_FILE, `${JSON.stringify(kramdown, null, 1)}\n`);
writeFileSync(SITE_FILE, `${JSON.stringify(site, null, 1)}\n`);
console.log(
  `${corpus.length} cases, ${documents.length} random documents (seed ${FIXED_SEED}), ${spanDocuments.length} span-dense ones (seed ${SPANS_SEED}), ${kramdownDocuments.length} of kramdown's constructs (seed ${KRAMDOWN_SEED}) and ${siteDocuments.length} shaped like blog posts (seed ${SITE_SEED}), 2 modes`,
);
