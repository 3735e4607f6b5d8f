import type { Filter } from './types.js';
/** Jekyll's text filters (xml_escape, strip_html, slugify, number_of_words, truncatewords, …). */
export function textFilters(markdownify: (s: string) => string): Record<string, Filter> {
  const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  return {
    // Ruby's encode(xml: :attr) without the quotes: & < > and ".
    xml_escape: (input: unknown) =>
      str(input).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!),
    markdownify: (input: unknown) => markdownify(str(input)),
    strip_html: (input: unknown) =>
      str(input)
        .replace(/<script[\s\S]*?<\/script>/g, '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<style[\s\S]*?<\/style>/g, '')
        .replace(/<[\s\S]*?>/g, ''),
    strip_newlines: (input: unknown) => str(input).replace(/\r?\n/g, ''),
    slugify: (input: unknown, mode?: string) => slugify(str(input), mode ?? 'default'),
    number_of_words: (input: unknown) => str(input).split(/\s+/).filter(Boolean).length,
    truncatewords: (input: unknown, count = 15, ellipsis = '...') => {
      const words = str(input).split(/\s+/).filter(Boolean);
      const n = Math.max(1, Number(count));
      return words.length > n ? words.slice(0, n).join(' ') + ellipsis : words.join(' ');
    },
    append: (input: unknown, s: unknown) => str(input) + str(s),
    prepend: (input: unknown, s: unknown) => str(s) + str(input),
    downcase: (input: unknown) => str(input).toLowerCase(),
    upcase: (input: unknown) => str(input).toUpperCase(),
  };
}

/** Jekyll's Utils.slugify: modes raw, default, pretty, ascii, latin. */
export function slugify(input: string, mode: string): string {
  if (mode === 'none') return input;
  let s = input;
  if (mode === 'latin') s = s.normalize('NFD').replace(/\p{M}/gu, '');
  const re: Record<string, RegExp> = {
    raw: /\s+/g,
    default: /[^\p{L}\p{N}]+/gu,
    pretty: /[^\p{L}\p{N}._~!$&'()+,;=@]+/gu,
    ascii: /[^a-zA-Z0-9]+/g,
    latin: /[^a-zA-Z0-9]+/g,
  };
  s = s.replace(re[mode] ?? re.default!, '-').replace(/^-+|-+$/g, '');
  return s.toLowerCase();
}
