// Random jekyll-polyglot sites through Jekyll 4.3.1 (with ruby-jekyll-polyglot) and kiln:
//   npm run fuzz:polyglot [-- --seed N] [--sites 20] [--write DIR]
// Each site (test/polyglot-oracle/generate.ts, seeds N, N+1, …) is built with `jekyll build` and
// with kiln's compiled command (dist/cli.js: build it first); every file that differs is printed
// with its first differing line. `--write DIR` writes the first site's source there (a fixture's).
// Exits 1 when a site differs.
import { fileURLToPath } from 'node:url';
import { generatePolyglotSite } from '../test/polyglot-oracle/generate.js';
import { buildWithJekyll, buildWithKiln, treeDifferences, writeFiles } from '../test/site-oracle/builds.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
};
const seed = Number(arg('seed', String(Math.floor(Math.random() * 2 ** 31))));
const count = Number(arg('sites', '20'));
const write = arg('write', '');
const cli = arg('cli', fileURLToPath(new URL('../dist/cli.js', import.meta.url)));
if (write) {
  writeFiles(write, generatePolyglotSite(seed));
  process.exit(0);
}
console.log(`seed ${seed}, ${count} sites (rerun: npm run fuzz:polyglot -- --seed ${seed} --sites ${count})`);
let differ = 0;
for (let i = 0; i < count; i++) {
  const files = generatePolyglotSite(seed + i);
  const jekyll = buildWithJekyll(files, true);
  const kiln = buildWithKiln(files, cli);
  const problems =
    'error' in jekyll && 'error' in kiln
      ? []
      : 'error' in jekyll
        ? [`Jekyll fails (${jekyll.error}); kiln builds`]
        : 'error' in kiln
          ? [`kiln fails; Jekyll builds: ${kiln.error}`]
          : treeDifferences(jekyll.tree, kiln.tree);
  if (problems.length === 0) continue;
  differ++;
  console.log(`seed ${seed + i}:\n  ${problems.slice(0, 5).join('\n  ')}`);
}
console.log(`${count - differ} of ${count} sites equal`);
process.exit(differ ? 1 : 0);
