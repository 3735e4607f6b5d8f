// Random whole sites through Jekyll 4.3.1 and kiln, site by site:
//   npm run fuzz:site [-- --seed N] [--sites 20] [--show 3] [--cli PATH/cli.js]
// Each site (test/site-oracle/generate.ts, seeds N, N+1, …) is built with `jekyll build` and with
// kiln's compiled command (dist/cli.js: build it first); every file that differs is printed with
// its first differing line. Exits 1 when a site differs. Needs jekyll 4.3.1 and
// ruby-jekyll-paginate.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildWithJekyll, buildWithKiln, treeDifferences } from '../test/site-oracle/builds.js';
import { generateSite } from '../test/site-oracle/generate.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
};
const seed = Number(arg('seed', String(Math.floor(Math.random() * 2 ** 31))));
const count = Number(arg('sites', '20'));
const show = Number(arg('show', '3'));
const cli = arg('cli', fileURLToPath(new URL('../dist/cli.js', import.meta.url)));
console.log(`seed ${seed}, ${count} sites (rerun: npm run fuzz:site -- --seed ${seed} --sites ${count})`);
if (statSync(cli).mtimeMs < statSync(fileURLToPath(new URL('../src', import.meta.url))).mtimeMs)
  console.log('note: dist/cli.js may be older than src/ (npx tsc -p tsconfig.json && node scripts/bundle-cli.mjs)');

let equal = 0;
let differ = 0;
let rejected = 0;
for (let i = 0; i < count; i++) {
  const siteSeed = seed + i;
  const files = generateSite(siteSeed);
  const jekyll = buildWithJekyll(files);
  const kiln = buildWithKiln(files, cli);
  if ('error' in jekyll && 'error' in kiln) {
    rejected++;
    continue;
  }
  const problems =
    'error' in jekyll
      ? [`Jekyll fails (${jekyll.error}); kiln builds`]
      : 'error' in kiln
        ? [`kiln fails; Jekyll builds:\n    ${kiln.error.split('\n').join('\n    ')}`]
        : treeDifferences(jekyll.tree, kiln.tree);
  if (problems.length === 0) {
    equal++;
    continue;
  }
  differ++;
  if (differ <= show || show < 0) {
    console.log(
      `\n== site seed ${siteSeed} (npx vite-node scripts/show-site.ts ${siteSeed}): ${problems.length} files differ`,
    );
    for (const p of problems.slice(0, 6)) console.log(`  ${p}`);
  }
}
console.log(`\n${equal} equal, ${differ} differ, ${rejected} rejected by both`);
process.exitCode = differ ? 1 : 0;
