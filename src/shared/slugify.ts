import { LATIN_TRANSLITERATIONS } from './latin-transliterations.js';
import { rubyDowncase } from './ruby-text.js';

// What each mode replaces with a hyphen (made once: a post's URL slugifies its slug).
const MODES: ReadonlyMap<string, RegExp> = new Map([
  // Ruby's \s is ASCII white space only: a no-break space stays.
  ['raw', /[ \t\n\v\f\r]+/g],
  ['default', /[^\p{M}\p{L}\p{Nd}]+/gu],
  ['pretty', /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu],
  ['ascii', /[^a-zA-Z0-9]+/g],
  ['latin', /[^a-zA-Z0-9]+/g],
]);

/** Jekyll's Utils.slugify: modes raw, default, pretty, ascii, latin, none (an unknown mode: none);
 * `cased` keeps the letters' case (URLs of collection documents). */
export function slugify(input: string, mode: string, cased = false): string {
  const pattern = MODES.get(mode);
  if (!pattern) return rubyDowncase(input);
  let s = input;
  if (mode === 'latin') s = transliterate(s);
  // One hyphen off each end, as Jekyll's gsub(/^-|-$/) does.
  s = s.replace(pattern, '-').replace(/^-|-$/g, '');
  return cased ? s : rubyDowncase(s);
}

/**
 * I18n.transliterate with its default approximations: ASCII as it is, the Latin letters of its
 * table as it writes them (`é` e, `ß` ss, `ı` i), anything else `?` (later a hyphen): a combining
 * mark too (a decomposed `ü` is `u?`), and Romanian `ș` or Vietnamese `ế`, which the table lacks.
 */
function transliterate(s: string): string {
  return s.replace(/[\u0080-\u{10FFFF}]/gu, (c) => LATIN_TRANSLITERATIONS[c] ?? '?');
}
