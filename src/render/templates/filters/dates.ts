import { parseDate, SiteDate, strftime } from '../../../shared/dates.js';
import type { Filter } from './types.js';

/** The instant a filter input stands for: a Date, epoch seconds, 'now', or a date string. */
export function toInstant(input: unknown, timeZone: string, now: () => number): number | null {
  if (input instanceof Date) return input.getTime();
  if (typeof input === 'number') return input * 1000;
  if (typeof input !== 'string') return null;
  const s = input.trim();
  if (s === 'now' || s === 'today') return now();
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  return parseDate(s, timeZone);
}

function ordinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
  return n + (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
}

/** Jekyll's date filters, printing in the site's time zone; `readsNow` is told each use of the build time. */
export function dateFilters(timeZone: string, now: number, readsNow: () => void = () => {}): Record<string, Filter> {
  const buildTime = () => {
    readsNow();
    return now;
  };
  const withDate =
    (fn: (ms: number, ...rest: (string | undefined)[]) => string) =>
    (input: unknown, ...rest: (string | undefined)[]) => {
      const ms = toInstant(input, timeZone, buildTime);
      return ms === null ? input : fn(ms, ...rest);
    };
  const f = (ms: number, fmt: string) => strftime(ms, fmt, timeZone);
  const named = (monthFmt: '%b' | '%B') =>
    withDate((ms, type?: string, style?: string) => {
      if (type !== 'ordinal') return f(ms, `%d ${monthFmt} %Y`);
      const day = ordinal(Number(f(ms, '%-d')));
      return style === 'US' ? `${f(ms, monthFmt)} ${day}, ${f(ms, '%Y')}` : `${day} ${f(ms, `${monthFmt} %Y`)}`;
    });
  return {
    date_to_string: named('%b'),
    date_to_long_string: named('%B'),
    date_to_xmlschema: withDate((ms) => f(ms, '%Y-%m-%dT%H:%M:%S%:z')),
    date_to_rfc822: withDate((ms) => f(ms, '%a, %d %b %Y %H:%M:%S %z')),
    date: withDate((ms, fmt?: string) =>
      fmt === undefined || fmt === null || fmt === '' ? new SiteDate(ms, timeZone).toString() : f(ms, String(fmt)),
    ),
  };
}
