// Regenerates test/fixtures-git/*/expected/ with Jekyll itself (Debian's jekyll 4.3.1 with
// ruby-jekyll-last-modified-at 1.3.0 and the plugins of scripts/plugins-expected.sh), each built
// from the git repository test/helpers/git-fixture.ts makes of the fixture, as the test makes it.
//   npx vite-node scripts/git-fixtures-expected.ts [NAME...]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeGitFixture } from '../test/helpers/git-fixture.js';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures-git');
const given = process.argv.slice(2);
const names = given.length ? given : readdirSync(FIXTURES).filter((n) => existsSync(join(FIXTURES, n, 'history.json')));
for (const name of names) {
  const work = mkdtempSync(join(tmpdir(), `git-fixture-${name}-`));
  try {
    const site = makeGitFixture(join(FIXTURES, name), join(work, 'repo'));
    // No bundler: plugins load from the site's `plugins:` list, as kiln reads it.
    execFileSync(
      'jekyll',
      ['build', '--quiet', '--disable-disk-cache', '--source', site, '--destination', join(work, 'site')],
      { stdio: 'inherit', env: { ...process.env, JEKYLL_NO_BUNDLER_REQUIRE: 'true', JEKYLL_ENV: 'production' } },
    );
    const expected = join(FIXTURES, name, 'expected');
    rmSync(expected, { recursive: true, force: true });
    cpSync(join(work, 'site'), expected, { recursive: true });
    console.log(`${name}: done`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
