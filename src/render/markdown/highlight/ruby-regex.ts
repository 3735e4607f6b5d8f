import type { Pattern } from './machine.js';

// Pieces of JavaScript patterns that read as Rouge's Ruby patterns do on UTF-8 text (Ruby 3.1's
// Onigmo, measured against every code point): JavaScript's `\s`, `\b` and `$` differ from Ruby's.
// Rouge matches each rule on the text from the scan position on (Ruby's StringScanner): a `\b`
// that starts a rule holds whenever a word character follows, and a look-behind sees nothing
// before the position.

/** Ruby's `\s`, inside a character class. */
export const BLANKS = ' \\t\\n\\v\\f\\r';
/** Ruby's `\s`: ASCII blanks only (no-break and other Unicode spaces are not). */
export const SPACE = `[${BLANKS}]`;
/** Ruby's `\S`. */
export const NON_SPACE = `[^${BLANKS}]`;
/** Ruby's `[^\S\n]`. */
export const BLANK = '[ \\t\\v\\f\\r]';
/** Ruby's `[[:word:]]` and `\p{Word}` inside a character class: letters, marks, decimal digits and connectors of any script. */
export const WORD_CHARS = '\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}';
/** Ruby's `[[:word:]]`. */
export const WORD = `[${WORD_CHARS}]`;
/**
 * Ruby 3.1's `[[:alpha:]]` (Unicode 13): alphabetic, less the marks later Unicode made alphabetic
 * (on code points Unicode 13 assigns; JavaScript's `\p{Alphabetic}` follows a newer Unicode).
 */
export const ALPHA = '(?![\\u0363-\\u036f\\u0c04\\u0f82\\u0f83\\u1dd3-\\u1de6\\u{11080}\\u{11081}])\\p{Alphabetic}';
/** What Ruby's `\b` counts as a word character: `[[:word:]]`, and six Latin-1 digits and fractions. */
const B = '[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be]';
/** Ruby's `\b` (JavaScript's knows ASCII words only). */
export const BOUNDARY = `(?:(?<=${B})(?!${B})|(?<!${B})(?=${B}))`;
/** Ruby's `\b` that starts a rule (Rouge matches from the scan position on): a word character follows. */
export const WORD_START = `(?=${B})`;
/** Ruby's `\b` after a word character: no word character follows. */
export const WORD_END = `(?!${B})`;
/** Ruby's `$`: before a line feed or at the end (JavaScript's `m` flag also stops at `\r`). */
export const EOL = '(?=\\n|(?![\\s\\S]))';
/**
 * Rouge tries a rule whose pattern starts with `^` only at a line's start (after a newline, not a
 * carriage return as JavaScript's multiline `^`).
 */
export const BOL = '(?<![^\\n])';
/** A pattern with Unicode classes (`\p{…}`). */
export const u = (source: string): Pattern => ({ source, flags: 'u' });

/**
 * A double-quoted string as Rouge's Java and Scala read one, over lines: to the first quote not
 * escaped by `\`, except that a `\"` whose quote is the last in the text ends the string there
 * (Rouge's pattern finds that end on backtracking). Written so that no backslash can be read two
 * ways: an unclosed string takes linear time, not exponential.
 */
export const RUBY_STRING = '"(?:\\\\\\\\|\\\\"(?=[^"]*")|[^"\\\\]|\\\\(?!\\\\))*"';
