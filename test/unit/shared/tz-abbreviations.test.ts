import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isValidTimeZone } from '../../../src/shared/dates.js';
import { strftime } from '../../../src/shared/strftime.js';

// Ruby's `%Z` for every zone of tzdata at a few instants (scripts/tz-abbreviations.rb --expected).
const lines = readFileSync(new URL('tz-abbreviations.expected.txt', import.meta.url), 'utf8')
  .trim()
  .split('\n');
const instants = lines[0]!
  .split(' at ')[1]!
  .split(' (')[0]!
  .split(' ')
  .map((s) => Number(s) * 1000);
const zones = lines.slice(1).map((line) => line.split(' ') as [string, string]);

describe("%Z is tzdata's abbreviation, as Ruby's strftime prints it", () => {
  it('knows every zone Node knows', () => {
    expect(zones.filter(([zone]) => !isValidTimeZone(zone)).map(([zone]) => zone)).toEqual([]);
  });
  it.each(zones)('%s', (zone, expected) => {
    expect(instants.map((ms) => strftime(ms, '%Z', zone)).join('|')).toBe(expected);
  });
  it('names what ICU does not (JST, IST, AEST, GMT) and numbers what tzdata does (+04)', () => {
    const july = Date.UTC(2025, 6, 15, 9);
    expect(
      ['Asia/Tokyo', 'Asia/Kolkata', 'Australia/Sydney', 'GMT', 'Asia/Dubai', 'Europe/Dublin', 'Asia/Kathmandu'].map(
        (z) => strftime(july, '%Z', z),
      ),
    ).toEqual(['JST', 'IST', 'AEST', 'GMT', '+04', 'IST', '+0545']);
  });
});
