import type { MarkdownIt } from 'markdown-it';

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const OPEN = /^<([A-Za-z][\w-]*)\b[^>]*?(\/?)>$/;
const CLOSE = /^<\/([A-Za-z][\w-]*)\s*>$/;

/**
 * kramdown parses span-level HTML into elements and writes them back out: `<a/>` becomes
 * `<a></a>` (only void elements close themselves), and an element left open is closed at the
 * end of its paragraph.
 */
export function spanHtml(md: MarkdownIt): void {
  md.core.ruler.push('kramdown_span_html', (state) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children?.some((t) => t.type === 'html_inline')) continue;
      const open: string[] = [];
      for (const t of block.children) {
        if (t.type !== 'html_inline') continue;
        const o = OPEN.exec(t.content);
        if (o) {
          const name = o[1]!.toLowerCase();
          if (VOID.has(name)) continue;
          if (o[2]) t.content = `${t.content.replace(/\s*\/>$/, '>')}</${o[1]}>`;
          else open.push(name);
          continue;
        }
        const c = CLOSE.exec(t.content);
        if (c) {
          const at = open.lastIndexOf(c[1]!.toLowerCase());
          if (at >= 0) open.length = at;
        }
      }
      for (const name of open.reverse()) {
        const close = new state.Token('html_inline', '', 0);
        close.content = `</${name}>`;
        block.children.push(close);
      }
    }
  });
}
