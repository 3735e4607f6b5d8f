import type { MarkdownIt } from 'markdown-it';

/**
 * markdown-it's `normalize` core rule (`\r\n` and `\r` to `\n`, NUL to U+FFFD), with a look
 * first: a source with neither, as nearly every one is, is left as it is. markdown-it's own rule
 * replaces every `\n` with itself, which builds the whole text again: over the benchmark's 4,000
 * post bodies, 87–91 ms on its first pass and 30 ms warm, against 3–4 ms with the look
 * (test/markdown/shortcuts.test.ts holds the tokens to those markdown-it's rule gives).
 */
export function newlines(md: MarkdownIt): void {
  md.core.ruler.at('normalize', (state) => {
    const src = state.src;
    if (src.includes('\r') || src.includes('\0')) state.src = src.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
  });
}
