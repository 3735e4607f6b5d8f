import { LANGUAGES } from './languages.js';
import { escapeCode, lex } from './lexer.js';

export { escapeCode };

/** Code as HTML with Pygments/Rouge token classes; an unknown language is escaped text. */
export function highlight(code: string, lang: string): string {
  const language = LANGUAGES[lang.toLowerCase()];
  // Pygments drops leading blank lines (its stripnl option).
  return language ? lex(code.replace(/^\n+/, ''), language) : escapeCode(code);
}
