// Random Liquid templates through Jekyll 4.3.1 and kiln, page by page:
//   npm run fuzz:liquid [-- --seed N] [--pages 300] [--show 20] [--cli PATH/cli.js]
// Writes one site with a page per template (test/liquid-oracle/generate.ts, site.ts), builds it
// with `jekyll build` (TZ=UTC, --disable-disk-cache) and with kiln's compiled command (dist/cli.js:
// build it first), and prints each page that differs: seed, page number, template, Jekyll's output
// and kiln's. A page Jekyll fails the whole site on is left out and the site built again; so is a
// page kiln rejects. "Jekyll renders, kiln errors" is printed as a finding of its own (kiln turns
// some of Jekyll's warnings into errors by design); "Jekyll errors, kiln renders" too.
// Exits 1 when any page differs. Needs jekyll 4.3.1 on the PATH.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildWithJekyll, buildWithKiln, type PageResult } from '../test/liquid-oracle/builds.js';
import { generateTemplates } from '../test/liquid-oracle/generate.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
};
const seed = Number(arg('seed', String(Math.floor(Math.random() * 2 ** 31))));
const count = Number(arg('pages', '300'));
const show = Number(arg('show', '20'));
// `--cli PATH`: another build of kiln's command (an older one, to count what a fix changed).
const cli = arg('cli', fileURLToPath(new URL('../dist/cli.js', import.meta.url)));
console.log(`seed ${seed}, ${count} pages (rerun: npm run fuzz:liquid -- --seed ${seed} --pages ${count})`);
if (statSync(cli).mtimeMs < statSync(fileURLToPath(new URL('../src', import.meta.url))).mtimeMs)
  console.log('note: dist/cli.js may be older than src/ (npx tsc -p tsconfig.json && node scripts/bundle-cli.mjs)');

const templates = generateTemplates(seed, count);
const jekyll = buildWithJekyll(templates);
const kiln = buildWithKiln(templates, cli);

const text = (r: PageResult) => ('output' in r ? r.output : `(error) ${r.error}`);
const findings: Array<{ kind: string; page: number }> = [];
for (const [i, j] of jekyll.entries()) {
  const k = kiln[i]!;
  if ('output' in j && 'output' in k) {
    if (j.output === k.output) continue;
    findings.push({ kind: 'differ', page: i });
  } else if ('output' in j) findings.push({ kind: 'Jekyll renders, kiln errors', page: i });
  else if ('output' in k) findings.push({ kind: 'Jekyll errors, kiln renders', page: i });
}
const both = jekyll.filter((j, i) => 'error' in j && 'error' in kiln[i]!).length;
const equal = count - findings.length - both;
console.log(`${equal} equal, ${findings.length} differ, ${both} rejected by both`);
for (const [n, f] of findings.entries()) {
  if (n >= show) {
    console.log(`\n… and ${findings.length - show} more (--show N)`);
    break;
  }
  console.log(
    `\n=== seed ${seed}, page ${f.page}: ${f.kind}\n--- template:\n${templates[f.page]}\n--- jekyll:\n${text(jekyll[f.page]!)}\n--- kiln:\n${text(kiln[f.page]!)}`,
  );
}
process.exitCode = findings.length > 0 ? 1 : 0;
