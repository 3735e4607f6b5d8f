import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedOffsetMinutes, isValidTimeZone, parseDate, zonedParts } from '../../../src/shared/dates.js';
import { strftime } from '../../../src/shared/strftime.js';

// Every zone that never changes its offset, and names near them that Intl may or may not know.
const FIXED = [
  ...'UTC UCT GMT GMT0 GMT+0 GMT-0 Universal Zulu Greenwich Etc/UTC Etc/UCT Etc/GMT Etc/GMT0 Etc/GMT+0 Etc/GMT-0 Etc/Universal Etc/Zulu Etc/Greenwich'.split(
    ' ',
  ),
  ...Array.from({ length: 14 }, (_, i) => `Etc/GMT-${i + 1}`),
  ...Array.from({ length: 12 }, (_, i) => `Etc/GMT+${i + 1}`),
];
const NEAR = [
  'Europe/Amsterdam',
  'America/New_York',
  'Asia/Kolkata',
  'utc',
  'etc/gmt+5',
  'Etc/GMT+13',
  'Etc/GMT-15',
  'Etc/GMT+05',
  'GMT+5',
  'Etc/GMT+1:30',
  'UTC+1',
  'Z',
  '',
];

/** The fields Intl gives for `ms` in `zone` (the oracle kiln's own arithmetic must equal). */
const formatters = new Map<string, Intl.DateTimeFormat>();
function intlParts(ms: number, zone: string) {
  const f =
    formatters.get(zone) ??
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      timeZoneName: 'longOffset',
    });
  formatters.set(zone, f);
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
  const off = /^GMT(?:([+-])(\d\d):(\d\d))?$/.exec(p.timeZoneName!)!;
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(p.weekday!),
    offsetMinutes: off[1] ? (off[1] === '-' ? -1 : 1) * (Number(off[2]) * 60 + Number(off[3])) : 0,
  };
}

/** Instants from year 1 to 9999: a spread over the whole range, and the ends of days, months and years. */
function instants(): number[] {
  const out: number[] = [];
  const first = new Date(0).setUTCFullYear(1, 0, 1);
  const last = Date.UTC(9999, 11, 31, 23, 59, 59);
  for (let i = 0; i <= 600; i++) out.push(Math.floor((first + ((last - first) * i) / 600) / 1000) * 1000);
  for (const y of [1, 4, 99, 100, 1900, 1970, 2000, 2024, 2100, 9999])
    for (const [m, d] of [
      [0, 1],
      [1, 28],
      [1, 29],
      [2, 1],
      [11, 31],
    ] as const) {
      const t = new Date(0);
      t.setUTCFullYear(y, m, d);
      for (const s of [-1, 0, 1, 43_199, 86_399]) out.push(t.getTime() + s * 1000);
    }
  // Before year 1 Intl counts years by era (1 BC), and kiln asks Intl for those still; a day after
  // its start the wall clock of every zone (at most 14 hours off) is in year 1.
  return out.filter((ms) => ms >= first + 86_400_000);
}

describe('zones with a fixed offset (UTC, Etc/GMT±N) without Intl', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are exactly the names Intl knows as such, with the offset Intl gives', () => {
    for (const zone of [...FIXED, ...NEAR]) {
      let intl: boolean;
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        intl = true;
      } catch {
        intl = false;
      }
      expect([zone, isValidTimeZone(zone)]).toEqual([zone, intl]);
      if (fixedOffsetMinutes(zone) !== null) expect(FIXED).toContain(zone);
    }
    for (const zone of FIXED)
      expect([zone, fixedOffsetMinutes(zone)]).toEqual([zone, intlParts(0, zone).offsetMinutes]);
  });

  it('give the calendar fields and offset Intl gives, for every such zone from year 1 to 9999', () => {
    const times = instants();
    for (const zone of FIXED)
      for (const ms of times) expect([zone, ms, zonedParts(ms, zone)]).toEqual([zone, ms, intlParts(ms, zone)]);
  });

  it('a site in UTC builds its dates without making an Intl formatter', () => {
    const spy = vi.spyOn(Intl, 'DateTimeFormat');
    const ms = parseDate('2024-02-29 13:45', 'Etc/UTC')!;
    expect(strftime(ms, '%Y-%m-%d %H:%M:%S %z %A %j', 'Etc/UTC')).toBe('2024-02-29 13:45:00 +0000 Thursday 060');
    expect(strftime(parseDate('2024-02-29', 'Etc/GMT+5')!, '%Y-%m-%d %H:%M %:z', 'Etc/GMT+5')).toBe(
      '2024-02-29 00:00 -05:00',
    );
    expect(spy).not.toHaveBeenCalled();
  });
});
