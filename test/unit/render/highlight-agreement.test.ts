import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../../src/render/markdown/highlight/highlight.js';
import { escapeCode } from '../../../src/render/markdown/highlight/lexer.js';
import { agreement, charClasses, ORACLE_DIR, percent, readSamples } from '../../highlight-oracle/agreement.js';

// Each sample in test/highlight-oracle/samples, highlighted by kiln, against Rouge's classes for
// it and, in kiln's Pygments markup, Pygments' (test/highlight-oracle/regenerate.sh): the share of
// characters with the oracle's class may not fall below the floor committed for its language, nor
// below what plain text gets. `UPDATE_FLOORS=1` rewrites the floors from the figures measured now
// (review the diff: a floor that drops is a regression); `HIGHLIGHT_REPORT=1` prints the figures,
// each with plain text's beside it.
const FLOORS = join(ORACLE_DIR, 'floors.json');
const floors: { rouge: Record<string, number>; pygments: Record<string, number> } = JSON.parse(
  readFileSync(FLOORS, 'utf8'),
);
const samples = readSamples();
const sum = (xs: { equal: number; total: number }[]) => ({
  equal: xs.reduce((s, x) => s + x.equal, 0),
  total: xs.reduce((s, x) => s + x.total, 0),
});
type Figure = { equal: number; total: number };
const measured = samples.map((s) => {
  const html = highlight(s.code, s.lang, 'rouge');
  // Pygments drops a block's leading blank lines.
  const pygmentsCode = s.code.replace(/^\n+/, '');
  return {
    lang: s.lang,
    html,
    rouge: agreement(html, s.rouge),
    rougePlain: agreement(escapeCode(s.code), s.rouge),
    // Pygments' classes against kiln's Pygments markup (what a `highlighter: pygments` site gets).
    pygments: s.pygments === null ? null : agreement(highlight(s.code, s.lang, 'pygments'), s.pygments),
    pygmentsPlain: s.pygments === null ? null : agreement(escapeCode(pygmentsCode), s.pygments),
  };
});
const overall = { rouge: sum(measured.map((m) => m.rouge)), pygments: sum(measured.flatMap((m) => m.pygments ?? [])) };
const figures = (oracle: 'rouge' | 'pygments') =>
  Object.fromEntries(
    measured.flatMap((m): [string, number][] => {
      const figure = m[oracle];
      return figure ? [[m.lang, percent(figure)]] : [];
    }),
  );

if (process.env.UPDATE_FLOORS === '1')
  writeFileSync(
    FLOORS,
    `${JSON.stringify(
      {
        rouge: { overall: percent(overall.rouge), ...figures('rouge') },
        pygments: { overall: percent(overall.pygments), ...figures('pygments') },
      },
      null,
      2,
    )}\n`,
  );
if (process.env.HIGHLIGHT_REPORT === '1') {
  const cell = (f: Figure | null, width: number) => (f ? String(percent(f)) : '-').padStart(width);
  const rows = measured.map(
    (m) =>
      `${m.lang.padEnd(22)}${cell(m.rouge, 7)}${cell(m.rougePlain, 7)}${cell(m.pygments, 10)}${cell(m.pygmentsPlain, 7)}`,
  );
  console.log(
    [
      'characters with the same class as   Rouge (plain) Pygments (plain)',
      ...rows,
      `${'overall'.padEnd(22)}${cell(overall.rouge, 7)}${cell(sum(measured.map((m) => m.rougePlain)), 7)}${cell(overall.pygments, 10)}${cell(sum(measured.flatMap((m) => m.pygmentsPlain ?? [])), 7)}`,
    ].join('\n'),
  );
}

describe('highlighting agrees with Rouge and Pygments, character by character, at least as much as before', () => {
  it('has a sample and a floor for every language', () => {
    expect(samples.length).toBeGreaterThan(50);
    expect(Object.keys(floors.rouge).sort()).toEqual(['overall', ...samples.map((s) => s.lang)].sort());
    expect(Object.keys(floors.pygments).sort()).toEqual(
      ['overall', ...samples.filter((s) => s.pygments !== null).map((s) => s.lang)].sort(),
    );
  });
  for (const m of measured)
    it(m.lang, () => {
      // The text is the sample's, escaped, whatever the classes.
      expect(charClasses(m.html).text).toBe(samples.find((s) => s.lang === m.lang)!.code);
      expect(percent(m.rouge)).toBeGreaterThanOrEqual(floors.rouge[m.lang]!);
      if (m.pygments) expect(percent(m.pygments)).toBeGreaterThanOrEqual(floors.pygments[m.lang]!);
    });
  it('colours no language less like the oracle than plain text would be', () => {
    const worse = measured.flatMap((m) => [
      ...(percent(m.rouge) < percent(m.rougePlain) ? [`${m.lang} (Rouge)`] : []),
      ...(m.pygments && m.pygmentsPlain && percent(m.pygments) < percent(m.pygmentsPlain)
        ? [`${m.lang} (Pygments)`]
        : []),
    ]);
    expect(worse).toEqual([]);
  });
  it('overall', () => {
    expect(percent(overall.rouge)).toBeGreaterThanOrEqual(floors.rouge.overall!);
    expect(percent(overall.pygments)).toBeGreaterThanOrEqual(floors.pygments.overall!);
  });
});
