// Ruby's character classes on UTF-8 text, as kramdown's patterns (and REXML's names, which
// kramdown's HTML patterns use) read them, where JavaScript's \p{L} and \p{N} differ: Ruby's
// letters are the alphabetic characters (`〇`, `Ⅻ`, `Ⓐ`, the vowel signs of Indic scripts) and
// its digits the decimal ones (not `²` or `½`). For pattern sources with the `u` flag.

/** `[[:alpha:]]`. */
export const ALPHA = '\\p{Alphabetic}';
/** `[[:alnum:]]`. */
export const ALNUM = '\\p{Alphabetic}\\p{Nd}';
/** `\p{Word}`. */
export const WORD = '\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}';
/** REXML's NCName: `[[:alpha:]_][-[:alnum:]._]*`. */
export const NCNAME = `[${ALPHA}_][-${ALNUM}._]*`;
/** REXML's name with an optional prefix (`UNAME_STR`), kramdown's tag and attribute names. */
export const XML_NAME = `(?:${NCNAME}:)?${NCNAME}`;
/** What Ruby's `\b` takes for a word character: `\p{Word}` and Latin-1's `¹²³¼½¾`. */
export const BOUNDARY_WORD = `${WORD}\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE`;
