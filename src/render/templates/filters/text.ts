import { slugify } from '../../../shared/slugify.js';
import { typographText } from '../../markdown/typography.js';
import type { KeptResults } from './kept-results.js';
import { rubyInspect, rubyToS } from './ruby.js';
import { str, toInteger } from './standard.js';
import type { Filter } from './types.js';

const CJK = '\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}\\p{Script=Hangul}';
const CJK_CHAR = new RegExp(`[${CJK}]`, 'gu');
const NON_CJK_WORD = new RegExp(`[^${CJK}\\s]+`, 'gu');
// An HTML tag, but not the `<a>` of `<<a>>` (guillemets).
const TAG = /(?<!<)<\/?[A-Za-z][^<>]*>(?!>)/g;

function xmlEscape(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Jekyll's text filters: xml_escape, markdownify, smartify, slugify, number_of_words, array_to_sentence_string, … */
export function textFilters(
  markdownify: (s: string) => string,
  jekyllVersion = 4,
  escaped?: KeptResults,
): Record<string, Filter> {
  // Ruby's encode(xml: :attr) without the quotes: & < > and "; Jekyll 2's CGI.escapeHTML also ' as &#39;.
  const escapeXml = jekyllVersion === 2 ? (s: string) => xmlEscape(s).replaceAll("'", '&#39;') : xmlEscape;
  return {
    xml_escape: (input: unknown) => (escaped ? escaped.of(str(input), escapeXml) : escapeXml(str(input))),
    markdownify: (input: unknown) => markdownify(str(input)),
    // kramdown's SmartyPants: typography in the text, HTML tags as they are, the rest escaped.
    smartify: (input: unknown) => {
      const text = str(input);
      let out = '',
        at = 0;
      const run = (end: number) => {
        const t = typographText(text.slice(at, end), text.slice(end, end + 4));
        out += t
          .replace(/&(?!#?\w+;)/g, '&amp;')
          .replace(/</g, '&lt;')
          .replace(/>/g, '&gt;');
      };
      for (const m of text.matchAll(TAG)) {
        run(m.index);
        out += m[0];
        at = m.index + m[0].length;
      }
      run(text.length);
      return out;
    },
    slugify: (input: unknown, mode?: unknown) =>
      input === undefined || input === null ? input : slugify(str(input), mode === undefined ? 'default' : str(mode)),
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
      return `${list.slice(0, -1).map(rubyToS).join(', ')}, ${c} ${rubyToS(list[list.length - 1])}`;
    },
    normalize_whitespace: (input: unknown) => str(input).replace(/\s+/g, ' ').trim(),
    inspect: (input: unknown) => xmlEscape(rubyInspect(input)),
    to_integer: (input: unknown) => (input === true ? 1 : input === false ? 0 : toInteger(input)),
  };
}
