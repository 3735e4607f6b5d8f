import { strftime } from './strftime.js';

/**
 * A date as templates see it: a real Date that prints the way Ruby's Time does
 * (`2021-07-07 02:00:00 +0200`), in the site's zone.
 */
export class SiteDate extends Date {
  constructor(
    ms: number,
    readonly timeZone: string,
  ) {
    super(ms);
  }

  override toString(): string {
    return strftime(this.getTime(), '%Y-%m-%d %H:%M:%S %z', this.timeZone);
  }

  // Jekyll's jsonify prints a Time as its string form.
  override toJSON(): string {
    return this.toString();
  }
}
