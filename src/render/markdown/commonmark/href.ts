// How cmark writes a link's or image's URL into `href`/`src` (commonmarker's Ruby renderer calls
// it for every URL, whatever the scheme): ASCII letters, digits and `-_.+!*(),%#@?=;:/$~` as they
// are, `&` and `'` as entities, every other byte of the UTF-8 as `%XX` (a `%` is never checked).
const SAFE = /[A-Za-z0-9\-_.+!*(),%#@?=;:/$~]/;

export function escapeHref(url: string): string {
  let out = '';
  for (const ch of url) {
    if (SAFE.test(ch)) out += ch;
    else if (ch === '&') out += '&amp;';
    else if (ch === "'") out += '&#x27;';
    else for (const byte of Buffer.from(ch)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
