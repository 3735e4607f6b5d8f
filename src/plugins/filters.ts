import type { Config } from '../config/types.js';
import { typographText } from '../render/markdown/typography.js';
import { jekyllFilters } from '../render/templates/filters/index.js';
import { standardFilters } from '../render/templates/filters/standard.js';

/** The version Jekyll's plugins print (`jekyll.version`): kiln renders what Jekyll 4.3.1 renders. */
export const JEKYLL_VERSION = '4.3.1';

/** Jekyll's filters as plain functions, for the plugins' generated text. */
export interface PluginFilters {
  absoluteUrl(url: unknown): string;
  /** `date_to_xmlschema`; null for a value that is no date. */
  xmlschema(date: unknown): string | null;
  xmlEscape(s: unknown): string;
  stripHtml(s: unknown): string;
  normalizeWhitespace(s: unknown): string;
  smartify(s: unknown): string;
  markdownify(s: unknown): string;
  uriEscape(s: unknown): string;
}

export function pluginFilters(config: Config, markdownify: (src: string) => string): PluginFilters {
  const all = {
    ...standardFilters(),
    ...jekyllFilters({
      timezone: config.timezone,
      time: config.time,
      url: config.url,
      baseurl: config.baseurl,
      markdownify,
    }),
  };
  const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  return {
    absoluteUrl: (u) => String(all.absolute_url!(u)),
    xmlschema: (d) => {
      const out = all.date_to_xmlschema!(d instanceof Date || typeof d === 'number' ? d : str(d));
      return typeof out === 'string' && /^\d{4}-/.test(out) ? out : null;
    },
    xmlEscape: (s) => String(all.xml_escape!(s)),
    stripHtml: (s) => String(all.strip_html!(s)),
    normalizeWhitespace: (s) => str(s).replace(/\s+/g, ' ').trim(),
    smartify,
    markdownify: (s) => markdownify(str(s)),
    uriEscape: (s) => String(all.uri_escape!(s)),
  };
}

/**
 * Jekyll's `smartify`: kramdown's typography on the text between tags (quotes, dashes,
 * ellipses), a bare `&` or `<` escaped as kramdown writes it, tags left as they are.
 */
export function smartify(input: unknown): string {
  const s = input === undefined || input === null ? '' : String(input);
  const parts = s.split(/(<\/?[A-Za-z][^<>]*>)/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const typeset = typographText(part, parts[i + 1] ?? '');
      return typeset
        .replace(/&(?!#?\w+;)/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
    })
    .join('');
}
