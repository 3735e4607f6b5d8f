import { validDay } from './dates.js';

/**
 * A date YAML gives as Ruby's Psych does (an unquoted `2024-05-14`): a Ruby Date, which prints as
 * `2024-05-14`, is no text (`== "2024-05-14"` is false, its `size` is nil), and formats as
 * midnight UTC (`date: "%z"` is `+0000`), while Jekyll's date filters read it as midnight in the
 * site's zone. A real Date (midnight UTC of the day), so that whatever takes a time takes it.
 */
export class RubyDate extends Date {
  override toString(): string {
    const y = this.getUTCFullYear();
    const year = y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
    return `${year}-${two(this.getUTCMonth() + 1)}-${two(this.getUTCDate())}`;
  }

  // Jekyll's jsonify prints a Date as its text.
  override toJSON(): string {
    return this.toString();
  }

  /** Ruby's Date#inspect: `#<Date: 2024-05-14 ((2460445j,0s,0n),+0s,2299161j)>` (the Julian day). */
  inspect(): string {
    return `#<Date: ${this.toString()} ((${Math.floor(this.getTime() / 86_400_000) + 2_440_588}j,0s,0n),+0s,2299161j)>`;
  }
}

const two = (n: number) => String(n).padStart(2, '0');

// Psych's pattern for a date; the day must also be one of the calendar's (`2021-02-30` is text).
const DATE = /^(\d{4})-(1[012]|0\d|\d)-([12]\d|3[01]|0\d|\d)$/;

/**
 * The date an unquoted YAML scalar is, as Psych reads it; null when it is none. Days before the
 * Gregorian calendar began (1582-10-15) stay text: Ruby counts them in the Julian calendar.
 */
export function yamlDate(text: string): RubyDate | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1582 || (y === 1582 && (mo < 10 || (mo === 10 && d < 15)))) return null;
  return validDay(y, mo, d) ? new RubyDate(Date.UTC(y, mo - 1, d)) : null;
}
