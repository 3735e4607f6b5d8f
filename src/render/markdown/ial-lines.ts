import type { StateBlock, Token } from 'markdown-it';
import { lineText } from './line-text.js';

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

const SETEXT_UNDERLINE = /^(?:-+|=+)\s*$/;

/**
 * A link definition's IAL, one for all its links (their tokens' meta): kramdown hands the links
 * the definition's own attribute list, so a span IAL after one of them (`[a][x]{: .s}`) joins it
 * for the links parsed after that one too.
 */
export interface DefinitionIal {
  spec: string;
}

/**
 * The block IALs a link or abbreviation definition takes, which kramdown gives to the definition
 * (and so to the links or abbreviations it makes), joined: those waiting before it for the next
 * block, then those on the lines right after it (`line` on), and the line after them; an IAL
 * whose first line a Setext underline follows is a header's text.
 */
export function definitionIals(state: StateBlock, line: number): { spec: string; end: number } {
  const specs = takeWaiting(state);
  for (let found = blockIalAt(state, line); found; found = blockIalAt(state, line)) {
    const ial = state.sCount[line]! - state.blkIndent < 4 && !ALD.test(found.text) && BLOCK_IAL.exec(found.text);
    if (!ial || (line + 1 < state.lineMax && SETEXT_UNDERLINE.test(lineText(state, line + 1)))) break;
    specs.push(ial[1]!);
    line = found.end;
  }
  return { spec: specs.join(' '), end: line };
}

/**
 * The meta of the end-of-block marker `^` a list took: no element in kramdown (the list stays the
 * block before what follows), and the list's blank lines before it are dropped.
 */
export const LIST_EOB = Symbol('the end of a list');

/** The block ending right before token `i` at its level (its open token), if any. */
export function blockBefore(tokens: Token[], i: number): Token | undefined {
  // (The `^` a list took is no element: the list is the block before.)
  const at = tokens[i - 1]?.meta === LIST_EOB ? i - 2 : i - 1;
  const before = tokens[at];
  if (!before || before.level !== tokens[i]!.level) return undefined;
  if (before.nesting === 0)
    return before.block && !['kramdown_ial', 'kramdown_ald', 'kramdown_eob'].includes(before.type) ? before : undefined;
  if (before.nesting !== -1) return undefined;
  let depth = 0;
  for (let j = at; j >= 0; j--) {
    depth += tokens[j]!.nesting;
    if (depth === 0) return tokens[j];
  }
  return undefined;
}

/** The block the IAL at `i` applies to because it stands right after it (no blank line between), if any. */
export function ialOwner(tokens: Token[], i: number): Token | undefined {
  const first = runStart(tokens, i);
  const line = tokens[first]!.map![0];
  const rightAfter =
    tokens[first]!.meta === AFTER_BLOCK ||
    (line > 0 && tokens[first]!.meta !== AFTER_BLANK && blockBefore(tokens, first)?.meta !== BLANK_AFTER);
  return rightAfter ? blockBefore(tokens, first) : undefined;
}

/** The first of the IALs on consecutive lines that token `i` is one of (they go together). */
function runStart(tokens: Token[], i: number): number {
  let first = i;
  while (tokens[first - 1]?.type === 'kramdown_ial' && tokens[first - 1]!.map?.[1] === tokens[first]!.map?.[0]) first--;
  return first;
}

/**
 * Whether the IAL at `i`, applying to what follows, reaches the next block (which starts at
 * `nextLine` when no token follows yet): kramdown gives it to the next element it makes, and a
 * blank line is one, unless it continues a blank line before the IALs. So `{: .c}`, an empty
 * line, then a paragraph, at the start of a document: no class.
 */
export function keptForNext(tokens: Token[], i: number, nextLine?: number): boolean {
  if (tokens[i]!.info === TAKEN) return false;
  const first = runStart(tokens, i);
  let last = i;
  while (tokens[last + 1]?.type === 'kramdown_ial' && tokens[last]!.map?.[1] === tokens[last + 1]!.map?.[0]) last++;
  const next = tokens[last + 1]?.map?.[0] ?? nextLine;
  const blankAfter = next !== undefined && next > tokens[last]!.map![1];
  if (!blankAfter) return true;
  const before = tokens[first - 1];
  const start = tokens[first]!.map![0];
  if (!before) return start > 0;
  // (A self-closed extension after a blank line is nothing to kramdown: that blank line goes on.)
  if ((before.meta as { blankGoesOn?: boolean } | null)?.blankGoesOn) return true;
  // After a block's own blank line, further blank lines join that one: the IAL waits for the next block.
  if (blockBefore(tokens, first)?.meta === BLANK_AFTER) return true;
  // (A `markdown="1"` element's content starts with the rest of its start tag's line, a blank
  // line when nothing follows the tag: an IAL on the next line is after a blank line, and the
  // blank line after it is a new one, which takes the IAL.)
  if (before.type === 'kramdown_html_open') return start > (before.map?.[0] ?? start) + 1;
  if (before.nesting === 1) return start > (before.map?.[0] ?? start) + (before.type === 'list_item_open' ? 1 : 0);
  const open = before.nesting === -1 ? blockBefore(tokens, first) : before;
  const end = open?.map?.[1];
  return end !== undefined && start > end;
}

/**
 * The specs of the block IALs ending the tokens so far, in this container, that wait for the next
 * block, for a definition that starts after them to take (they then apply to nothing else).
 */
function takeWaiting(state: StateBlock): string[] {
  const tokens = state.tokens;
  let first = tokens.length;
  while (tokens[first - 1]?.type === 'kramdown_ial' && tokens[first - 1]!.level === state.level) first--;
  if (first === tokens.length) return [];
  let next = tokens[tokens.length - 1]!.map![1];
  while (next < state.lineMax && state.isEmpty(next)) next++;
  const taken: string[] = [];
  for (let i = first; i < tokens.length; i++) {
    const ial = tokens[i]!;
    if (ialOwner(tokens, i) || !keptForNext(tokens, i, next)) continue;
    ial.info = TAKEN;
    taken.push(ial.content);
  }
  return taken;
}
