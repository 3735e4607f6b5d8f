import type { Site } from '../../model/types.js';
import type { LiquidTagContext, SimpleTag } from '../../render/templates/tags.js';
import { strftime } from '../../shared/strftime.js';

/**
 * `{% last_modified_at [FORMAT] %}`: the time of the file at `page.path`, formatted with the tag's
 * strftime format, else `last-modified-at: date-format:`. The plugin keeps each path's text for
 * the rest of the build, so every later tag of that page prints the first one's text, whatever its
 * format; kiln keeps it for one build (the plugin's lasts as long as `jekyll serve`). In Nunjucks
 * the format is an expression: `{% last_modified_at "%Y-%m-%d" %}`.
 */
export function lastModifiedTag(site: Site): SimpleTag {
  const config = site.config;
  const printed = new Map<string, string>();
  const text = (page: unknown, format: string) => {
    const path = String((page as { path?: unknown } | null | undefined)?.path ?? '');
    const known = printed.get(path);
    if (known !== undefined) return known;
    const seconds = config.lastModifiedTimes?.secondsOf(path) ?? null;
    // The plugin fails so (an excerpt's path, `…/#excerpt`, is no file either).
    if (seconds === null) throw new Error(`last_modified_at: page.path "${path}" is no file of the site`);
    const made = strftime(seconds * 1000, format || config.lastModifiedFormat!, config.timezone);
    printed.set(path, made);
    return made;
  };
  return Object.assign(
    (vars: Readonly<Record<string, unknown>>, args: readonly unknown[]) =>
      text(vars.page, args[0] === undefined || args[0] === null ? '' : String(args[0])),
    { liquid: (markup: string, context: LiquidTagContext) => text(context.value('page'), markup.trim()) },
  );
}
