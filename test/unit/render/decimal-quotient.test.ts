import { describe, expect, it } from 'vitest';
import {
  decimalExact,
  decimalModulo,
  decimalQuotient,
} from '../../../src/render/templates/filters/decimal-quotient.js';
import { random } from '../../helpers/random.js';

// Each expected value is what Ruby 3.1's BigDecimal gives (Liquid's arithmetic with a Float),
// where JavaScript's own division, remainder or product gives another Float.
describe('Liquid arithmetic on the decimals of Floats', () => {
  it('divides as BigDecimal, then takes the nearest Float', () => {
    expect(decimalQuotient(3.14158, 42)).toBe(0.07479952380952382);
    expect(decimalQuotient(5.357, 0.7)).toBe(7.652857142857143);
    expect(decimalQuotient(-0.26787166595458983, -1284.69)).toBe(0.00020851074263409058);
    expect(Object.is(decimalQuotient(0, -2), -0)).toBe(true);
    expect(decimalQuotient(1, 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('takes the remainder exactly, with the divisor’s sign', () => {
    expect(decimalModulo(0.3, 0.1)).toBe(0);
    expect(decimalModulo(-0.0786883831024171, 0.0004002214193344116)).toBe(0.0001552365064619852);
    expect(decimalModulo(7, -2.5)).toBe(-0.5);
  });

  it('adds, subtracts and multiplies exactly', () => {
    expect(decimalExact('+', 0.1, 0.2)).toBe(0.3);
    expect(decimalExact('*', 1.15, 0.123456789012345)).toBe(0.14197530736419675);
    expect(decimalExact('-', 99.99, 0.011)).toBe(99.979);
    expect(Object.is(decimalExact('*', -0, 1), -0)).toBe(true);
  });

  // Multiples of 1/1024 (a score of 0.5, a count) take a shortcut: each one's exact value is its
  // text, and the result is worked out here in whole units of 10^-10 (1/1024 is 9765625 of them).
  it('gives sums, differences and products of multiples of 1/1024 exactly', () => {
    const rand = random(20261206);
    // Small and large multiples, and round decimals whose text is shorter than their exact value.
    const pick = (): number => {
      const kind = rand();
      if (kind < 0.2) return Math.round((rand() * 2 - 1) * 1e4) * 10 ** Math.floor(rand() * 20);
      const scale = [1, 1024, 65536 * 1024, 2 ** 40][Math.floor(rand() * 4)]!;
      const n = Math.floor((rand() * 2 - 1) * scale);
      return kind < 0.6 ? n : n / 1024;
    };
    for (let i = 0; i < 4000; i++) {
      const x = pick(),
        y = pick();
      for (const op of ['+', '-', '*'] as const) {
        const text = (v: number) => String(v).replace(/e\+?/, 'e');
        // The exact decimals of the operands' shortest texts, as BigDecimal takes them.
        const units = (v: number): [bigint, number] => {
          const [mantissa, power = '0'] = text(v).split('e');
          const [whole, fraction = ''] = mantissa!.split('.');
          return [BigInt(whole! + fraction), Number(power) - fraction.length];
        };
        const [a, ea] = units(x),
          [b, eb] = units(y);
        let expected: number;
        if (op === '*') expected = Number(`${a * b}e${ea + eb}`);
        else {
          const e = Math.min(ea, eb);
          const p = a * 10n ** BigInt(ea - e),
            q = b * 10n ** BigInt(eb - e);
          expected = Number(`${op === '+' ? p + q : p - q}e${e}`);
        }
        const got = decimalExact(op, x, y);
        if (got !== 0 || expected !== 0) expect(got, `${x} ${op} ${y}`).toBe(expected);
      }
    }
  });
});
