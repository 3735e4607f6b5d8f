import type { StateBlock, Token } from 'markdown-it';
import { LIST_EOB } from './block-tokens.js';
import { AFTER_BLANK, AFTER_BLOCK, BLANK_AFTER, TAKEN } from './ial-lines.js';
import type { EobMeta } from './types.js';

// Which block a kramdown block IAL applies to, apart from the rule that applies it
// (attribute-lists.ts), so the definitions that take waiting IALs (links, abbreviations) need
// nothing else of it.

/** The block the IAL at token `i` applies to: the one right above it, or the next one it waits for. */
export function ialTarget(tokens: Token[], i: number): Token | undefined {
  // IALs on consecutive lines go together.
  const first = runStart(tokens, i);
  const line = tokens[first]!.map![0];
  const rightAfter =
    tokens[first]!.meta === AFTER_BLOCK ||
    (line > 0 && tokens[first]!.meta !== AFTER_BLANK && blockBefore(tokens, first)?.meta !== BLANK_AFTER);
  return (
    (rightAfter ? blockBefore(tokens, first) : undefined) ??
    (keptForNext(tokens, i) ? blockAfter(tokens, i) : undefined)
  );
}

const DEFINITION_TOOK = 'taken by a definition';

/**
 * The block IALs waiting for a link or abbreviation definition on lines `start` to `end`, which
 * kramdown gives to the definition (it is a block that writes nothing): their attribute lists,
 * joined, and they apply to nothing else.
 */
export function waitingIals(state: StateBlock, start: number, end: number): string {
  const tokens = state.tokens;
  const waiting = (t: Token | undefined) => t?.type === 'kramdown_ial' || (t !== undefined && isComment(t));
  if (!waiting(tokens[tokens.length - 1])) return '';
  const definition = state.push('kramdown_definition', '', 0);
  definition.map = [start, end];
  const specs: string[] = [];
  for (let i = tokens.length - 2; waiting(tokens[i]); i--)
    if (tokens[i]!.type === 'kramdown_ial' && ialTarget(tokens, i) === definition) {
      specs.unshift(tokens[i]!.content);
      tokens[i]!.info = DEFINITION_TOOK;
    }
  tokens.pop();
  return specs.join(' ');
}

/** The block ending right before token `i` at its level (its open token), if any. */
function blockBefore(tokens: Token[], i: number): Token | undefined {
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

/** An HTML comment, or `{::comment}`/`{::nomarkdown}` (kramdown passes a waiting IAL over each alike). */
export function isComment(token: Token): boolean {
  return (token.type === 'html_block' && /^<(?:!--|\?)/.test(token.content)) || token.type === 'kramdown_raw';
}

/**
 * The next block at token `i`'s level, past other IALs (an ALD between takes the attributes to
 * nothing) and HTML comments, which kramdown does not count as blocks (a blank line after one does;
 * an IAL right after one goes to the comment, and takes the waiting attributes with it).
 */
function blockAfter(tokens: Token[], i: number): Token | undefined {
  let pastComment = false;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.type === 'kramdown_ial') {
      if (pastComment) return undefined;
      continue;
    }
    if (isComment(t)) {
      pastComment = true;
      // (The next block may start on the comment's own line: `<!----># h`.)
      const next = tokens[j + 1]?.map?.[0];
      if (next !== undefined && t.map && next <= t.map[1]) continue;
      return undefined;
    }
    return t.nesting !== -1 && t.block && t.level === tokens[i]!.level && t.type !== 'kramdown_ald' ? t : undefined;
  }
  return undefined;
}

/**
 * Whether the IAL at `i`, applying to what follows, reaches the next block: kramdown gives it to
 * the next element it makes, and a blank line is one, unless it continues a blank line before the
 * IALs. So `{: .c}`, an empty line, then a paragraph, at the start of a document: no class.
 */
function runStart(tokens: Token[], i: number): number {
  let first = i;
  while (tokens[first - 1]?.type === 'kramdown_ial' && tokens[first - 1]!.map?.[1] === tokens[first]!.map?.[0]) first--;
  return first;
}

function keptForNext(tokens: Token[], i: number): boolean {
  if (tokens[i]!.info === TAKEN || tokens[i]!.info === DEFINITION_TOOK) return false;
  const first = runStart(tokens, i);
  let last = i;
  while (tokens[last + 1]?.type === 'kramdown_ial' && tokens[last]!.map?.[1] === tokens[last + 1]!.map?.[0]) last++;
  const next = tokens[last + 1];
  const blankAfter = next?.map !== undefined && next.map !== null && next.map[0] > tokens[last]!.map![1];
  if (!blankAfter) return true;
  const before = tokens[first - 1];
  const start = tokens[first]!.map![0];
  if (!before) return start > 0;
  // (A self-closed extension after a blank line is nothing to kramdown: that blank line goes on.)
  if ((before.meta as { blankGoesOn?: boolean } | null)?.blankGoesOn) return true;
  // After `^` or `{::options /}` and a blank line, the blank line after the IAL joins that one.
  const eobEnd = before.type === 'kramdown_eob' ? (before.meta as EobMeta | null)?.end : undefined;
  if (eobEnd !== undefined) return start > eobEnd;
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
