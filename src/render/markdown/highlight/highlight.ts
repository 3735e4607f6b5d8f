import { LANGUAGES } from './languages.js';
import { escapeCode, lex } from './lexer.js';
import { lexStateful, type StatefulLanguage } from './machine.js';
import { prismHtml } from './prism.js';
import { ROUGE_LANGUAGES, type RougeLanguage } from './rouge-languages.js';
import { ruby } from './ruby.js';
import { shell } from './shell.js';

/** Languages lexed as Rouge lexes them, state by state, by Rouge's tag. */
const STATEFUL: Readonly<Record<string, StatefulLanguage>> = { ruby };
/** Languages lexed as Rouge lexes them in Rouge's markup only: Pygments' Bash differs too much. */
const STATEFUL_ROUGE: Readonly<Record<string, StatefulLanguage>> = { shell };

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
  if (highlighter === 'rouge') {
    const rouge = STATEFUL_ROUGE[known.tag];
    return rouge ? lexStateful(code, rouge) : colour(code, known);
  }
  const rename = PYGMENTS_CLASSES[known.tag];
  const html = colour(code.replace(/^\n+/, ''), known);
  return html.replace(/<span class="([^"]*)">([^<]*)<\/span>/g, (span, cls: string, text: string, at: number) => {
    const name = rename ? rename(cls, text, html[at + span.length] ?? '\n') : cls;
    if (!name) return text;
    if (!text.includes('\n')) return name === cls ? span : `<span class="${name}">${text}</span>`;
    return text
      .split('\n')
      .map((line) => (line ? `<span class="${name}">${line}</span>` : ''))
      .join('\n');
  });
}

/**
 * Where the Pygments of Jekyll 2 and 3 sites (as on a 2018 Jekyll site) classed a token unlike
 * Rouge: by the class kiln gives, the token's text and the character after it. Its Scala lexer
 * gave a symbol literal (`'name`) the token Text.Symbol, written `-Symbol` (Pygments 2.14: `ss`);
 * its Bash lexer had no class for an option (`--all` is text), made `|`, `;` and `&` punctuation,
 * and a number (`m`) only when a blank or the line's end follows (`12/31/2016` is text).
 */
const PYGMENTS_CLASSES: Readonly<Record<string, (cls: string, text: string, after: string) => string>> = {
  scala: (cls) => (cls === 'ss' ? '-Symbol' : cls),
  shell: (cls, text, after) => {
    if (cls === 'nt') return '';
    if (cls === 'o' && /^[|;&]$/.test(text)) return 'p';
    if (/^m[a-z]?$/.test(cls)) return /\s/.test(after) ? 'm' : '';
    return cls;
  },
};

function colour(text: string, known: RougeLanguage): string {
  const stateful = STATEFUL[known.tag];
  if (stateful) return lexStateful(text, stateful);
  const own = LANGUAGES[known.tag];
  if (own) return lex(text, own);
  return known.prism ? prismHtml(text, known.prism) : escapeCode(text);
}
