import { LANGUAGES } from './languages.js';
import { escapeCode, lex } from './lexer.js';
import { lexStateful, type StatefulLanguage } from './machine.js';
import { prismHtml } from './prism.js';
import { ROUGE_LANGUAGES } from './rouge-languages.js';
import { ruby } from './ruby.js';

/** Languages lexed as Rouge lexes them, state by state, by Rouge's tag. */
const STATEFUL: Readonly<Record<string, StatefulLanguage>> = { ruby };

export { escapeCode };

/**
 * Code as HTML with Pygments/Rouge short token classes, for every language Rouge knows by any of
 * its names; an unknown language is escaped text. Pygments drops leading blank lines (its
 * stripnl option), Rouge keeps them.
 */
export function highlight(code: string, lang: string, highlighter: 'rouge' | 'pygments' = 'pygments'): string {
  // Rouge finds a language by its tag or an alias, in any case (`sh`, `Shell` and `bash` are one).
  const known = ROUGE_LANGUAGES.get(lang.toLowerCase());
  if (!known) return escapeCode(code);
  const text = highlighter === 'pygments' ? code.replace(/^\n+/, '') : code;
  const stateful = STATEFUL[known.tag];
  if (stateful) return lexStateful(text, stateful);
  const own = LANGUAGES[known.tag];
  if (own) return lex(text, own);
  return known.prism ? prismHtml(text, known.prism) : escapeCode(code);
}
