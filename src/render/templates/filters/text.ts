import { rubyStrip } from '../../../shared/ruby-text.js';
import { slugify } from '../../../shared/slugify.js';
import type { KeptRenders } from '../../kept.js';
import type { KeptResults } from './kept-results.js';
import { rubyInspect, rubyToS } from './ruby.js';
import { DEFAULT_SMARTIFY, type SmartifyOptions, smartify } from './smartify.js';
import { str, toInteger } from './standard.js';
import type { Filter } from './types.js';

const CJK = '\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}\\p{Script=Hangul}';
const CJK_CHAR = new RegExp(`[${CJK}]`, 'gu');
// Ruby's white space is ASCII's (a no-break space is part of a word, as in Jekyll).
const NON_CJK_WORD = new RegExp(`[^${CJK} \\t\\n\\v\\f\\r]+`, 'gu');

/**
 * `&`, `<`, `>`, `"` and `'` as XML references, as Ruby's `encode(xml: :attr)` writes them (Ruby
 * 3.1, Jekyll 4.3.1's: `'` is `&apos;`; `apostrophe` gives Jekyll 2's `&#39;`). A feed's `post.content | xml_escape` escapes tens of
 * thousands of them, once per build: joining the text between them here costs half what a
 * `replace` calling a function did before V8 optimized it (100 posts' HTML, 0.9 MB with 56,000 of
 * them: first pass 25–35 → 15–17 ms; warm, 3.3 → 3.0 ms).
 */
export function xmlEscape(s: string, apostrophe = '&apos;'): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // All five are below `?` (63): most characters are ruled out by one comparison.
    if (code > 62) continue;
    const reference =
      code === 38
        ? '&amp;'
        : code === 60
          ? '&lt;'
          : code === 62
            ? '&gt;'
            : code === 34
              ? '&quot;'
              : code === 39
                ? apostrophe
                : '';
    if (reference === '') continue;
    out += s.slice(from, i);
    out += reference;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Jekyll's text filters: xml_escape, markdownify, smartify, slugify, number_of_words, array_to_sentence_string, … */
export function textFilters(
  markdownify: (s: string) => string,
  jekyllVersion = 4,
  escaped?: KeptResults,
  kept?: KeptRenders,
  smartifyOptions: SmartifyOptions = { ...DEFAULT_SMARTIFY, compat: jekyllVersion === 4 ? 2 : 1 },
): Record<string, Filter> {
  // Ruby's encode(xml: :attr) without the quotes; Jekyll 2's CGI.escapeHTML writes ' as &#39;.
  const escapeXml = jekyllVersion === 2 ? (s: string) => xmlEscape(s, '&#39;') : (s: string) => xmlEscape(s);
  // A long text's escape (a post's body in a feed) is kept between builds as well: a build in a
  // fresh process escapes it with code V8 has not compiled yet (the project site's feed, 74 KB of
  // HTML: 7.5 ms, where hashing it to find it kept takes about 0.2).
  const kind = jekyllVersion === 2 ? 'xml_escape_2' : 'xml_escape';
  const keep = kept && ((text: string, make: () => string) => kept.textOf(kind, text, make));
  return {
    xml_escape: (input: unknown) => (escaped ? escaped.of(str(input), escapeXml, keep) : escapeXml(str(input))),
    markdownify: (input: unknown) => markdownify(str(input)),
    // kramdown's SmartyPants (smartify.ts).
    smartify: (input: unknown) => smartify(str(input), smartifyOptions),
    slugify: (input: unknown, mode?: unknown) =>
      input === undefined || input === null
        ? input
        : slugify(str(input), mode === undefined || mode === null ? 'default' : str(mode)),
    number_of_words: (input: unknown, mode?: unknown) => {
      const text = str(input);
      const words = () => text.split(/[ \t\n\v\f\r]+/).filter(Boolean).length;
      const cjk = () => (text.match(CJK_CHAR) ?? []).length;
      const others = () => (text.match(NON_CJK_WORD) ?? []).length;
      if (mode === 'cjk') return cjk() + others();
      if (mode === 'auto') return cjk() === 0 ? words() : cjk() + others();
      return words();
    },
    array_to_sentence_string: (input: unknown, connector: unknown = 'and') => {
      const list = Array.isArray(input) ? input : [];
      const c = str(connector);
      if (list.length === 0) return '';
      if (list.length === 1) return rubyToS(list[0]);
      if (list.length === 2) return `${rubyToS(list[0])} ${c} ${rubyToS(list[1])}`;
      return `${arrayJoin(list.slice(0, -1), ', ')}, ${c} ${rubyToS(list[list.length - 1])}`;
    },
    // Ruby's `\s` and `strip`: ASCII white space only (a no-break space stays, as in Jekyll).
    normalize_whitespace: (input: unknown) => rubyStrip(str(input).replace(/[ \t\n\v\f\r]+/g, ' ')),
    inspect: (input: unknown) => escapeXml(rubyInspect(input)),
    // Ruby's to_i: a time is its seconds since 1970 (`date: ""` passes a time through).
    to_integer: (input: unknown) =>
      input === true
        ? 1
        : input === false
          ? 0
          : input instanceof Date
            ? Math.floor(input.getTime() / 1000)
            : toInteger(input),
  };
}

/** Ruby's Array#join: a list inside is joined in its place with the same separator (`[]` is ""). */
function arrayJoin(list: readonly unknown[], separator: string): string {
  return list.map((item) => (Array.isArray(item) ? arrayJoin(item, separator) : rubyToS(item))).join(separator);
}
