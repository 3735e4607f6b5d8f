/**
 * Ruby's Float in a Liquid site. JavaScript has one number type: a number that is not whole
 * (`1.5`, NaN, Infinity) can only be a Float, and stays a plain number; a whole one is an Integer,
 * unless it is one of these. A `RubyFloat` is a Float whose value is whole: YAML's `2.0` and
 * `1.0e+3`, Liquid's `1.0` and `-0.0`, `4 | times: 1.0`. It prints as Ruby prints it (`2.0`,
 * `1.0e+17`), computes as its number (valueOf), and Liquid compares it as a number (equals & co.,
 * liquidjs' Comparable). Only Liquid sites make them (their YAML, Liquid's literals and number
 * filters): a Nunjucks site's values are plain numbers.
 */
export class RubyFloat {
  // Private: a Liquid template sees no property of a number (`{{ f.n }}` is nil, `for` loops over nothing).
  readonly #n: number;
  constructor(n: number) {
    this.#n = n;
  }
  valueOf(): number {
    return this.#n;
  }
  toString(): string {
    return floatText(this.#n);
  }
  /** For JSON written by other code than Jekyll's jsonify (which writes `2.0`): the number. */
  toJSON(): number {
    return this.#n;
  }
  // liquidjs' Comparable: `==` (also inside arrays, `contains`, `case`) as Ruby's, 2.0 == 2.
  equals(other: unknown): boolean {
    return (typeof other === 'number' || other instanceof RubyFloat) && +other === this.#n;
  }
  gt(other: unknown): boolean {
    return isNumeric(other) && this.#n > +other;
  }
  geq(other: unknown): boolean {
    return isNumeric(other) && this.#n >= +other;
  }
  lt(other: unknown): boolean {
    return isNumeric(other) && this.#n < +other;
  }
  leq(other: unknown): boolean {
    return isNumeric(other) && this.#n <= +other;
  }
}

/** Whether a value is a Ruby number: a JavaScript number or a whole Float. */
export function isNumeric(v: unknown): v is number | RubyFloat {
  return typeof v === 'number' || v instanceof RubyFloat;
}

/** A Float's value as kiln carries it: a whole one wrapped, any other a plain number. */
export function toFloat(n: number): number | RubyFloat {
  return Number.isInteger(n) ? new RubyFloat(n) : n;
}

/** Whether a value is a Ruby Float: a number that is not whole, or a whole Float. */
export function isRubyFloat(v: unknown): boolean {
  return typeof v === 'number' ? !Number.isInteger(v) : v instanceof RubyFloat;
}

/**
 * A Float as Ruby's Float#to_s writes it: the shortest digits that read back as the same number,
 * in fixed form from 0.0001 up to below 1e15 (`0.5`, `2.0`, `123456789012345.6`) or, with a
 * fraction, 1e16 (`3333333333333333.5`), else in exponent form (`1.0e-05`, `1.0e+15`, `1.5e+300`); `Infinity`, `-Infinity`, `NaN`, `-0.0`.
 */
export function floatText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const exp = n.toExponential();
  const at = exp.indexOf('e');
  const e = Number(exp.slice(at + 1));
  if (e >= -4 && (e < 15 || (e === 15 && !Number.isInteger(n)))) return Number.isInteger(n) ? `${n}.0` : String(n);
  const mantissa = exp.slice(0, at);
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/**
 * A plain number as Ruby writes it: a whole one as an Integer (every digit, where JavaScript
 * writes 1e+21: those of the Integer Liquid's round, ceil or floor makes of a Float's text), any
 * other as a Float.
 */
export function numberText(n: number): string {
  if (!Number.isInteger(n)) return floatText(n);
  if (n < 1e21 && n > -1e21) return String(n);
  // Ruby's Integer of a Float rounded (BigDecimal of its text): its shortest digits, then zeros.
  const [digits, exponent] = n.toExponential().split('e');
  const [whole, fraction = ''] = digits!.split('.');
  return whole + fraction + '0'.repeat(Number(exponent) - fraction.length);
}
