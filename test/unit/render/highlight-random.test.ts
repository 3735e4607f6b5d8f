import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../../src/render/markdown/highlight/highlight.js';
import {
  FIXED_CASES,
  FIXED_SEED,
  generateCodes,
  generatorLanguages,
  loadGenerator,
  RANDOM_DIR,
} from '../../highlight-oracle/random/random-code.js';

// Random code of each language with a generator (test/highlight-oracle/random/LANG.gen.ts),
// coloured byte for byte as Rouge 3.30 colours it in LANG.expected.json (`npm run
// oracle:highlight`; fresh seeds: `npm run fuzz:highlight`).
describe('random code highlighted as Rouge does', async () => {
  const langs = generatorLanguages();
  it('has generators', () => expect(langs.length).toBeGreaterThan(0));
  for (const lang of langs) {
    const cases = JSON.parse(readFileSync(join(RANDOM_DIR, `${lang}.expected.json`), 'utf8')) as Array<{
      code: string;
      rouge: string;
    }>;
    const codes = generateCodes(await loadGenerator(lang), FIXED_SEED, FIXED_CASES);
    it(`${lang}: the committed cases are the generator's (else: npm run oracle:highlight -- ${lang})`, () =>
      expect(cases.map((c) => c.code)).toEqual(codes));
    it(`${lang}: ${cases.length} cases equal to Rouge`, () => {
      const differing = cases.filter((c) => highlight(c.code, lang, 'rouge') !== c.rouge);
      expect(differing.map((c) => c.code).slice(0, 3)).toEqual([]);
    });
  }
});
