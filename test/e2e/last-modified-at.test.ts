import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeGitFixture } from '../helpers/git-fixture.js';
import { buildSite } from '../helpers/run.js';
import { diffTrees, readTree, tempDir } from '../helpers/tree.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures-git');

// Each fixture's expected/ is what `jekyll build` wrote from the repository its history makes
// (scripts/git-fixtures-expected.ts); the test makes the same repository and builds it.
describe('sites in git repositories build as Jekyll builds them', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, async () => {
      const site = makeGitFixture(join(FIXTURES, name), join(tempDir(name), 'repo'));
      const dest = tempDir(`${name}-out`);
      const saved = process.env.JEKYLL_ENV;
      process.env.JEKYLL_ENV = 'production';
      try {
        const result = await buildSite(site, dest);
        expect(result.errors).toEqual([]);
      } finally {
        if (saved === undefined) delete process.env.JEKYLL_ENV;
        else process.env.JEKYLL_ENV = saved;
      }
      expect(diffTrees(readTree(join(FIXTURES, name, 'expected')), readTree(dest))).toEqual([]);
    });
  }
});
