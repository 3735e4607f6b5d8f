import { RubyDate } from './ruby-date.js';
import { isNumeric } from './ruby-float.js';
import { rubyTextCompare } from './ruby-text.js';

/**
 * Ruby's `<=>` between two template values: -1, 0 or 1, or null where Ruby gives nil (a number and
 * a text, a Date and a Time, true and false, a number and a Date). Integers and Floats compare by
 * value, a Date with a number by its Julian day, texts byte by byte, lists item by item and then by
 * length; any other two values are 0 only when they are the same value (Object#<=>).
 */
export function rubySpaceship(a: unknown, b: unknown): number | null {
  if (a === b || (a == null && b == null)) return 0;
  if (isNumeric(a)) return isNumeric(b) && !Number.isNaN(+a - +b) ? Math.sign(+a - +b) : null;
  if (typeof a === 'string') return typeof b === 'string' ? rubyTextCompare(a, b) : null;
  // Date#<=> takes a number as an astronomical Julian day (2023-01-01 is 2459945.5); a number's
  // <=> takes no Date, so the order goes one way only.
  if (a instanceof RubyDate && isNumeric(b)) {
    const order = Math.sign(a.getTime() / 86_400_000 + 2_440_587.5 - +b);
    return Number.isNaN(order) ? null : order;
  }
  // A Date (a YAML day) and a Time (a timestamp) are two classes with no order between them.
  if (a instanceof Date)
    return b instanceof Date && a instanceof RubyDate === b instanceof RubyDate
      ? Math.sign(a.getTime() - b.getTime())
      : null;
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return null;
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const order = rubySpaceship(a[i], b[i]);
      if (order !== 0) return order;
    }
    return Math.sign(a.length - b.length);
  }
  return null;
}
