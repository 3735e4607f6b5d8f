import { RubyDate } from './ruby-date.js';
import { isNumeric } from './ruby-float.js';
import { rubyTextCompare } from './ruby-text.js';

/**
 * Ruby's `<=>` between two template values: -1, 0 or 1, or null where Ruby gives nil (a number and
 * a text, a Date and a Time, true and false). Integers and Floats compare by value, texts byte by
 * byte, lists item by item and then by length; any other two values are 0 only when they are the
 * same value (Object#<=>).
 */
export function rubySpaceship(a: unknown, b: unknown): number | null {
  if (a === b || (a == null && b == null)) return 0;
  if (isNumeric(a)) return isNumeric(b) && !Number.isNaN(+a - +b) ? Math.sign(+a - +b) : null;
  if (typeof a === 'string') return typeof b === 'string' ? rubyTextCompare(a, b) : null;
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
