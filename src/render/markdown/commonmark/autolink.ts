import type { MarkdownIt } from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';

// cmark-gfm's autolink extension: `www.` at a word's start, `http://`, `https://` and `ftp://`
// links, found while the text is parsed (so they run over emphasis markers), and e-mail
// addresses found in the text afterwards. Outside link text only.

const ASCII_SPACE = /[ \t\n\v\f\r]/;
const PUNCT = /[\p{P}!-/:-@[-`{-~]/u;
const SPACE = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;

/** Whether a host may hold this character: neither a blank nor punctuation. */
const hostChar = (ch: string) => !SPACE.test(ch) && !PUNCT.test(ch);

/**
 * The length of the domain at the start of `text` (after its first character), or 0 when an
 * underscore stands in one of its last two parts or, unless `short`, it has no dot.
 */
function domainLength(text: string, short: boolean): number {
  const chars = [...text];
  let dots = 0;
  let underscoresBefore = 0;
  let underscores = 0;
  let i = 1;
  let at = chars[0]?.length ?? 0;
  for (; i < chars.length - 1; i++) {
    const ch = chars[i]!;
    if (ch === '_') underscores++;
    else if (ch === '.') {
      underscoresBefore = underscores;
      underscores = 0;
      dots++;
    } else if (!hostChar(ch) && ch !== '-') break;
    at += ch.length;
  }
  if (underscoresBefore > 0 || underscores > 0) return 0;
  return short || dots > 0 ? at : 0;
}

/** Where a link found in `text` ends once trailing punctuation and unmatched `)` are left out. */
function trimEnd(text: string, end: number): number {
  const lt = text.indexOf('<');
  if (lt >= 0 && lt < end) end = lt;
  while (end > 0) {
    const last = text[end - 1]!;
    if ('?!.,:*_~\'"'.includes(last)) end--;
    else if (last === ';') {
      const entity = /&[A-Za-z]+;$/.exec(text.slice(0, end));
      end = entity && entity[0].length > 2 ? end - entity[0].length : end - 1;
    } else if (last === ')') {
      const part = text.slice(0, end);
      if (part.split(')').length <= part.split('(').length) break;
      end--;
    } else break;
  }
  return end;
}

/** The end of the run of non-blanks from `from`. */
function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && !ASCII_SPACE.test(text[end]!)) end++;
  return end;
}

function pushLink(state: StateInline, href: string, text: string): void {
  const open = state.push('link_open', 'a', 1);
  open.attrs = [['href', href]];
  open.markup = 'linkify';
  state.push('text', '', 0).content = text;
  state.push('link_close', 'a', -1).markup = 'linkify';
}

export function autolink(md: MarkdownIt): void {
  md.inline.ruler.before('text', 'gfm_www', (state, silent) => {
    const { src, pos } = state;
    if (inLinkText(state) || !src.startsWith('www.', pos)) return false;
    if (pos > 0 && !'*_~('.includes(src[pos - 1]!) && !ASCII_SPACE.test(src[pos - 1]!)) return false;
    const rest = src.slice(pos, state.posMax);
    if (domainLength(rest, false) === 0) return false;
    const end = trimEnd(rest, wordEnd(rest, domainLength(rest, false)));
    if (end === 0) return false;
    if (!silent) pushLink(state, `http://${rest.slice(0, end)}`, rest.slice(0, end));
    state.pos += end;
    return true;
  });
  md.inline.ruler.before('text', 'gfm_url', (state, silent) => {
    const { src, pos } = state;
    if (inLinkText(state) || !src.startsWith('://', pos)) return false;
    const scheme = /[A-Za-z]*$/.exec(state.pending)![0];
    const rest = src.slice(pos, state.posMax);
    const lower = scheme.toLowerCase();
    if (lower !== 'http' && lower !== 'https' && lower !== 'ftp') return false;
    const host = [...rest.slice(3)][0];
    if (host === undefined || !hostChar(host)) return false;
    const domain = domainLength(rest.slice(3), true);
    if (domain === 0) return false;
    const end = trimEnd(rest, wordEnd(rest, 3 + domain));
    if (end === 0) return false;
    if (!silent) {
      state.pending = state.pending.slice(0, state.pending.length - scheme.length);
      const url = scheme + rest.slice(0, end);
      pushLink(state, url, url);
    }
    state.pos += end;
    return true;
  });
  md.core.ruler.after('text_join', 'gfm_email', (state) => {
    for (const token of state.tokens)
      if (token.type === 'inline' && token.children) emails(token.children, state.Token);
  });
}

const LOCAL = /[A-Za-z0-9.+\-_]/;
const ALNUM = /[A-Za-z0-9]/;

/**
 * The e-mail address around the `@` at `at` in `text`: its start and end, and whether its link
 * is `mailto:` and the address (a `mailto:` or `xmpp:` written before it is the link's, and its
 * text's, start; an `xmpp:` address may go on with `/…`), or undefined.
 */
function email(text: string, at: number): { start: number; end: number; mailto: boolean } | undefined {
  let start = at;
  let mailto = true;
  let xmpp = false;
  while (start > 0) {
    const c = text[start - 1]!;
    if (LOCAL.test(c)) start--;
    else if (c === ':' && (protocol(text, start, 'mailto:') || protocol(text, start, 'xmpp:'))) {
      mailto = false;
      xmpp ||= protocol(text, start, 'xmpp:');
      start--;
    } else break;
  }
  if (start === at) return undefined;
  let end = at;
  let ats = 0;
  let dots = 0;
  for (; end < text.length; end++) {
    const c = text[end]!;
    if (ALNUM.test(c)) continue;
    if (c === '@') ats++;
    else if (c === '.' && end < text.length - 1 && ALNUM.test(text[end + 1]!)) dots++;
    else if (!(c === '/' && xmpp) && c !== '-' && c !== '_') break;
  }
  const last = text[end - 1]!;
  if (end - at < 2 || ats !== 1 || dots === 0 || !(/[A-Za-z]/.test(last) || last === '.')) return undefined;
  const trimmed = at + trimEnd(text.slice(at), end - at);
  return trimmed === at ? undefined : { start, end: trimmed, mailto };
}

/** Whether `name` (ending in `:`) ends at `end` in `text`, with no letter or digit before it. */
function protocol(text: string, end: number, name: string): boolean {
  const from = end - name.length;
  return from >= 0 && text.slice(from, end) === name && (from === 0 || !ALNUM.test(text[from - 1]!));
}

function emails(children: Token[], TokenClass: typeof Token): void {
  let inLink = 0;
  for (let i = 0; i < children.length; i++) {
    const token = children[i]!;
    if (token.type === 'link_open') inLink++;
    else if (token.type === 'link_close') inLink--;
    if (inLink > 0 || token.type !== 'text') continue;
    const text = token.content;
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      const found = email(text, at);
      if (!found) continue;
      const { start, end, mailto } = found;
      const address = text.slice(start, end);
      const open = new TokenClass('link_open', 'a', 1);
      open.attrs = [['href', mailto ? `mailto:${address}` : address]];
      const inner = new TokenClass('text', '', 0);
      inner.content = address;
      const after = new TokenClass('text', '', 0);
      after.content = text.slice(end);
      token.content = text.slice(0, start);
      children.splice(i + 1, 0, open, inner, new TokenClass('link_close', 'a', -1), after);
      i += 3;
      break;
    }
  }
}

/**
 * Whether the text being parsed is in brackets: a link's text (markdown-it counts its own links'
 * there), or after a `[` no `]` has closed yet, which cmark holds open until one comes.
 */
function inLinkText(state: StateInline): boolean {
  if ((state as StateInline & { linkLevel: number }).linkLevel > 0) return true;
  let open = 0;
  for (let i = 0; i < state.pos; i++) {
    const c = state.src[i];
    if (c === '\\') i++;
    else if (c === '[') open++;
    else if (c === ']' && open > 0) open--;
  }
  return open > 0;
}
