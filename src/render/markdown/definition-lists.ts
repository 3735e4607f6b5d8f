import type { MarkdownIt } from 'markdown-it';
import deflist from 'markdown-it-deflist';

/**
 * Definition lists (markdown-it-deflist) with kramdown's `<p>` rule: a definition's first
 * paragraph is bare unless a blank line comes before its `:` line; its other paragraphs never are.
 */
export function definitionLists(md: MarkdownIt): void {
  md.use(deflist);
  md.core.ruler.after('block', 'kramdown_definition_paragraphs', (state) => {
    const tokens = state.tokens;
    const lines = state.src.split('\n');
    for (let i = 0; i < tokens.length; i++) {
      const dd = tokens[i]!;
      if (dd.type !== 'dd_open' || !dd.map) continue;
      // The `:` line: where the definition's first block starts (deflist's own map may begin earlier).
      const line = tokens[i + 1]?.map?.[0] ?? dd.map[0];
      const bare = line > 0 && (lines[line - 1] ?? '').trim() !== '';
      let first = true;
      for (let j = i + 1; j < tokens.length && tokens[j]!.level > dd.level; j++) {
        const t = tokens[j]!;
        if (t.level !== dd.level + 1) continue;
        if (t.type === 'paragraph_open' || t.type === 'paragraph_close') {
          t.hidden = first && bare;
          if (t.type === 'paragraph_close') first = false;
        } else if (t.nesting !== -1) first = false;
      }
    }
  });
}
