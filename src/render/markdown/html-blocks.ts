import type { MarkdownIt, StateBlock } from 'markdown-it';

// kramdown's HTML_SPAN_ELEMENTS: a line starting with one of these is paragraph text, not a block.
const SPAN_ELEMENTS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'big',
  'bdo',
  'br',
  'button',
  'cite',
  'code',
  'del',
  'dfn',
  'em',
  'i',
  'img',
  'input',
  'ins',
  'kbd',
  'label',
  'mark',
  'option',
  'q',
  'rb',
  'rbc',
  'rp',
  'rt',
  'rtc',
  'ruby',
  'samp',
  'select',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'textarea',
  'tt',
  'u',
  'var',
]);
/** HTML elements without content or end tag. */
export const VOID_ELEMENTS = new Set([
  'area',
  'base',
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
  'br',
]);
const OPEN_TAG = /^<([A-Za-z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/;
const MARKDOWN_ATTR = /\s+markdown\s*=\s*("1"|'1'|1|"block"|'block')/;

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

/** The line (from `start`) holding the end tag that closes `name`, counting nested tags of that name. */
function closingLine(
  state: StateBlock,
  start: number,
  end: number,
  name: string,
  firstRest: string,
): { line: number; after: string } | null {
  const tag = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*?(/?)>`, 'gi');
  let depth = 1;
  for (let line = start; line < end; line++) {
    const text = line === start ? firstRest : lineText(state, line);
    tag.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = tag.exec(text))) {
      if (m[1]) depth--;
      else if (!m[2]) depth++;
      if (depth === 0) return { line, after: text.slice(m.index + m[0].length) };
    }
  }
  return null;
}

function rawBlock(state: StateBlock, startLine: number, endLine: number, suffix: string): boolean {
  const token = state.push('html_block', '', 0);
  token.map = [startLine, endLine];
  token.content = state.getLines(startLine, endLine, state.blkIndent, true) + suffix;
  state.line = endLine;
  return true;
}

/**
 * kramdown's block HTML: an element that is not span-level starts a block that ends at its own
 * closing tag (not at a blank line), and may interrupt a paragraph. With markdown="1" its
 * inside is parsed as Markdown and the attribute is dropped. Span-level tags (`<br>`, `<img>`,
 * `<a>`) at the start of a line are paragraph text.
 */
export function htmlBlocks(md: MarkdownIt): void {
  md.block.ruler.before(
    'html_block',
    'kramdown_html_block',
    (state, startLine, endLine, silent) => {
      if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
      const text = lineText(state, startLine);
      if (!text.startsWith('<')) return false;
      if (text.startsWith('<!--')) {
        let line = startLine;
        while (line < endLine && !lineText(state, line).includes('-->', line === startLine ? 4 : 0)) line++;
        if (line >= endLine) return false;
        if (silent) return true;
        const token = state.push('html_block', '', 0);
        token.map = [startLine, line + 1];
        token.content = state.getLines(startLine, line + 1, state.blkIndent, true);
        state.line = line + 1;
        return true;
      }
      const open = OPEN_TAG.exec(text);
      if (!open) return false;
      const name = open[1]!.toLowerCase();
      if (SPAN_ELEMENTS.has(name)) return false;
      if (silent) return true;
      const selfContained = open[3] === '/' || VOID_ELEMENTS.has(name);
      const close = selfContained
        ? { line: startLine, after: text.slice(open[0].length) }
        : closingLine(state, startLine, endLine, name, text.slice(open[0].length));
      // kramdown closes an element that is never closed at the end of its container.
      if (!close) return rawBlock(state, startLine, endLine, `</${name}>\n`);
      const last = close.line;
      const markdownInside = MARKDOWN_ATTR.test(open[2]!);
      const openTag = open[0].replace(MARKDOWN_ATTR, '');
      if (
        markdownInside &&
        !selfContained &&
        text.length === open[0].length &&
        last > startLine &&
        /^<\/[^>]+>\s*$/.test(lineText(state, last))
      ) {
        // One container token pair, so the layout indents the Markdown inside.
        const head = state.push('kramdown_html_open', '', 1);
        head.map = [startLine, last + 1];
        head.content = openTag;
        head.info = lineText(state, last);
        const oldParent = state.parentType;
        const oldLineMax = state.lineMax;
        state.lineMax = last;
        state.md.block.tokenize(state, startLine + 1, last);
        state.lineMax = oldLineMax;
        state.parentType = oldParent;
        state.push('kramdown_html_close', '', -1);
        state.line = last + 1;
        return true;
      }
      const rest = close.after.trim();
      if (rest && !selfContained) {
        // Text after the closing tag on its line (`</center><br>`) starts a paragraph of its own.
        const lastLine = lineText(state, last);
        const content =
          state.getLines(startLine, last, state.blkIndent, true) +
          lastLine.slice(0, lastLine.length - close.after.length) +
          '\n';
        const token = state.push('html_block', '', 0);
        token.map = [startLine, last + 1];
        token.content = markdownInside ? content.replace(open[0], openTag) : content;
        let end = last + 1;
        while (end < endLine && !state.isEmpty(end)) end++;
        const para = state.push('paragraph_open', 'p', 1);
        para.map = [last, end];
        const inline = state.push('inline', '', 0);
        inline.content = [rest, state.getLines(last + 1, end, state.blkIndent, false).trim()]
          .filter(Boolean)
          .join('\n');
        inline.map = [last, end];
        inline.children = [];
        state.push('paragraph_close', 'p', -1);
        state.line = end;
        return true;
      }
      const token = state.push('html_block', '', 0);
      token.map = [startLine, last + 1];
      const content = state.getLines(startLine, last + 1, state.blkIndent, true);
      token.content = markdownInside ? content.replace(open[0], openTag) : content;
      state.line = last + 1;
      return true;
    },
    { alt: ['paragraph', 'reference', 'blockquote'] },
  );
  // Everything markdown-it's own HTML-block rule would take is handled above or is paragraph text.
  md.block.ruler.disable('html_block');
}
