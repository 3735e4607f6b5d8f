// `[id]: url "title"` (or `<url>`; the title may stand on the next line), as kramdown reads it.
const DEFINITION =
  /^\[([^\n\]]+)\]:[ \t]*(?:<([^\n]*?)>|([^\n]*?[^ \t\n\v\f\r][^\n]*?))(?:(?:[ \t]*?\n|[ \t]+?)[ \t]*?(["'])([^\n]+?)\4)?[ \t]*?(?:\n|$)/;

/**
 * The link definition `src` starts with (its line and maybe the next, for the title), or null:
 * kramdown refuses one whose URL has white space then a quote (`[#1]: fix 'x' y`, a changelog's
 * line), which is then text. Groups: 1 id, 2 `<url>`, 3 url, 4 quote, 5 title.
 */
export function linkDefinition(src: string): RegExpExecArray | null {
  const m = DEFINITION.exec(src);
  return m && (m[3] === undefined || !/[ \t]+["']/.test(m[3])) ? m : null;
}
