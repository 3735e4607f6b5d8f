import { LANGUAGES } from './languages.js';
import { escapeCode, lex } from './lexer.js';
import { prismHtml } from './prism.js';

// HTML::Mason as Rouge 3.30 colours it (measured on test/highlight-oracle/samples/mason.m): its
// tags (`<%init>`, `<% … %>`, `<& … &>`, a `%` at a line's start) `cp`, a `<%doc>` block's text a
// comment, Perl inside the others (Prism's Perl grammar), the page between them HTML (kiln's
// HTML lexer). The blanks after an opening tag are `w`.
const PARTS =
  /(<%(doc|args|init|perl|once|shared|cleanup|attr|flags|filter|text)>)(\s*)([\s\S]*?)(<\/%\2>)|(<%|<&)([\s\S]*?)(%>|&>)|^(%)([^\n]*)/gm;
const cp = (text: string) => `<span class="cp">${escapeCode(text)}</span>`;
const perl = (text: string) => prismHtml(text, 'perl', 'rouge');

export const mason = () => (code: string) => {
  let out = '';
  let at = 0;
  for (const m of code.matchAll(PARTS)) {
    out += lex(code.slice(at, m.index), LANGUAGES.html!);
    at = m.index + m[0].length;
    if (m[1]) {
      const blank = m[3] ? `<span class="w">${m[3]}</span>` : '';
      const body = m[2] === 'doc' ? (m[4] ? `<span class="c">${escapeCode(m[4])}</span>` : '') : perl(m[4]!);
      out += cp(m[1]) + blank + body + cp(m[5]!);
    } else if (m[6]) out += cp(m[6]) + perl(m[7]!) + cp(m[8]!);
    else out += cp(m[9]!) + perl(m[10]!);
  }
  return out + lex(code.slice(at), LANGUAGES.html!);
};
