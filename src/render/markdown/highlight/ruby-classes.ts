// Character classes of Ruby's regular expressions (Onigmo, as Rouge's lexers use them) in
// JavaScript's: `\s` is ASCII only in Ruby (a no-break space is no blank), while `\b` takes any
// Unicode letter, mark, digit or connector as a word character (`in` is no word in `inà`).

/** Ruby's `\s`. */
export const RUBY_SPACE = '[ \\t\\n\\v\\f\\r]';
/** Ruby's `\S`. */
export const RUBY_NONSPACE = '[^ \\t\\n\\v\\f\\r]';
/** A character Ruby's `\b` counts as a word's (for a pattern with the `u` flag). */
export const RUBY_WORD = '[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be]';
