import { rubyInteger } from './ruby-numbers.js';
import { yamlValue } from './yaml.js';

// kramdown's values, shared by the config stage (`_config.yml`'s `kramdown:` block) and the
// Markdown stage (entities, a document's `{::options}`), which read them the same way.

// The character entities kramdown knows (HTML 4's and `apos`): name, then code point in hex.
const NAMED =
  'quot 22 amp 26 apos 27 lt 3c gt 3e nbsp a0 iexcl a1 cent a2 pound a3 curren a4 yen a5 brvbar a6 ' +
  'sect a7 uml a8 copy a9 ordf aa laquo ab not ac shy ad reg ae macr af deg b0 plusmn b1 sup2 b2 sup3 ' +
  'b3 acute b4 micro b5 para b6 middot b7 cedil b8 sup1 b9 ordm ba raquo bb frac14 bc frac12 bd frac34 ' +
  'be iquest bf Agrave c0 Aacute c1 Acirc c2 Atilde c3 Auml c4 Aring c5 AElig c6 Ccedil c7 Egrave c8 ' +
  'Eacute c9 Ecirc ca Euml cb Igrave cc Iacute cd Icirc ce Iuml cf ETH d0 Ntilde d1 Ograve d2 Oacute ' +
  'd3 Ocirc d4 Otilde d5 Ouml d6 times d7 Oslash d8 Ugrave d9 Uacute da Ucirc db Uuml dc Yacute dd ' +
  'THORN de szlig df agrave e0 aacute e1 acirc e2 atilde e3 auml e4 aring e5 aelig e6 ccedil e7 egrave ' +
  'e8 eacute e9 ecirc ea euml eb igrave ec iacute ed icirc ee iuml ef eth f0 ntilde f1 ograve f2 ' +
  'oacute f3 ocirc f4 otilde f5 ouml f6 divide f7 oslash f8 ugrave f9 uacute fa ucirc fb uuml fc ' +
  'yacute fd thorn fe yuml ff OElig 152 oelig 153 Scaron 160 scaron 161 Yuml 178 fnof 192 circ 2c6 ' +
  'tilde 2dc Alpha 391 Beta 392 Gamma 393 Delta 394 Epsilon 395 Zeta 396 Eta 397 Theta 398 Iota 399 ' +
  'Kappa 39a Lambda 39b Mu 39c Nu 39d Xi 39e Omicron 39f Pi 3a0 Rho 3a1 Sigma 3a3 Tau 3a4 Upsilon 3a5 ' +
  'Phi 3a6 Chi 3a7 Psi 3a8 Omega 3a9 alpha 3b1 beta 3b2 gamma 3b3 delta 3b4 epsilon 3b5 zeta 3b6 eta ' +
  '3b7 theta 3b8 iota 3b9 kappa 3ba lambda 3bb mu 3bc nu 3bd xi 3be omicron 3bf pi 3c0 rho 3c1 sigmaf ' +
  '3c2 sigma 3c3 tau 3c4 upsilon 3c5 phi 3c6 chi 3c7 psi 3c8 omega 3c9 thetasym 3d1 upsih 3d2 piv 3d6 ' +
  'ensp 2002 emsp 2003 thinsp 2009 zwnj 200c zwj 200d lrm 200e rlm 200f ndash 2013 mdash 2014 lsquo ' +
  '2018 rsquo 2019 sbquo 201a ldquo 201c rdquo 201d bdquo 201e dagger 2020 Dagger 2021 bull 2022 ' +
  'hellip 2026 permil 2030 prime 2032 Prime 2033 lsaquo 2039 rsaquo 203a oline 203e frasl 2044 euro ' +
  '20ac image 2111 weierp 2118 real 211c trade 2122 alefsym 2135 larr 2190 uarr 2191 rarr 2192 darr ' +
  '2193 harr 2194 crarr 21b5 lArr 21d0 uArr 21d1 rArr 21d2 dArr 21d3 hArr 21d4 forall 2200 part 2202 ' +
  'exist 2203 empty 2205 nabla 2207 isin 2208 notin 2209 ni 220b prod 220f sum 2211 minus 2212 lowast ' +
  '2217 radic 221a prop 221d infin 221e ang 2220 and 2227 or 2228 cup 2229 cap 222a int 222b there4 ' +
  '2234 sim 223c cong 2245 asymp 2248 ne 2260 equiv 2261 le 2264 ge 2265 sub 2282 sup 2283 nsub 2284 ' +
  'sube 2286 supe 2287 oplus 2295 otimes 2297 perp 22a5 sdot 22c5 vellip 22ee rceil 2308 lceil 2309 ' +
  'lfloor 230a rfloor 230b rang 2329 lang 232a loz 25ca spades 2660 clubs 2663 hearts 2665 diams 2666';
const BY_NAME = new Map<string, number>();
const NAME_OF = new Map<number, string>();
{
  const parts = NAMED.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const code = Number.parseInt(parts[i + 1]!, 16);
    BY_NAME.set(parts[i]!, code);
    NAME_OF.set(code, parts[i]!);
  }
}

/** The code point of an entity name kramdown knows, or undefined. */
export const entityCode = (name: string): number | undefined => BY_NAME.get(name);

// kramdown reads `&#128;`–`&#159;` as Windows-1252 has those bytes (`&#128;` is €, `&#151;` —),
// as browsers do; the five that have no character there (129, 141, 143, 144, 157) stay.
const WINDOWS_1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** The code point of a numeric character reference's digits (`&#128;`'s `128`), as kramdown reads it. */
export function numericEntityCode(digits: string, radix: 10 | 16): number {
  const code = Number.parseInt(digits, radix);
  return code >= 0x80 && code <= 0x9f ? WINDOWS_1252[code - 0x80]! : code;
}

/** The name kramdown writes for a code point (`symbolic` output), or undefined. */
export const entityName = (code: number): string | undefined => NAME_OF.get(code);

/** kramdown's number options (`footnote_nr`, `header_offset`): a number, or a text `Integer()` reads. */
export function kramdownInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  return typeof value === 'string' ? rubyInteger(value) : undefined;
}

/** The code points of ‘ ’ “ ” as `smart_quotes` sets them. */
export type SmartQuotes = readonly [number, number, number, number];

/**
 * `smart_quotes`: four entity names or code points, comma-separated or a list. Otherwise, what
 * is wrong with the value, to follow the option's name in a message (kramdown raises on such a
 * value: on the count at once, on a name it does not know or a code point no character has once
 * it writes that quote).
 */
export function smartQuoteCodes(value: unknown): SmartQuotes | string {
  let parts: unknown[];
  if (Array.isArray(value)) parts = value;
  else if (typeof value === 'string') {
    parts = value.split(',');
    // (Ruby's split drops empty fields at the end.)
    while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  } else parts = [value];
  if (parts.length !== 4)
    return ` must be 4 entity names or code points, such as lsquo,rsquo,ldquo,rdquo, not ${parts.length} value${parts.length === 1 ? '' : 's'}`;
  const codes: number[] = [];
  for (const part of parts) {
    const code = kramdownInteger(part) ?? (typeof part === 'string' ? entityCode(part) : undefined);
    if (code === undefined) return `: "${String(part)}" is neither an entity name kramdown knows nor a number`;
    if (code < 0 || code > 0x10ffff) return `: ${code} is no character's code point`;
    codes.push(code);
  }
  return codes as unknown as SmartQuotes;
}

/**
 * `toc_levels` as kramdown reads it: `1..3`, `1,2,3` or a list. Otherwise, what is wrong with
 * the value, to follow the option's name in a message (kramdown raises on such a value).
 */
export function tocLevelsValue(value: unknown): number[] | string {
  let levels: number[];
  const shape = ` must look like 1..3, 1,2,3 or [2, 3], not ${JSON.stringify(String(value))}`;
  if (Array.isArray(value)) levels = value.map(rubyToI);
  else if (typeof value === 'string') {
    // (Ruby's `^` and `$` match at any line.)
    const range = /^(\d)\.\.(\d)$/m.exec(value);
    if (range) {
      levels = [];
      for (let n = Number(range[1]); n <= Number(range[2]); n++) levels.push(n);
    } else if (/^\d(?:,\d)*$/m.test(value)) levels = value.split(',').map(rubyToI);
    else return shape;
  } else return shape;
  const wrong = levels.find((n) => !(n >= 1 && n <= 6));
  if (wrong !== undefined) return ` may name the levels 1 to 6 only, not ${wrong}`;
  return [...new Set(levels)];
}

/** Ruby's `to_i`: the whole number a value starts with, 0 if none. */
function rubyToI(value: unknown): number {
  if (typeof value === 'number') return Math.trunc(value);
  const m = /^[ \t\n\v\f\r]*([+-]?\d+(?:_\d+)*)/.exec(String(value));
  return m ? Number.parseInt(m[1]!.replace(/_/g, ''), 10) : 0;
}

/** The symbols kramdown 2's `typographic_symbols` may write as other text (`<< ` is `laquo_space`). */
export type TypographicSymbol = 'hellip' | 'mdash' | 'ndash' | 'laquo' | 'raquo' | 'laquo_space' | 'raquo_space';
const SYMBOL_NAMES = new Set<string>(['hellip', 'mdash', 'ndash', 'laquo', 'raquo', 'laquo_space', 'raquo_space']);

/**
 * kramdown 2's `typographic_symbols`: a mapping, or YAML text of one (`{hellip: '...'}`), from
 * symbol names to the text written instead, each value as Ruby writes it (`null` is nothing);
 * other names change nothing. Otherwise, what is wrong with the value, to follow the option's
 * name in a message (kramdown raises on such a value in the configuration and ignores it, with a
 * warning, in a document's `{::options}`).
 */
export function typographicSymbolsValue(value: unknown): Partial<Record<TypographicSymbol, string>> | string {
  let mapping = value;
  if (typeof value === 'string') {
    const parsed = yamlValue(value);
    if (!parsed)
      return ` must be a mapping of symbol names to text, such as {hellip: '...'}; ${JSON.stringify(value)} is no YAML`;
    mapping = parsed.value;
  }
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping))
    return ` must be a mapping of symbol names to text, such as {hellip: '...'}, not ${JSON.stringify(value) ?? String(value)}`;
  const symbols: Partial<Record<TypographicSymbol, string>> = {};
  for (const [name, text] of Object.entries(mapping))
    if (SYMBOL_NAMES.has(name)) symbols[name as TypographicSymbol] = text === null ? '' : rubyText(text, false);
  return symbols;
}

/** A value as Ruby's `to_s` writes it (`inspect` inside a list or mapping: strings quoted). */
function rubyText(value: unknown, inside: boolean): string {
  if (value === null) return inside ? 'nil' : '';
  if (typeof value === 'string') return inside ? JSON.stringify(value) : value;
  if (Array.isArray(value)) return `[${value.map((v) => rubyText(v, true)).join(', ')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}=>${rubyText(v, true)}`)
      .join(', ')}}`;
  return String(value);
}
