/**
 * Liquid computes with a Float as a BigDecimal of its shortest text, then takes the nearest Float
 * of the result: `3.14159 | divided_by: 42` is 0.07479976190476191 where a double division gives
 * 0.0747997619047619, `0.1 | plus: 0.2` is 0.3. The decimals' exact result, rounded once, is it.
 */

const DIGITS = 40;

/** A finite number's shortest text as an integer and a power of ten (`1.25` is 125 and -2). */
function decimalOf(n: number): { units: bigint; exponent: number } {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n))!;
  const fraction = m[3] ?? '';
  const units = BigInt(`${m[1]}${m[2]}${fraction}`);
  return { units, exponent: Number(m[4] ?? 0) - fraction.length };
}

/** x / y as the Float nearest their decimals' quotient (y neither 0 nor infinite, x finite). */
export function decimalQuotient(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return x / y;
  const a = decimalOf(x),
    b = decimalOf(y);
  const negative = a.units < 0n !== b.units < 0n && a.units !== 0n;
  const num = a.units < 0n ? -a.units : a.units,
    den = b.units < 0n ? -b.units : b.units;
  // Enough digits past a Float's 17 that rounding the text once is rounding the quotient.
  const scale = Math.max(0, DIGITS + den.toString().length - num.toString().length);
  const scaled = num * 10n ** BigInt(scale);
  let digits = scaled / den;
  let exponent = a.exponent - b.exponent - scale;
  // A remainder left is a last digit past the others, so a tie is not taken for exact.
  if (scaled % den !== 0n) {
    digits = digits * 10n + 1n;
    exponent -= 1;
  }
  const q = Number(`${digits}e${exponent}`);
  return negative ? -q : q;
}

/** x modulo y (the divisor's sign, as Ruby's) of their decimals, exactly, as a Float. */
export function decimalModulo(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return x - y * Math.floor(x / y);
  const a = decimalOf(x),
    b = decimalOf(y);
  const exponent = Math.min(a.exponent, b.exponent);
  const num = a.units * 10n ** BigInt(a.exponent - exponent),
    den = b.units * 10n ** BigInt(b.exponent - exponent);
  let r = num % den;
  if (r !== 0n && r < 0n !== den < 0n) r += den;
  return Number(`${r}e${exponent}`);
}

/**
 * Whether both are whole multiples of 1/1024 below 2^16 in size (a score of 0.5, a count): then
 * each one's shortest text is its exact value, and their sum, difference and product are exact
 * doubles, so the double's result is the decimals' (a related-posts loop adds 0.5 per post).
 */
function exactInBinary(x: number, y: number): boolean {
  return Math.abs(x) < 65536 && Math.abs(y) < 65536 && Number.isInteger(x * 1024) && Number.isInteger(y * 1024);
}

/** x + y, x - y or x * y of their decimals, exactly, as a Float (BigDecimal's sum, difference, product). */
export function decimalExact(op: '+' | '-' | '*', x: number, y: number): number {
  const double = op === '+' ? x + y : op === '-' ? x - y : x * y;
  // Infinities, NaN and a zero's sign as Floats give them.
  if (!Number.isFinite(x) || !Number.isFinite(y) || double === 0 || exactInBinary(x, y)) return double;
  const a = decimalOf(x),
    b = decimalOf(y);
  if (op === '*') return Number(`${a.units * b.units}e${a.exponent + b.exponent}`);
  const exponent = Math.min(a.exponent, b.exponent);
  const p = a.units * 10n ** BigInt(a.exponent - exponent),
    q = b.units * 10n ** BigInt(b.exponent - exponent);
  const sum = op === '+' ? p + q : p - q;
  return sum === 0n ? 0 : Number(`${sum}e${exponent}`);
}
