import type { MarkdownIt, Token } from 'markdown-it';

/** kramdown nests `***both***` as `<strong><em>`, where markdown-it gives `<em><strong>`. */
export function kramdownEmphasis(md: MarkdownIt): void {
  md.core.ruler.push('kramdown_emphasis', (state) => {
    for (const block of state.tokens) {
      const c = block.children;
      if (!c) continue;
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
