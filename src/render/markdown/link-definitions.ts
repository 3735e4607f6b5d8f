import type { MarkdownIt } from 'markdown-it';
import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs';

/**
 * Link definitions as kramdown keeps them: when a name is defined twice (names match whatever
 * their case), the last definition wins; markdown-it, following CommonMark, keeps the first.
 * markdown-it's reference rule only adds a name it has not seen, so each definition is read
 * into an empty table and then laid over the earlier ones.
 */
export function linkDefinitions(md: MarkdownIt): void {
  const rules = (md.block.ruler as unknown as { __rules__: Array<{ name: string; fn: RuleBlock; alt: string[] }> })
    .__rules__;
  const reference = rules.find((r) => r.name === 'reference');
  if (!reference) return;
  const fn = reference.fn;
  md.block.ruler.at(
    'reference',
    (state, startLine, endLine, silent) => {
      if (silent) return fn(state, startLine, endLine, silent);
      const env = state.env as { references?: Record<string, unknown> };
      const earlier = env.references;
      env.references = {};
      const found = fn(state, startLine, endLine, silent);
      env.references = { ...earlier, ...env.references };
      return found;
    },
    { alt: reference.alt },
  );
}
