import { fancyName } from '../highlight/fancy.js';
import { highlight } from '../highlight/highlight.js';
import { escapeCode } from '../highlight/lexer.js';
import { rougeFindFancy } from '../highlight/rouge-guess.js';

/**
 * A code block as jekyll-commonmark writes it: Rouge's wrappers, the info string's first word as
 * its language (written as it is, unescaped, as the plugin does), the code coloured by the lexer
 * Rouge's `find_fancy` gives for that word (guessed from the code when there is none), plain
 * text for a name Rouge does not know.
 */
export function codeBlockHtml(code: string, info: string, githubPreLang: boolean): string {
  // (Ruby's `split(/\s+/)`: ASCII blanks only.)
  const lang = info.replace(/^[ \t\n\v\f\r]+/, '').split(/[ \t\n\v\f\r]+/)[0] || undefined;
  const data = lang === undefined ? '' : ` data-lang="${lang}"`;
  // cmark ends every line with a line feed, the document's last one too.
  if (code !== '' && !code.endsWith('\n')) code += '\n';
  const found = rougeFindFancy(lang ?? 'guess', code);
  const html =
    found === 'plain' || found === 'unknown'
      ? escapeCode(code)
      : highlight(code, found, 'rouge', fancyName(lang ?? '').options);
  const pre = githubPreLang ? `<pre class="highlight"${data}><code>` : `<pre class="highlight"><code${data}>`;
  return `<div class="${lang === undefined ? '' : `language-${lang} `}highlighter-rouge"><div class="highlight">${pre}${html}</code></pre></div></div>\n`;
}
