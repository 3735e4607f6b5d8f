import type { Config } from '../config/types.js';
import { PluginModifiedTime } from '../shared/site-date.js';
import type { FrontMatter } from './types.js';

/**
 * jekyll-last-modified-at's `last_modified_at`, a time in the site's zone. The plugin sets it as
 * Jekyll makes the page or document: a page's front matter is read by then, so the plugin's value
 * wins; a post's or collection document's is read after, so its front matter (or `defaults:`)
 * wins unless it is empty.
 */
export function withLastModified(config: Config, path: string, data: FrontMatter, page: boolean): FrontMatter {
  const times = config.lastModifiedTimes;
  if (!times) return data;
  if (!page && data.last_modified_at !== undefined && data.last_modified_at !== null) return data;
  const seconds = times.secondsOf(path);
  if (seconds === null) return data;
  const time = new PluginModifiedTime(seconds * 1000, config.timezone, config.lastModifiedFormat ?? '%d-%b-%y');
  // A post or document has the key before its defaults and front matter (the plugin set it on
  // the new document); a page after its front matter.
  if (page) return { ...data, last_modified_at: time };
  // (Its front matter's empty value leaves the plugin's.)
  const doc: Record<string, unknown> = { last_modified_at: time, ...data };
  doc.last_modified_at = time;
  return doc;
}
