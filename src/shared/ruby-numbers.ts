// Ruby's Kernel#Integer and Kernel#Float on a String: the numbers Ruby reads from text, where a
// value of Ruby's own (a kramdown option, a CSV cell under `csv_converters`) is made so.

const SPACE = '[ \\t\\n\\v\\f\\r]*';
const DIGITS = '[0-9]+(?:_[0-9]+)*';
const INTEGER = new RegExp(
  `^${SPACE}([+-]?)(0[xX]|0[bB]|0[oO]|0[dD]|0_?(?=[0-9]))?([0-9a-fA-F]+(?:_[0-9a-fA-F]+)*)${SPACE}$`,
);
const DECIMAL = new RegExp(
  `^${SPACE}([+-]?(?:${DIGITS}(?:\\.${DIGITS})?|\\.${DIGITS})(?:[eE][+-]?${DIGITS})?)${SPACE}$`,
);
const HEX = new RegExp(`^${SPACE}([+-]?)0[xX]([0-9a-fA-F]+)(?:(?:\\.([0-9a-fA-F]*))?[pP]([+-]?${DIGITS}))?${SPACE}$`);

/**
 * A whole number as Ruby's `Integer()` reads one: white space around, a sign, `0x`/`0b`/`0o`/`0d`
 * or a leading `0` (octal: `010` is 8, `08` no number), `_` between digits.
 */
export function rubyInteger(text: string): number | undefined {
  const m = INTEGER.exec(text);
  if (!m) return undefined;
  const prefix = (m[2] ?? '').toLowerCase();
  const base =
    prefix === '0x' ? 16 : prefix === '0b' ? 2 : prefix === '0o' || prefix.startsWith('0_') || prefix === '0' ? 8 : 10;
  const digits = m[3]!.replace(/_/g, '');
  if (![...digits].every((d) => Number.parseInt(d, 16) < base)) return undefined;
  const n = Number.parseInt(digits, base);
  return m[1] === '-' ? -n : n;
}

/**
 * A number as Ruby's `Float()` reads one: white space around, a sign, digits with `_` between
 * them, a point only with digits after it (`.5`, not `5.`), an exponent; or hexadecimal (`0x1A`,
 * `0x1.8p1`). No `Infinity` or `NaN`; too large a number is Infinity.
 */
export function rubyFloat(text: string): number | undefined {
  const decimal = DECIMAL.exec(text);
  if (decimal) return Number(decimal[1]!.replace(/_/g, ''));
  const hex = HEX.exec(text);
  if (!hex) return undefined;
  const fraction = hex[3] ?? '';
  const mantissa = Number.parseInt(hex[2]! + fraction, 16) / 16 ** fraction.length;
  const n = mantissa * 2 ** Number((hex[4] ?? '0').replace(/_/g, ''));
  return hex[1] === '-' ? -n : n;
}
