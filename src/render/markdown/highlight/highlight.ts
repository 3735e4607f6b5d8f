import { LANGUAGES } from './languages.js';
import { escapeCode, lex } from './lexer.js';
import { prismHtml } from './prism.js';
import { ROUGE_LANGUAGES } from './rouge-languages.js';

export { escapeCode };

/**
 * Code as HTML with Pygments/Rouge short token classes, for every language Rouge knows by any of
 * its names; an unknown language is escaped text.
 */
export function highlight(code: string, lang: string): string {
  // Rouge finds a language by its tag or an alias, in any case (`sh`, `Shell` and `bash` are one).
  const known = ROUGE_LANGUAGES.get(lang.toLowerCase());
  if (!known) return escapeCode(code);
  // Pygments drops leading blank lines (its stripnl option).
  const text = code.replace(/^\n+/, '');
  const own = LANGUAGES[known.tag];
  if (own) return lex(text, own);
  return known.prism ? prismHtml(text, known.prism) : escapeCode(code);
}
