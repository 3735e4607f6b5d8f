import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKiln } from '../helpers/run.js';

const HERE = join(import.meta.dirname, '..');

describe('kiln check', () => {
  it('reports every broken link, anchor, image, duplicate id and feed problem, and exits 1', async () => {
    const r = await runKiln([
      'check',
      '--source',
      join(HERE, 'fixtures-check'),
      '--destination',
      join(HERE, 'fixtures-check', 'broken'),
      '--external',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(readFileSync(join(HERE, 'fixtures-check', 'expected-output.txt'), 'utf8'));
  });

  it('passes a clean site with exit 0', async () => {
    const r = await runKiln([
      'check',
      '--source',
      join(HERE, 'fixtures', 'project-blog', 'source'),
      '--destination',
      join(HERE, 'fixtures', 'project-blog', 'expected'),
    ]);
    expect(r.stdout).toMatch(/^37 pages, \d+ links checked, \d+ external not fetched: 0 problems\n$/);
    expect(r.code).toBe(0);
  });

  it('says so when the site was never built', async () => {
    const r = await runKiln(['check', '--source', join(HERE, 'fixtures-check'), '--destination', '/no/such/site']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('kiln: /no/such/site does not exist; run kiln build first\n');
  });
});
