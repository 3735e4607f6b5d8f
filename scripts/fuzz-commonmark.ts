// Random Markdown documents through kiln's CommonMark converter and Jekyll's jekyll-commonmark
// (scripts/commonmark-oracle.rb), with each of the settings of test/commonmark-oracle/settings.ts:
//   npm run fuzz:commonmark [-- --seed N] [--docs 300] [--settings bare,gfm,breaks] [--show 5]
// Prints the seed and how many documents differ per settings, and for the first few differences
// the smallest input (lines, then characters, removed while it still differs) with both outputs.
// Exits 1 when any document differs. Needs ruby with jekyll and jekyll-commonmark.
import { commonmarkToHtml } from '../src/render/markdown/commonmark/create.js';
import { generateCommonmarkDocuments } from '../test/commonmark-oracle/generate.js';
import { CommonmarkOracle } from '../test/commonmark-oracle/oracle.js';
import { optionsFor, SETTINGS } from '../test/commonmark-oracle/settings.js';
import { shrinkText as shrink } from '../test/markdown-oracle/shrink.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
};
const seed = Number(arg('seed', String(Math.floor(Math.random() * 2 ** 31))));
const count = Number(arg('docs', '300'));
const show = Number(arg('show', '5'));
const names = arg('settings', Object.keys(SETTINGS).join(',')).split(',');
console.log(
  `seed ${seed}, ${count} documents per settings (rerun: npm run fuzz:commonmark -- --seed ${seed} --docs ${count})`,
);

const documents = generateCommonmarkDocuments(seed, count);
const oracle = new CommonmarkOracle();
let failed = false;
for (const name of names) {
  const settings = SETTINGS[name];
  if (!settings) throw new Error(`--settings: one of ${Object.keys(SETTINGS).join(', ')}`);
  const kiln = commonmarkToHtml(optionsFor(settings));
  const render = (src: string) => {
    try {
      return kiln(src);
    } catch (error) {
      return `kiln threw: ${(error as Error).stack}`;
    }
  };
  const differs = async (src: string) => (await oracle.render(src, settings)) !== render(src);
  const differing: number[] = [];
  for (const [i, src] of documents.entries()) if (await differs(src)) differing.push(i);
  console.log(`${name}: ${count - differing.length}/${count} equal, ${differing.length} differ`);
  const shown = new Set<string>();
  for (const i of differing) {
    if (shown.size >= show) break;
    const small = await shrink(documents[i]!, differs);
    if (shown.has(small)) continue;
    shown.add(small);
    console.log(
      `\n--- ${name}, document ${i}, shrunk to:\n${small}\n--- jekyll-commonmark:\n${await oracle.render(small, settings)}\n--- kiln:\n${render(small)}`,
    );
  }
  if (differing.length > 0) failed = true;
}
oracle.close();
process.exitCode = failed ? 1 : 0;
