// Pieces of JavaScript patterns that read as Rouge's Ruby patterns do on UTF-8 text (Ruby 3.1's
// Onigmo, measured against every code point): JavaScript's `\s`, `\b` and `$` differ from Ruby's.

/** Ruby's `\s`: ASCII blanks only (no-break and other Unicode spaces are not). */
export const SPACE = '[ \\t\\n\\v\\f\\r]';
/** Ruby's `[^\S\n]`. */
export const BLANK = '[ \\t\\v\\f\\r]';
/** Ruby's `[[:word:]]`: letters, marks, decimal digits and connectors of any script. */
export const WORD = '[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}]';
/** What Ruby's `\b` counts as a word character: `[[:word:]]`, and six Latin-1 digits and fractions. */
const B = '[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be]';
/** Ruby's `\b` (JavaScript's knows ASCII words only). */
export const BOUNDARY = `(?:(?<=${B})(?!${B})|(?<!${B})(?=${B}))`;
/** Ruby's `$`: before a line feed or at the end (JavaScript's `m` flag also stops at `\r`). */
export const EOL = '(?=\\n|(?![\\s\\S]))';

/**
 * A double-quoted string as Rouge's Java and Scala read one, over lines: to the first quote not
 * escaped by `\`, except that a `\"` whose quote is the last in the text ends the string there
 * (Rouge's pattern finds that end on backtracking). Written so that no backslash can be read two
 * ways: an unclosed string takes linear time, not exponential.
 */
export const RUBY_STRING = '"(?:\\\\\\\\|\\\\"(?=[^"]*")|[^"\\\\]|\\\\(?!\\\\))*"';
