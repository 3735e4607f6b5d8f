import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run.js';
import { readTree, tempDir } from '../helpers/tree.js';

const SOURCE = join(import.meta.dirname, '..', 'fixtures', 'project-blog', 'source');

describe('determinism', () => {
  it('the same source gives the same bytes whatever the machine time zone and locale', () => {
    const a = tempDir(),
      b = tempDir();
    expect(runCli(['build', '--source', SOURCE, '--destination', a], { TZ: 'UTC', LANG: 'C' }).code).toBe(0);
    expect(
      runCli(['build', '--source', SOURCE, '--destination', b], { TZ: 'Asia/Kolkata', LANG: 'de_DE.UTF-8' }).code,
    ).toBe(0);
    expect(readTree(a)).toEqual(readTree(b));
  });

  it('site.time comes from SOURCE_DATE_EPOCH', () => {
    const src = join(import.meta.dirname, '..', 'fixtures-extra', 'site-time');
    const dest = tempDir();
    expect(runCli(['build', '--source', src, '--destination', dest], { SOURCE_DATE_EPOCH: '1600000000' }).code).toBe(0);
    expect(readTree(dest).get('time.txt')!.toString()).toBe('2020-09-13 12:26:40 +0000\n');
  });
});
