// Random code through kiln's highlighter and Rouge 3.30, in Rouge's markup:
//   npm run fuzz:highlight [-- --lang java,scala] [--seed N] [--cases 300] [--show 3]
// (every language with a generator in test/highlight-oracle/random/ when --lang is not given).
// Prints the seed, per language how many pieces of code differ, and for the first few the
// smallest code (lines, then characters, removed while it still differs) with both outputs.
// Exits 1 when any differs. Needs ruby and Rouge (Debian's jekyll brings both).
import { highlight } from '../src/render/markdown/highlight/highlight.js';
import {
  generateCodes,
  generatorLanguages,
  loadGenerator,
  rougeHtml,
} from '../test/highlight-oracle/random/random-code.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
};
const seed = Number(arg('seed', String(Math.floor(Math.random() * 2 ** 31))));
const count = Number(arg('cases', '300'));
const show = Number(arg('show', '3'));
const langs = arg('lang', generatorLanguages().join(',')).split(',').filter(Boolean);
console.log(
  `seed ${seed}, ${count} pieces of code per language (rerun: npm run fuzz:highlight -- --seed ${seed} --cases ${count} --lang ${langs.join(',')})`,
);

/** Smallest code that still differs: drop runs of lines, then of characters, while it differs. */
function shrink(code: string, differs: (c: string) => boolean): string {
  let best = code;
  for (const unit of ['\n', ''] as const) {
    // Characters by code point: half of a surrogate pair is no text Ruby reads.
    let parts = unit ? best.split(unit) : [...best];
    for (let size = Math.max(1, parts.length >> 1); size >= 1; size >>= 1) {
      for (let i = 0; i + size <= parts.length; ) {
        const candidate = [...parts.slice(0, i), ...parts.slice(i + size)];
        if (differs(candidate.join(unit))) parts = candidate;
        else i += size;
      }
    }
    best = parts.join(unit);
  }
  return best;
}

let failed = false;
for (const lang of langs) {
  const codes = generateCodes(await loadGenerator(lang), seed, count);
  const expected = rougeHtml(codes.map((c) => [lang, c] as const));
  const differing = codes
    .map((code, i) => ({ code, rouge: expected[i]! }))
    .filter((c) => highlight(c.code, lang, 'rouge') !== c.rouge);
  console.log(`${lang}: ${count - differing.length}/${count} equal`);
  for (const { code } of differing.slice(0, show)) {
    // Shrinking asks Rouge once per candidate: slow, so only for the cases shown.
    const small = shrink(code, (c) => c.trim() !== '' && highlight(c, lang, 'rouge') !== rougeHtml([[lang, c]])[0]);
    console.log(
      `--- code (${JSON.stringify(small)})\n${small}\n--- kiln\n${highlight(small, lang, 'rouge')}\n--- rouge\n${rougeHtml([[lang, small]])[0]}`,
    );
  }
  if (differing.length) failed = true;
}
process.exit(failed ? 1 : 0);
