// Tag names as libxml2 2.9.14's HTML parser reads them, where HTML 5's tokenizer reads them otherwise.

// A start tag's name, as libxml2 reads it.
export const START_TAG = /^<([A-Za-z_:][A-Za-z0-9:_.-]*)/;
const END_TAG = /<\/([A-Za-z_:.][A-Za-z0-9:_.-]*)?/y;

/**
 * The end tags written one after the other from `from` (names in lower case, each up to its `>`),
 * and where they end: after a `</` without a name, libxml2 drops it and reads on as text.
 */
export function leadingEndTags(html: string, from: number): { names: string[]; end: number } {
  const names: string[] = [];
  let i = from;
  for (;;) {
    END_TAG.lastIndex = i;
    const m = END_TAG.exec(html);
    if (!m) return { names, end: i };
    if (!m[1]) return { names, end: i + 2 };
    names.push(m[1].toLowerCase());
    const close = html.indexOf('>', i);
    i = close < 0 ? html.length : close + 1;
  }
}

/** A tag's name as libxml2 reads it: the letters, digits and `:_.-` it starts with (`<b"x>` is a `b`). */
export function nameOf(tagName: string): string {
  return /^[a-z0-9:_.-]+/.exec(tagName)?.[0] ?? tagName;
}

/** An element's name without a namespace prefix (`news:x` is `x`), which libxml2's HTML parser drops. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon > 0 && colon < name.length - 1 ? name.slice(colon + 1) : name;
}
