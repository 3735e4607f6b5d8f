import { describe, expect, it } from 'vitest';
import {
  decimalExact,
  decimalModulo,
  decimalQuotient,
} from '../../../src/render/templates/filters/decimal-quotient.js';

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
});
