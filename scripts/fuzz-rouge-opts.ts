// Random kramdown.syntax_highlighter_opts sites beyond the committed seed: each seed's cases
// (test/rouge-opts-oracle/generate.ts) through Jekyll 4.3.1's converter (scripts/rouge-opts-oracle.rb)
// and kiln's Markdown stage, the first differences printed.
//   npm run fuzz:rouge-opts -- 1 2 3     (seeds; default: one from the clock)
import { readMarkdown } from '../src/config/load-config.js';
import { createMarkdown } from '../src/render/markdown/renderer.js';
import { generateRougeCases } from '../test/rouge-opts-oracle/generate.js';
import { jekyllRouge } from './rouge-opts-jekyll.js';

const seeds = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number);
let differ = 0;
for (const seed of seeds.length ? seeds : [Date.now() % 1e9]) {
  const cases = generateRougeCases(seed, 400);
  const jekyll = jekyllRouge(cases);
  let bad = 0;
  for (const [i, c] of cases.entries()) {
    let html: string;
    try {
      html = createMarkdown(readMarkdown(c.kramdown, 4, '_config.yml')).render(c.markdown).html;
    } catch (e) {
      html = `kiln failed: ${String(e)}`;
    }
    const expected = jekyll[i]!.html ?? `Jekyll failed: ${jekyll[i]!.error}`;
    if (html === expected) continue;
    if (bad++ < 3) console.log(`${JSON.stringify(c)}\n--- Jekyll\n${expected}\n--- kiln\n${html}`);
  }
  console.log(`seed ${seed}: ${bad} of ${cases.length} differ`);
  differ += bad;
}
process.exitCode = differ ? 1 : 0;
