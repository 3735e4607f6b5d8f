import { strftime, type Zone } from './strftime.js';

/**
 * A time as templates see it: a real Date that prints the way Ruby's Time does
 * (`2021-07-07 02:00:00 +0200`), in the site's zone, at a fixed offset (a YAML timestamp that
 * gives one), or as UTC (`utc`: one that ends in `Z`, printed `2021-07-07 00:00:00 UTC`).
 */
export class SiteDate extends Date {
  constructor(
    ms: number,
    readonly timeZone: Zone,
    readonly utc = false,
  ) {
    super(ms);
  }

  override toString(): string {
    return this.utc
      ? strftime(this.getTime(), '%Y-%m-%d %H:%M:%S UTC', 'UTC')
      : strftime(this.getTime(), '%Y-%m-%d %H:%M:%S %z', this.timeZone);
  }

  // Jekyll's jsonify prints a Time as its string form.
  override toJSON(): string {
    return this.toString();
  }
}

/**
 * jekyll-last-modified-at's time: a time to templates, but its own text (the plugin's
 * `date-format`) where Ruby writes the plugin's object itself, in a document's JSON.
 */
export class PluginModifiedTime extends SiteDate {
  constructor(
    ms: number,
    timeZone: string,
    readonly format: string,
  ) {
    super(ms, timeZone);
  }

  /** The plugin's to_s. */
  formatted(): string {
    return strftime(this.getTime(), this.format, this.timeZone);
  }
}
