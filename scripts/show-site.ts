// Writes one random site of the site fuzz (test/site-oracle/generate.ts) and builds it with Jekyll
// and kiln, to look at a difference `npm run fuzz:site` printed:
//   npx vite-node scripts/show-site.ts SEED [DIR]    (DIR: default /tmp/kiln-site-SEED)
// DIR/source is the site, DIR/jekyll and DIR/kiln what each wrote; `diff -r DIR/jekyll DIR/kiln`.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFiles } from '../test/site-oracle/builds.js';
import { generateSite } from '../test/site-oracle/generate.js';

const seed = Number(process.argv[2]);
const dir = process.argv[3] ?? `/tmp/kiln-site-${seed}`;
rmSync(dir, { recursive: true, force: true });
writeFiles(join(dir, 'source'), generateSite(seed));
const jekyll = spawnSync(
  'jekyll',
  ['build', '-s', join(dir, 'source'), '-d', join(dir, 'jekyll'), '--disable-disk-cache'],
  {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', LC_ALL: 'C.UTF-8', JEKYLL_NO_BUNDLER_REQUIRE: '1' },
  },
);
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const kiln = spawnSync(
  process.execPath,
  [cli, 'build', '-s', join(dir, 'source'), '-d', join(dir, 'kiln'), '--quiet'],
  {
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1893456000', TZ: 'UTC' },
  },
);
console.log(`${dir}: jekyll exit ${jekyll.status}, kiln exit ${kiln.status}`);
console.log(kiln.stderr.trim());
