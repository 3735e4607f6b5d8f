import type { MarkdownIt, StateInline } from 'markdown-it';

/**
 * The characters an inline rule may start at, where a run of plain text stops. markdown-it's own
 * `text` rule stops at these (its terminators: `\n ! # $ % & * + - : < = > @ [ \ ] ^ _ \` { } ~`),
 * and, as it runs first at every position, no other rule is ever tried anywhere else. kiln's
 * rules start at characters among them: `\` (line breaks, escapes), `\n`, `` ` ``, `~`, `*`,
 * `_`, `[` (links, footnote markers), `!`, `<` (guillemets, span HTML, autolinks), `&`, `$`
 * (math) and `{` (span IALs and extensions). A rule that starts anywhere else needs its
 * character here (test/markdown/shortcuts.test.ts fails until it is).
 */
export const RUN_STOPS = '\n!#$%&*+-:<=>@[\\]^_`{}~';

const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, (c) => `\\${c}`);
// One run of characters none of the rules starts at, from `lastIndex`.
const RUN = new RegExp(`[^${escapeClass(RUN_STOPS)}]+`, 'y');

/**
 * A run of plain text up to the next character an inline rule may start at, found by one sticky
 * pattern rather than a test per character: kiln's instance tries its many inline rules only
 * where one may start, as markdown-it's `text` rule lets it, for a fraction of the time.
 */
export function textRun(state: StateInline, silent: boolean): boolean {
  const pos = state.pos;
  RUN.lastIndex = pos;
  if (!RUN.test(state.src)) return false;
  const end = Math.min(RUN.lastIndex, state.posMax);
  if (end <= pos) return false;
  if (!silent) state.pending += state.src.slice(pos, end);
  state.pos = end;
  return true;
}

/** Puts textRun in place of markdown-it's `text` rule. */
export function textRuns(md: MarkdownIt): void {
  md.inline.ruler.at('text', textRun);
}
