import type { MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';
import { kilnEnv, type MarkdownOptions } from './types.js';

// `## Title {#id}`: kramdown's explicit header id.
const EXPLICIT_ID = /\s*\{#([A-Za-z][\w:-]*)\}\s*$/;

/**
 * kramdown 2 with the GFM parser: lower case, drop what is not a letter, mark, digit,
 * connector punctuation, space, tab or `-`, then spaces and tabs to `-`.
 */
export function gfmHeaderId(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{Nd}\p{Pc}\- \t]/gu, '').replace(/[ \t]/g, '-');
}

/**
 * kramdown 1 (classic): drop everything before the first ASCII letter, keep `[a-zA-Z0-9 -]`,
 * each space to `-`, lower case; empty gives `section`.
 */
export function classicHeaderId(text: string): string {
  const id = text.replace(/^[^a-zA-Z]+/, '').replace(/[^a-zA-Z0-9 -]/g, '').replace(/ /g, '-').toLowerCase();
  return id || 'section';
}

/** Numbers a repeated id the way each kramdown mode does (`x`, `x-1`, `x-2`). */
export function uniqueId(id: string, used: Map<string, number>): string {
  const seen = used.get(id);
  if (seen === undefined) {
    used.set(id, 0);
    return id;
  }
  used.set(id, seen + 1);
  return `${id}-${seen + 1}`;
}

/** Gives every header an id attribute: an explicit `{#id}`, else the mode's automatic rule. */
export function headerIds(md: MarkdownIt, options: MarkdownOptions): void {
  md.core.ruler.before('inline', 'kiln_header_ids', (state) => {
    const env = kilnEnv(state.env);
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i]!;
      if (open.type !== 'heading_open') continue;
      const inline = tokens[i + 1] as Token;
      const explicit = EXPLICIT_ID.exec(inline.content);
      if (explicit) {
        inline.content = inline.content.slice(0, explicit.index);
        open.attrSet('id', explicit[1]!);
        continue;
      }
      if (open.attrGet('id') !== null || !options.autoIds) continue;
      const raw = inline.content;
      if (options.compat === 1) open.attrSet('id', uniqueId(classicHeaderId(raw), env.usedIds));
      else {
        const id = gfmHeaderId(raw);
        if (id) open.attrSet('id', uniqueId(id, env.usedIds));
      }
    }
  });
}
