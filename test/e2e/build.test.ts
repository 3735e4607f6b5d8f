import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/run.js';
import { diffTrees, readTree, tempDir, writeTree } from '../helpers/tree.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

// Each fixture: source/ is built, and the output must equal expected/ byte for byte.
// UPDATE_EXPECTED=1 rewrites expected/ (review the diff before committing it).
describe('fixture sites', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(`${name} builds to exactly expected/`, async () => {
      const dest = tempDir(name);
      const result = await buildSite(join(FIXTURES, name, 'source'), dest);
      expect(result.errors).toEqual([]);
      const expectedDir = join(FIXTURES, name, 'expected');
      if (process.env.UPDATE_EXPECTED === '1') writeTree(expectedDir, readTree(dest));
      expect(existsSync(expectedDir)).toBe(true);
      expect(diffTrees(readTree(expectedDir), readTree(dest))).toEqual([]);
    });
  }
});
