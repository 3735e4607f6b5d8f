import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/shared/yaml.js';
import { readPlainYaml } from '../../../src/source/plain-yaml.js';

// What Ruby's Psych made of each plain scalar (scripts/yaml-oracle.rb): NaN and infinities as
// { float: "NaN" } and the like.
const CASES: Record<string, unknown> = JSON.parse(
  readFileSync(join(import.meta.dirname, 'yaml-ruby-cases.json'), 'utf8'),
);

const asRuby = (v: unknown) =>
  typeof v === 'number' && !Number.isFinite(v)
    ? { float: Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity' }
    : v;

describe('plain scalars read as Jekyll (Psych, YAML 1.1) reads them', () => {
  for (const [text, ruby] of Object.entries(CASES))
    it(`${JSON.stringify(text)} → ${JSON.stringify(ruby)}`, () => {
      expect(asRuby((parseYaml(`k: ${text}\n`, 'a.yml') as { k: unknown }).k)).toEqual(ruby);
      // Front matter's quick reader, when it reads the line at all, gives the same.
      const quick = readPlainYaml(`k: ${text}\n`);
      if (quick) expect(asRuby(quick.k)).toEqual(ruby);
    });
});
