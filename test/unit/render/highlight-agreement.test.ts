import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../../src/render/markdown/highlight/highlight.js';
import { agreement, charClasses, ORACLE_DIR, percent, readSamples } from '../../highlight-oracle/agreement.js';

// Each sample in test/highlight-oracle/samples, highlighted by kiln, against Rouge's classes for
// it (test/highlight-oracle/regenerate.sh): the share of characters with Rouge's class may not
// fall below the floor committed for its language. `UPDATE_FLOORS=1` rewrites the floors from
// the figures measured now (review the diff: a floor that drops is a regression);
// `HIGHLIGHT_REPORT=1` prints the figures against Rouge and, for kiln's Pygments markup, against
// Pygments.
const FLOORS = join(ORACLE_DIR, 'floors.json');
const floors: Record<string, number> = JSON.parse(readFileSync(FLOORS, 'utf8'));
const samples = readSamples();
const sum = (xs: { equal: number; total: number }[]) => ({
  equal: xs.reduce((s, x) => s + x.equal, 0),
  total: xs.reduce((s, x) => s + x.total, 0),
});
const measured = samples.map((s) => {
  const html = highlight(s.code, s.lang, 'rouge');
  return {
    lang: s.lang,
    html,
    rouge: agreement(html, s.rouge),
    // Pygments' classes against kiln's Pygments markup (what a `highlighter: pygments` site gets).
    pygments: s.pygments === null ? null : agreement(highlight(s.code, s.lang, 'pygments'), s.pygments),
  };
});
const overall = sum(measured.map((m) => m.rouge));

if (process.env.UPDATE_FLOORS === '1')
  writeFileSync(
    FLOORS,
    `${JSON.stringify({ overall: percent(overall), ...Object.fromEntries(measured.map((m) => [m.lang, percent(m.rouge)])) }, null, 2)}\n`,
  );
if (process.env.HIGHLIGHT_REPORT === '1') {
  const pygments = measured.flatMap((m) => (m.pygments ? [m.pygments] : []));
  const rows = measured.map(
    (m) =>
      `${m.lang.padEnd(14)}${String(percent(m.rouge)).padStart(7)}${(m.pygments ? String(percent(m.pygments)) : '-').padStart(10)}`,
  );
  console.log(
    [
      'characters with the same class as   Rouge  Pygments',
      ...rows,
      `${'overall'.padEnd(14)}${String(percent(overall)).padStart(7)}${String(percent(sum(pygments))).padStart(10)}`,
    ].join('\n'),
  );
}

describe('highlighting agrees with Rouge, character by character, at least as much as before', () => {
  it('has a sample and a floor for every language', () => {
    expect(samples.length).toBeGreaterThan(50);
    expect(Object.keys(floors).sort()).toEqual(['overall', ...samples.map((s) => s.lang)].sort());
  });
  for (const m of measured)
    it(m.lang, () => {
      // The text is the sample's, escaped, whatever the classes.
      expect(charClasses(m.html).text).toBe(samples.find((s) => s.lang === m.lang)!.code);
      expect(percent(m.rouge)).toBeGreaterThanOrEqual(floors[m.lang]!);
    });
  it('overall', () => expect(percent(overall)).toBeGreaterThanOrEqual(floors.overall!));
});
