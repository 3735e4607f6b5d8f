// Ruby's string operations as plugins written in Ruby use them, where JavaScript's differ.

/** Ruby's `String#split(pattern)`: empty fields at the end are dropped (`"a,".split(",")` is `["a"]`). */
export function rubySplit(text: string, pattern: RegExp): string[] {
  const parts = text.split(pattern);
  while (parts.length && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Ruby's `String#strip`: ASCII white space and NUL at both ends (not Unicode spaces). */
export function rubyStrip(text: string): string {
  return text.replace(/^[ \t\n\v\f\r\0]+|[ \t\n\v\f\r\0]+$/g, '');
}

/**
 * Ruby's `File.join(a, b)`: one `/` between them; when `b` starts with `/`, the slashes `a` ends
 * with go (`/a/` + `/b/` is `/a/b/`), else `a`'s are kept and one is added only if it has none.
 */
export function rubyJoin(a: string, b: string): string {
  if (b.startsWith('/')) return a.replace(/\/+$/, '') + b;
  return a.endsWith('/') ? a + b : `${a}/${b}`;
}

/**
 * Ruby's `String#sub(text, replacement)`: the first occurrence only, the replacement's backslash
 * sequences read as Ruby reads them: \0 and \& are the match, \` and \' what is before and after
 * it, \\ one backslash, a group number nothing (a plain text has no groups).
 */
export function rubySub(text: string, find: string, replacement: string): string {
  const at = text.indexOf(find);
  if (at < 0) return text;
  return text.slice(0, at) + expanded(replacement, text, at, find) + text.slice(at + find.length);
}

/**
 * Ruby's `String#gsub(text, replacement)`: every occurrence, the replacement read as `rubySub`
 * reads it (before and after are the whole text's around each match); an empty `find` matches
 * before every character and at the end.
 */
export function rubyGsub(text: string, find: string, replacement: string): string {
  if (!replacement.includes('\\')) {
    if (find !== '') return text.split(find).join(replacement);
    const chars = [...text];
    return replacement + chars.join(replacement) + (text === '' ? '' : replacement);
  }
  let out = '';
  let from = 0;
  if (find === '') {
    for (const c of text) {
      out += expanded(replacement, text, from, '') + c;
      from += c.length;
    }
    return out + expanded(replacement, text, from, '');
  }
  for (let at = text.indexOf(find); at >= 0; at = text.indexOf(find, from)) {
    out += text.slice(from, at) + expanded(replacement, text, at, find);
    from = at + find.length;
  }
  return out + text.slice(from);
}

/** A replacement's backslash sequences for the match of `find` at `at` in `text`. */
function expanded(replacement: string, text: string, at: number, find: string): string {
  return replacement.replace(/\\([0-9&`'\\])/g, (_, c: string) =>
    c === '0' || c === '&'
      ? find
      : c === '`'
        ? text.slice(0, at)
        : c === "'"
          ? text.slice(at + find.length)
          : c === '\\'
            ? '\\'
            : '',
  );
}

/**
 * Ruby's String#<=>: UTF-8 bytes, which is code point order. JavaScript's `<` compares UTF-16
 * units, which puts a character past U+FFFF (an emoji) before U+E000–U+FFFF (`Ｑ`, `ﬁ`).
 */
export function rubyTextCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return unitRank(x) < unitRank(y) ? -1 : 1;
  }
  return Math.sign(a.length - b.length);
}

// Surrogates (U+D800–U+DFFF) rank after U+E000–U+FFFF, as the code points they make do.
function unitRank(unit: number): number {
  return unit < 0xd800 ? unit : unit < 0xe000 ? unit + 0x2000 : unit - 0x800;
}

/**
 * Ruby's `String#downcase`: JavaScript's toLowerCase but for a capital sigma at a word's end,
 * which Ruby lowers to `σ` where JavaScript writes the final `ς` (`ΟΔΟΣ` is `οδοσ` in Ruby).
 */
export function rubyDowncase(text: string): string {
  return text.includes('Σ') ? text.replace(/Σ/g, 'σ').toLowerCase() : text.toLowerCase();
}
