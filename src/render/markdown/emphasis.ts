import type { MarkdownIt, Token } from 'markdown-it';

/**
 * Where kramdown's emphasis differs from CommonMark's: `***both***` nests as `<strong><em>`
 * (markdown-it gives `<em><strong>`), and a `**` that finds no closing `**` opens emphasis with
 * its first star and keeps the second as text (`**x*` is `<em>*x</em>`, not `*<em>x</em>`).
 */
export function kramdownEmphasis(md: MarkdownIt): void {
  md.core.ruler.push('kramdown_emphasis', (state) => {
    for (const block of state.tokens) {
      if (!block.children) continue;
      // Emphasis leaves empty text tokens where its delimiters stood; they render as nothing.
      const c = block.children.filter((t) => t.type !== 'text' || t.content !== '');
      block.children = c;
      for (let i = 0; i + 1 < c.length; i++) {
        const text = c[i]!,
          em = c[i + 1]!;
        if (text.type !== 'text' || em.type !== 'em_open' || em.markup !== '*') continue;
        if (!/(?:^|[\s(])\*$/.test(text.content) || /\*\*$/.test(text.content)) continue;
        text.content = text.content.slice(0, -1);
        const star = new state.Token('text', '', 0);
        star.content = '*';
        c.splice(i + 2, 0, star);
      }
      for (let i = 0; i + 1 < c.length; i++) {
        if (c[i]!.type !== 'em_open' || c[i + 1]!.type !== 'strong_open') continue;
        const strongClose = closeOf(c, i + 1, 'strong_close');
        if (strongClose < 0 || c[strongClose + 1]?.type !== 'em_close') continue;
        [c[i], c[i + 1]] = [c[i + 1]!, c[i]!];
        [c[strongClose], c[strongClose + 1]] = [c[strongClose + 1]!, c[strongClose]!];
      }
    }
  });
}

function closeOf(tokens: Token[], open: number, type: string): number {
  let depth = 0;
  for (let j = open; j < tokens.length; j++) {
    if (tokens[j]!.type === tokens[open]!.type) depth++;
    else if (tokens[j]!.type === type && --depth === 0) return j;
  }
  return -1;
}
