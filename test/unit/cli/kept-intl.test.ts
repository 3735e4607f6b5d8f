import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keptIntlAnswers } from '../../../src/cli/kept-intl.js';
import { isValidTimeZone, keepIntlAnswers, zonedParts } from '../../../src/shared/dates.js';
import { tempDir } from '../../helpers/tree.js';

afterEach(() => keepIntlAnswers(undefined));

/** Intl's own answer, with nothing kept. */
function fromIntl(ms: number, zone: string) {
  keepIntlAnswers(undefined);
  return zonedParts(ms, zone);
}

describe("Intl's answers kept between runs (src/cli/kept-intl.ts)", () => {
  it('keeps the zones Intl took and the fields it gave, and gives them back in the next run', () => {
    const dir = tempDir('kept-intl');
    const first = keptIntlAnswers(dir);
    keepIntlAnswers(first.answers);
    // Instants no other test asks about (zonedParts keeps answers of its own in a process).
    const instants = [Date.UTC(1931, 4, 17, 22, 59, 58), Date.UTC(2087, 9, 27, 0, 30, 1)];
    expect(isValidTimeZone('America/St_Johns')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    const given = instants.map((ms) => zonedParts(ms, 'America/St_Johns'));
    expect(first.answers.added).toBe(true);
    first.save();
    const next = keptIntlAnswers(dir);
    expect([...next.answers.zones]).toEqual(['America/St_Johns']);
    expect(next.answers.parts.size).toBe(2);
    expect([...next.answers.parts.values()]).toEqual(given);
    expect(given).toEqual(instants.map((ms) => fromIntl(ms, 'America/St_Johns')));
    // St. John's was 2:30:52 behind UTC in the summer of 1931: the kept fields are Intl's to the second.
    expect(given[0]).toMatchObject({ hour: 20, minute: 29, second: 6, offsetMinutes: -151 });
  });

  it('writes what the run asked for: an instant asked once (the build time) is not kept for ever', () => {
    const dir = tempDir('kept-intl');
    const post = Date.UTC(1999, 11, 31, 23, 0, 0);
    for (const now of [Date.UTC(2031, 0, 1, 12, 0, 1), Date.UTC(2031, 0, 2, 12, 0, 1)]) {
      const run = keptIntlAnswers(dir);
      keepIntlAnswers(run.answers);
      zonedParts(post, 'Europe/Vilnius');
      zonedParts(now, 'Europe/Vilnius');
      run.save();
    }
    const kept = keptIntlAnswers(dir).answers;
    expect([...kept.parts.keys()]).toEqual([
      `Europe/Vilnius|${post}`,
      `Europe/Vilnius|${Date.UTC(2031, 0, 2, 12, 0, 1)}`,
    ]);
  });

  it('ignores a damaged or cut file, and writes nothing when a run added nothing', () => {
    const dir = tempDir('kept-intl');
    const first = keptIntlAnswers(dir);
    keepIntlAnswers(first.answers);
    zonedParts(Date.UTC(1977, 2, 3, 4, 5, 6), 'Asia/Kathmandu');
    first.save();
    const [name] = readdirSync(dir);
    const path = join(dir, name!);
    const good = readFileSync(path, 'utf8');
    for (const bad of [
      good.replace('1977', '1978').replace(',5,', ',6,'),
      good.slice(0, -5),
      good.replace('"', "'"),
      '',
    ]) {
      writeFileSync(path, bad);
      const read = keptIntlAnswers(dir);
      expect([read.answers.zones.size, read.answers.parts.size]).toEqual([0, 0]);
      read.save();
      expect(readFileSync(path, 'utf8')).toBe(bad);
    }
  });
});
