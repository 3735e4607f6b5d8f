import type { StateBlock } from 'markdown-it';
import { firstChar, lineText, SETEXT_UNDERLINE } from './line-text.js';

// The lines of kramdown's block attribute lists, and the marks block tokens carry for them. Apart from
// attribute-lists.ts because block rules need them too (and attribute-lists.ts needs block-tokens.ts).

// A block IAL or ALD on a line of its own: `{: .class}`; `{:name: .class}` defines an ALD. `{:}`,
// `{::…}` (an extension) and `{:/…}` are none; a `}` inside is escaped (`\}`).
export const BLOCK_IAL = /^\{:(?![:/])((?:\\\}|[^}])+)\}[ \t]*$/;
export const ALD = /^\{:(\w[\w-]*):((?:\\\}|[^}])+)\}[ \t]*$/;

// A `}` not escaped: where a block IAL's text ends.
const UNESCAPED_CLOSE = /(?:^|[^\\])\}/;

/**
 * The block IAL or ALD starting at `line`, if any: its text and the line after it. It may go on
 * over lines up to its first `}` not escaped (`{: .c` then `}`).
 */
export function blockIalAt(state: StateBlock, line: number): { text: string; end: number } | null {
  // (A line past the text being parsed is not its own: the one after a list item's last line is the list's.)
  if (line >= state.lineMax || firstChar(state, line) !== 0x7b /* { */) return null;
  let text = lineText(state, line);
  if (!text.startsWith('{:')) return null;
  let end = line + 1;
  if (!BLOCK_IAL.test(text))
    for (; end < state.lineMax && !UNESCAPED_CLOSE.test(text); end++) text += `\n${lineText(state, end)}`;
  return BLOCK_IAL.test(text) ? { text, end } : null;
}

/** Whether a line holds only a block IAL, which ends a paragraph or table as any block does. */
export function isBlockIal(line: string): boolean {
  return BLOCK_IAL.test(line) && !ALD.test(line);
}

/** The meta of a block IAL standing right after a block on the same line (`<div></div>{: .c}`). */
export const AFTER_BLOCK = Symbol('after a block');
/** The meta of a block IAL whose line follows a blank line of its container. */
export const AFTER_BLANK = Symbol('after a blank line');
/** The meta of a block kramdown ends with a blank line of its own (`<hr>`, `<script>…</script>`). */
export const BLANK_AFTER = Symbol('a blank line after it');
/**
 * The info of a block IAL waiting for the next block when kramdown tried a table there and gave up
 * (`{:.c}` then `` `|` ``): the attempt took the IAL, so it applies to nothing after it.
 */
export const TAKEN = 'taken by a table kramdown tried';

/**
 * A link definition's IAL, one for all its links (their tokens' meta): kramdown hands the links
 * the definition's own attribute list, so a span IAL after one of them (`[a][x]{: .s}`) joins it
 * for the links parsed after that one too.
 */
export interface DefinitionIal {
  spec: string;
}

/**
 * The block IALs on the lines right after a link or abbreviation definition, which kramdown gives
 * to the definition (and so to the links or abbreviations it makes), joined, and the line after
 * them; an IAL whose first line a Setext underline follows is a header's text.
 */
export function definitionIals(state: StateBlock, line: number): { spec: string; end: number } {
  const specs: string[] = [];
  for (let found = blockIalAt(state, line); found; found = blockIalAt(state, line)) {
    const ial = state.sCount[line]! - state.blkIndent < 4 && !ALD.test(found.text) && BLOCK_IAL.exec(found.text);
    if (!ial || (line + 1 < state.lineMax && SETEXT_UNDERLINE.test(lineText(state, line + 1)))) break;
    specs.push(ial[1]!);
    line = found.end;
  }
  return { spec: specs.join(' '), end: line };
}
