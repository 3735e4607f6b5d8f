import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rubyFloat, rubyInteger } from '../../../src/shared/ruby-numbers.js';

// [text, Ruby's Integer(text), Ruby's Float(text)], null where Ruby raises (Ruby 3.1's JSON).
const CASES: [string, number | null, number | null][] = JSON.parse(
  readFileSync(join(import.meta.dirname, 'ruby-numbers-cases.json'), 'utf8'),
);

describe("numbers read from text as Ruby's Integer() and Float() read them", () => {
  it.each(CASES)('%j → %j, %j', (text, integer, float) => {
    expect(rubyInteger(text) ?? null).toBe(integer);
    expect(rubyFloat(text) ?? null).toBe(float);
  });
});
