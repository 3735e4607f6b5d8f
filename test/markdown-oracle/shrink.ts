/**
 * The smallest text that still differs, for the Markdown fuzzes' reports (scripts/fuzz-markdown.ts,
 * scripts/fuzz-commonmark.ts): drops runs of lines, then of characters, while `differs` holds.
 */
export async function shrinkText(src: string, differs: (s: string) => Promise<boolean>): Promise<string> {
  let best = src;
  for (const unit of ['\n', ''] as const) {
    let parts = best.split(unit);
    for (let size = Math.max(1, parts.length >> 1); size >= 1; size >>= 1) {
      for (let i = 0; i + size <= parts.length; ) {
        const candidate = [...parts.slice(0, i), ...parts.slice(i + size)];
        const text = candidate.join(unit);
        if (text.trim() !== '' && (await differs(text))) parts = candidate;
        else i += size;
      }
    }
    best = parts.join(unit);
  }
  return best;
}
