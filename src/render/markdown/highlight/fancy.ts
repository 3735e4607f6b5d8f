// Rouge's `find_fancy`: the language a Markdown code block names (a fence's word, kramdown passes
// it whole) may carry lexer options after a `?`, in a query string's form:
// `php?start_inline=1`, `console?lang=ruby&prompt=>`.

/** A lexer option's value as Rouge's `find_fancy` gives it: `true` (`?name`), a text, or the texts of a repeated key. */
export type OptionValue = true | string | readonly string[];
export type LexerOptions = Readonly<Record<string, OptionValue>>;

/** The lexer's name (up to the first `?`) and its options (none without a `?`). */
export function fancyName(name: string): { name: string; options: LexerOptions } {
  const at = name.indexOf('?');
  return at < 0 ? { name, options: {} } : { name: name.slice(0, at), options: queryOptions(name.slice(at + 1)) };
}

/**
 * Ruby's `CGI.parse` of the query as `find_fancy` reads it: pairs split at `&` or `;`, a key with
 * no `=` is `true`, a key given once its text, a key given more than once all of its texts.
 */
function queryOptions(query: string): LexerOptions {
  const values = new Map<string, string[]>();
  for (const pair of query.split(/[&;]/)) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const key = cgiUnescape(at < 0 ? pair : pair.slice(0, at));
    const list = values.get(key) ?? [];
    values.set(key, list);
    if (at >= 0) list.push(cgiUnescape(pair.slice(at + 1)));
  }
  return Object.fromEntries(
    [...values].map(([k, list]): [string, OptionValue] => [
      k,
      list.length === 0 ? true : list.length === 1 ? list[0]! : list,
    ]),
  );
}

/** CGI.unescape: `+` is a space, `%XX` a byte (UTF-8); a `%` that starts no escape stays. */
function cgiUnescape(text: string): string {
  const bytes = Buffer.from(text.replace(/\+/g, ' '), 'utf8');
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const hex = bytes[i] === 0x25 ? bytes.subarray(i + 1, i + 3).toString('latin1') : '';
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      out.push(Number.parseInt(hex, 16));
      i += 2;
    } else out.push(bytes[i]!);
  }
  return Buffer.from(out).toString('utf8');
}

/**
 * Rouge's `bool_option`: unset is `fallback`; `0`, `false`, `off` (and nothing given) are off, any
 * other value on; a repeated key counts its last value.
 */
export function boolOption<T>(value: OptionValue | undefined, fallback: T): boolean | T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' && value !== true)
    return value.length === 0 ? true : boolOption(value.at(-1), fallback);
  return !(value === '0' || value === 'false' || value === 'off');
}
