import { filtersBaseurl } from '../config/baseurl.js';
import type { Config } from '../config/types.js';
import { jekyllFilters } from '../render/templates/filters/index.js';
import { standardFilters } from '../render/templates/filters/standard.js';

/** The version Jekyll's plugins print (`jekyll.version`): kiln renders what Jekyll 4.3.1 renders. */
export const JEKYLL_VERSION = '4.3.1';

/** Jekyll's filters as plain functions, for the plugins' generated text. */
export interface PluginFilters {
  absoluteUrl(url: unknown): string;
  /** `date_to_xmlschema`: nil is null, an empty text is given back (Jekyll's `return date if date.to_s.empty?`). */
  xmlschema(date: unknown): string | null;
  xmlEscape(s: unknown): string;
  stripHtml(s: unknown): string;
  normalizeWhitespace(s: unknown): string;
  smartify(s: unknown): string;
  markdownify(s: unknown): string;
  uriEscape(s: unknown): string;
  escapeOnce(s: unknown): string;
}

/** The same filters templates get (render/templates/filters), so generated text matches what a template would print. */
export function pluginFilters(config: Config, markdownify: (src: string) => string): PluginFilters {
  const jekyll = jekyllFilters({
    timezone: config.timezone,
    clock: config.clock,
    url: config.url,
    baseurl: filtersBaseurl(config),
    urlCache: config.languagePass?.urlCache,
    markdownify,
    jekyllVersion: config.jekyllVersion,
    smartify: config.markdown,
  });
  const standard = standardFilters();
  const call = (filters: typeof jekyll, name: string) => (v: unknown) => String(filters[name]!(v) ?? '');
  return {
    absoluteUrl: call(jekyll, 'absolute_url'),
    xmlschema: (d) => {
      const out = jekyll.date_to_xmlschema!(d);
      return out === undefined || out === null ? null : String(out);
    },
    xmlEscape: call(jekyll, 'xml_escape'),
    stripHtml: call(standard, 'strip_html'),
    normalizeWhitespace: call(jekyll, 'normalize_whitespace'),
    smartify: call(jekyll, 'smartify'),
    markdownify: call(jekyll, 'markdownify'),
    uriEscape: call(jekyll, 'uri_escape'),
    escapeOnce: call(standard, 'escape_once'),
  };
}
