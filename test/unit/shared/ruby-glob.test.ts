import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { globPaths } from '../../../src/shared/ruby-glob.js';
import { tempDir } from '../../helpers/tree.js';

describe('globPaths (Dir.glob)', () => {
  const dir = tempDir('ruby-glob');
  for (const d of ['node_modules/b/scss', 'node_modules/a/scss', 'node_modules/.hidden/scss', 'node_modules/B/scss'])
    mkdirSync(join(dir, d), { recursive: true });
  for (const d of ['deep/x/y/sass', 'deep/.dot/sass', 'deep/sass', 'vendor/grid', 'vendor/icons'])
    mkdirSync(join(dir, d), { recursive: true });
  writeFileSync(join(dir, 'node_modules/a/file'), '');

  // Each answer is Ruby 3.1's for the same tree.
  it.each([
    ['node_modules/*/scss', ['node_modules/B/scss', 'node_modules/a/scss', 'node_modules/b/scss']],
    ['deep/**/sass', ['deep/sass', 'deep/x/y/sass']],
    ['vendor/{icons,grid}', ['vendor/icons', 'vendor/grid']],
    ['vendor/{grid,nope,icons}', ['vendor/grid', 'vendor/icons']],
    ['node_modules/?/scss', ['node_modules/B/scss', 'node_modules/a/scss', 'node_modules/b/scss']],
    ['node_modules/[ab]/scss', ['node_modules/a/scss', 'node_modules/b/scss']],
    ['vendor/**', ['vendor/grid', 'vendor/icons']],
    ['missing', []],
    ['vendor', ['vendor']],
    ['node_modules/a/file', ['node_modules/a/file']],
    // A closing `/` finds folders only, given without it; `**/` then is any folders.
    ['node_modules/a/*/', ['node_modules/a/scss']],
    ['deep/**/', ['deep', 'deep/sass', 'deep/x', 'deep/x/y', 'deep/x/y/sass']],
  ])('%s', (pattern, found) => {
    expect(globPaths(pattern, dir)).toEqual(found);
  });

  it('a path out of the folder or from the root is found as written', () => {
    expect(globPaths(`../*/vendor/grid`, dir)).toContain(`../${basename(dir)}/vendor/grid`);
    expect(globPaths(`${dir}/vendor/*`, '/')).toEqual([`${dir}/vendor/grid`, `${dir}/vendor/icons`]);
  });
});
