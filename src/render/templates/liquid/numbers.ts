import type { Filter } from '../filters/types.js';

/** A filter operand as Ruby Liquid reads it: a number, and whether Ruby would hold it as a Float. */
function num(v: unknown): { n: number; float: boolean } {
  if (typeof v === 'number') return { n: v, float: !Number.isInteger(v) };
  const s = String(v ?? '').trim();
  if (/^-?\d+\.\d+$/.test(s)) return { n: Number(s), float: true };
  const int = /^-?\d+/.exec(s);
  return { n: int ? Number(int[0]) : 0, float: false };
}

function decimals(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 0 : s.length - dot - 1;
}

// Ruby Liquid computes with BigDecimal when a Float takes part: 0.1 + 0.2 is 0.3.
const exact = (n: number, places: number) => (places > 0 && places < 16 ? Number(n.toFixed(places)) : n);

/**
 * Liquid's arithmetic as Ruby does it: integers stay integers (`10 | divided_by: 4` is 2, rounded
 * down), decimals add up exactly, `modulo` takes the divisor's sign. liquidjs computes in floats.
 */
export function rubyNumberFilters(): Record<string, Filter> {
  return {
    plus: (a: unknown, b: unknown) => {
      const x = num(a).n;
      const y = num(b).n;
      return exact(x + y, Math.max(decimals(x), decimals(y)));
    },
    minus: (a: unknown, b: unknown) => {
      const x = num(a).n;
      const y = num(b).n;
      return exact(x - y, Math.max(decimals(x), decimals(y)));
    },
    times: (a: unknown, b: unknown) => {
      const x = num(a).n;
      const y = num(b).n;
      return exact(x * y, decimals(x) + decimals(y));
    },
    divided_by: (a: unknown, b: unknown) => {
      const x = num(a);
      const y = num(b);
      if (y.n === 0 && !x.float && !y.float) throw new Error('divided by 0');
      return x.float || y.float ? x.n / y.n : Math.floor(x.n / y.n);
    },
    modulo: (a: unknown, b: unknown) => {
      const x = num(a);
      const y = num(b);
      if (y.n === 0 && !x.float && !y.float) throw new Error('divided by 0');
      return exact(x.n - y.n * Math.floor(x.n / y.n), Math.max(decimals(x.n), decimals(y.n)));
    },
  };
}
