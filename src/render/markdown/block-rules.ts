import type { MarkdownIt } from 'markdown-it';
import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs';

export interface BlockRule {
  readonly name: string;
  readonly fn: RuleBlock;
  /** The blocks this rule may interrupt. */
  readonly alt: string[];
}

/**
 * The block rule named `name` as the parser has it now (kiln's rules wrap markdown-it's): the
 * ruler keeps each rule's function and chains in `__rules__`, which its typings do not show.
 */
export function blockRule(md: MarkdownIt, name: string): BlockRule | undefined {
  return (md.block.ruler as unknown as { __rules__: BlockRule[] }).__rules__.find((r) => r.name === name);
}
