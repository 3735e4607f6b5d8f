import { LANGUAGES } from './languages.js';
import { escapeCode, lex } from './lexer.js';
import { lexStateful, type StatefulLanguage } from './machine.js';
import { prismHtml } from './prism.js';
import { ROUGE_LANGUAGES, type RougeLanguage } from './rouge-languages.js';
import { ruby } from './ruby.js';

/** Languages lexed as Rouge lexes them, state by state, by Rouge's tag. */
const STATEFUL: Readonly<Record<string, StatefulLanguage>> = { ruby };

export { escapeCode };

/**
 * Code as HTML with Pygments/Rouge short token classes, for every language Rouge knows by any of
 * its names; an unknown language is escaped text. Pygments drops leading blank lines (its
 * stripnl option) and closes each span at a line's end; Rouge keeps both as they are.
 */
export function highlight(code: string, lang: string, highlighter: 'rouge' | 'pygments' = 'pygments'): string {
  // Rouge finds a language by its tag or an alias, in any case (`sh`, `Shell` and `bash` are one).
  const known = ROUGE_LANGUAGES.get(lang.toLowerCase());
  if (!known) return escapeCode(code);
  if (highlighter === 'rouge') return colour(code, known);
  const renamed = PYGMENTS_CLASSES[known.tag];
  const html = colour(code.replace(/^\n+/, ''), known).replace(
    /<span class="([^"]*)">([^<]*)<\/span>/g,
    (span, cls: string, text: string) => {
      const name = renamed?.[cls] ?? cls;
      if (!text.includes('\n')) return name === cls ? span : `<span class="${name}">${text}</span>`;
      return text
        .split('\n')
        .map((line) => (line ? `<span class="${name}">${line}</span>` : ''))
        .join('\n');
    },
  );
  return html;
}

/**
 * Classes the Pygments of Jekyll 2 and 3 sites wrote where Rouge's differ: its Scala lexer gave
 * a symbol literal (`'name`) the token Text.Symbol, written `-Symbol` (as on a 2018 Jekyll site;
 * Pygments 2.14 writes `ss`).
 */
const PYGMENTS_CLASSES: Readonly<Record<string, Readonly<Record<string, string>>>> = { scala: { ss: '-Symbol' } };

function colour(text: string, known: RougeLanguage): string {
  const stateful = STATEFUL[known.tag];
  if (stateful) return lexStateful(text, stateful);
  const own = LANGUAGES[known.tag];
  if (own) return lex(text, own);
  return known.prism ? prismHtml(text, known.prism) : escapeCode(text);
}
