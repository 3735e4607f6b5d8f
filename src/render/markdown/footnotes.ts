import type { MarkdownIt, Token } from 'markdown-it';
import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs';
import footnote from 'markdown-it-footnote';

interface FootnoteMeta {
  id: number;
  subId: number;
  label?: string;
}

function metaOf(token: Token): FootnoteMeta {
  return token.meta as unknown as FootnoteMeta;
}

function label(token: Token): string {
  const meta = metaOf(token);
  return encodeURIComponent(String(meta.label ?? meta.id + 1)).replace(/%20/g, '-');
}

/**
 * Footnotes in kramdown's markup: ids from the footnote's name (`fnref:name`, `fn:name`),
 * numbers in order of first reference; a later reference to the same note is `fnref:name:N`, with
 * its own back link. kramdown 2 adds role/rel attributes.
 */
export function footnotes(md: MarkdownIt, compat: 1 | 2): void {
  md.use(footnote);
  // A footnote definition interrupts no paragraph in kramdown (there it is text), except the
  // last one of the definition before it.
  const blockRules = (md.block.ruler as unknown as { __rules__: Array<{ name: string; fn: RuleBlock; alt: string[] }> })
    .__rules__;
  const definition = blockRules.find((r) => r.name === 'footnote_def');
  if (definition) {
    const fn = definition.fn;
    // How deep the parse is inside definitions (the rule is tried again on a definition's own first line).
    const depth = new WeakMap<object, number>();
    md.block.ruler.at(
      'footnote_def',
      (state, startLine, endLine, silent) => {
        const inside = depth.get(state.env) ?? 0;
        if (silent) return inside > 0 && fn(state, startLine, endLine, silent);
        depth.set(state.env, inside + 1);
        try {
          return fn(state, startLine, endLine, silent);
        } finally {
          depth.set(state.env, inside);
        }
      },
      { alt: definition.alt },
    );
  }
  md.inline.ruler.disable('footnote_inline'); // `^[inline]` is not kramdown syntax
  const rules = md.renderer.rules;
  const v2 = compat === 2;
  rules.footnote_ref = (tokens, idx) => {
    const t = tokens[idx]!;
    const meta = metaOf(t);
    const name = label(t);
    const ref = meta.subId > 0 ? `fnref:${name}:${meta.subId}` : `fnref:${name}`;
    return v2
      ? `<sup id="${ref}" role="doc-noteref"><a href="#fn:${name}" class="footnote" rel="footnote">${meta.id + 1}</a></sup>`
      : `<sup id="${ref}"><a href="#fn:${name}" class="footnote">${meta.id + 1}</a></sup>`;
  };
  rules.footnote_block_open = () =>
    v2 ? '<div class="footnotes" role="doc-endnotes">\n  <ol>\n' : '<div class="footnotes">\n  <ol>\n';
  rules.footnote_block_close = () => '  </ol>\n</div>\n';
  rules.footnote_open = (tokens, idx) => `    <li id="fn:${label(tokens[idx]!)}"${v2 ? ' role="doc-endnote"' : ''}>\n`;
  rules.footnote_close = () => '    </li>\n';
  rules.footnote_anchor = (tokens, idx) => {
    const t = tokens[idx]!;
    const meta = metaOf(t);
    const name = label(t);
    const ref = meta.subId > 0 ? `${name}:${meta.subId}` : name;
    const text = meta.subId > 0 ? `&#8617;<sup>${meta.subId + 1}</sup>` : '&#8617;';
    // A back link per reference, after a space (kramdown 2: a non-breaking one).
    if (!v2) return ` <a href="#fnref:${ref}" class="reversefootnote">${text}</a>`;
    return `\u00a0<a href="#fnref:${ref}" class="reversefootnote" role="doc-backlink">${text}</a>`;
  };
}
