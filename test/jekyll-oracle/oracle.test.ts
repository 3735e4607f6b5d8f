import { afterAll, describe, expect, it } from 'vitest';
import { compareSite, isErrorSite, knownDifferences, type SiteResult, siteNames } from './oracle.js';

// Each site in sites/ is built by kiln and compared byte for byte with what Jekyll 4.3.1 built
// (scripts/jekyll-oracle.sh). A ratchet: a site listed in known-differences.txt must still differ
// (remove it once it matches), any other site must match.
const known = knownDifferences();
const names = siteNames();
const results: SiteResult[] = [];

describe('Jekyll oracle', () => {
  it('lists only sites that exist', () => {
    expect([...known.keys()].filter((n) => !names.includes(n))).toEqual([]);
  });

  const check = (name: string) => async () => {
    const result = await compareSite(name);
    results.push(result);
    if (known.has(name))
      expect(result.equal, `${name} now matches Jekyll: remove it from known-differences.txt`).toBe(false);
    else expect(result.problems).toEqual([]);
  };
  // Sites Jekyll builds are built in-process; sites it rejects run the CLI, side by side.
  for (const name of names.filter((n) => !isErrorSite(n))) it(name, check(name));
  describe.concurrent('rejected sites', () => {
    for (const name of names.filter(isErrorSite)) it(name, check(name));
  });
});

// `npm run oracle:report`: each site's status and the first differences.
afterAll(() => {
  if (process.env.ORACLE_REPORT !== '1') return;
  const lines = results
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((r) => {
      const head = `${r.equal ? 'pass' : 'FAIL'}  ${r.name}${known.has(r.name) ? `  (known: ${known.get(r.name)})` : ''}`;
      return [head, ...r.problems.slice(0, 3).map((p) => p.replace(/^/gm, '      '))].join('\n');
    });
  const passed = results.filter((r) => r.equal).length;
  process.stdout.write(`\n${lines.join('\n')}\n\n${passed} of ${results.length} sites equal to Jekyll's output\n`);
});
