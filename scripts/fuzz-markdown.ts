// Random Markdown documents through kiln and the live reference converters, in both modes:
//   npm run fuzz:markdown [-- --seed N] [--docs 1000] [--mode 1|2] [--show 5] [--kind mixed|spans|kramdown|site|spaces]
// (`--kind spans`: the span-dense documents of generate-spans.ts; `--kind kramdown`: kramdown's own
// constructs, generate-kramdown.ts; `--kind site`: documents shaped like blog posts, generate-site.ts;
// `--kind spaces`: Unicode and ASCII white space where block and span syntax reads it, generate-spaces.ts).
// Prints the seed, how many documents differ per mode, and for the first few differences the
// smallest input (lines, then characters, removed while it still differs) with both outputs.
// Exits 1 when any document differs. Needs ruby and the oracles (see test/markdown-oracle/oracle.ts).
import { generateDocuments } from '../test/markdown-oracle/generate.js';
import { generateKramdownDocuments } from '../test/markdown-oracle/generate-kramdown.js';
import { generateSiteDocuments } from '../test/markdown-oracle/generate-site.js';
import { generateSpaceDocuments } from '../test/markdown-oracle/generate-spaces.js';
import { generateSpanDocuments } from '../test/markdown-oracle/generate-spans.js';
import { kilnFor } from '../test/markdown-oracle/normalize.js';
import { Oracle, OracleError } from '../test/markdown-oracle/oracle.js';
import { shrinkText as shrink } from '../test/markdown-oracle/shrink.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
};
const seed = Number(arg('seed', String(Math.floor(Math.random() * 2 ** 31))));
const count = Number(arg('docs', '1000'));
const show = Number(arg('show', '5'));
const modes = arg('mode', '1,2').split(',').map(Number) as Array<1 | 2>;
console.log(
  `seed ${seed}, ${count} documents per mode (rerun: npm run fuzz:markdown -- --seed ${seed} --docs ${count}${process.argv.includes('--kind') ? ` --kind ${arg('kind', 'mixed')}` : ''})`,
);

const kind = arg('kind', 'mixed');
const generators = {
  mixed: generateDocuments,
  spans: generateSpanDocuments,
  kramdown: generateKramdownDocuments,
  site: generateSiteDocuments,
  spaces: generateSpaceDocuments,
};
if (!(kind in generators)) throw new Error(`--kind must be one of ${Object.keys(generators).join(', ')}`);
const documents = generators[kind as keyof typeof generators](seed, count);
let failed = false;
for (const mode of modes) {
  const oracle = new Oracle(mode);
  const kiln = kilnFor(mode);
  // A document the reference converter itself fails on (it raises) has nothing to compare with:
  // counted and said apart, never shrunk to.
  const compare = async (src: string) => {
    let expected: string;
    try {
      expected = await oracle.render(src);
    } catch (error) {
      if (error instanceof OracleError) return { same: false, oracleFailed: error.message, expected: '', actual: '' };
      throw error;
    }
    let actual: string;
    try {
      actual = kiln.render(src).html;
    } catch (error) {
      // A throw is a difference too (and the worst kind): show it, keep going.
      actual = `kiln threw: ${(error as Error).stack}`;
    }
    return { same: expected === actual, oracleFailed: undefined, expected, actual };
  };
  const differing: number[] = [];
  const oracleFailed: number[] = [];
  for (const [i, src] of documents.entries()) {
    const result = await compare(src);
    if (result.oracleFailed !== undefined) oracleFailed.push(i);
    else if (!result.same) differing.push(i);
  }
  const compared = count - oracleFailed.length;
  console.log(
    `compat ${mode}: ${compared - differing.length}/${compared} equal, ${differing.length} differ` +
      (oracleFailed.length > 0
        ? ` (and the reference converter failed on ${oracleFailed.length}: ${oracleFailed.join(', ')})`
        : ''),
  );
  const shown = new Set<string>();
  for (const i of differing) {
    if (shown.size >= show) break;
    const small = await shrink(documents[i]!, async (s) => {
      const result = await compare(s);
      return result.oracleFailed === undefined && !result.same;
    });
    if (shown.has(small)) continue;
    shown.add(small);
    const { expected, actual } = await compare(small);
    console.log(
      `\n--- compat ${mode}, document ${i}, shrunk to:\n${small}\n--- kramdown:\n${expected}\n--- kiln:\n${actual}`,
    );
  }
  oracle.close();
  if (differing.length > 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
