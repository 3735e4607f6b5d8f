import type { MarkdownIt, StateBlock } from 'markdown-it';

// A block extension's start tag alone on its line: `{::name}`, `{::name attrs}` or `{::name …/}`.
const START = /^\{::(\w+)(?:\s((?:\\\}|[^}])*?)|)(\/)?\}\s*$/;
// kramdown's end-of-block marker: `^` alone on its line.
const EOB = /^\^\s*$/;

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

/**
 * kramdown's block extensions, each on lines of its own: `{::comment}` … `{:/comment}` (or `{:/}`)
 * is an HTML comment; `{::nomarkdown}` … `{:/}` is written as it is (with `type="…"` only when
 * the type is `html`); `{::options … /}` writes nothing (kiln does not change options per
 * document). An unknown name or a missing end tag leaves the lines as text. The end-of-block
 * marker `^` ends the block before it (two paragraphs, two lists) and writes nothing.
 */
export function blockExtensions(md: MarkdownIt): void {
  md.block.ruler.before(
    'kramdown_block_ial',
    'kramdown_extension',
    (state, startLine, endLine, silent) => {
      if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
      const start = state.bMarks[startLine]! + state.tShift[startLine]!;
      const first = state.src.charCodeAt(start);
      if (first === 0x5e /* ^ */) {
        if (!EOB.test(lineText(state, startLine))) return false;
        if (silent) return true;
        state.push('kramdown_eob', '', 0).meta = { unindented: true };
        state.line = startLine + 1;
        return true;
      }
      if (first !== 0x7b /* { */ || silent) return false;
      const m = START.exec(lineText(state, startLine));
      if (!m || !['comment', 'nomarkdown', 'options'].includes(m[1]!)) return false;
      const [, name, attributes = '', selfClosed] = m;
      let stop = startLine + 1;
      if (!selfClosed) {
        const end = new RegExp(`^\\{:/(?:${name})?\\}\\s*$`);
        while (stop < endLine && !(state.sCount[stop]! - state.blkIndent < 4 && end.test(lineText(state, stop))))
          stop++;
        if (stop >= endLine) return false;
      } else if (name !== 'options') return false;
      const body = selfClosed ? '' : state.getLines(startLine + 1, stop, state.blkIndent, false);
      state.line = selfClosed ? startLine + 1 : stop + 1;
      if (name === 'options') return true;
      const token = state.push(name === 'comment' ? 'html_block' : 'kramdown_raw', '', 0);
      token.map = [startLine, state.line];
      // (What `nomarkdown` holds is written at the start of its line.)
      if (name !== 'comment') token.meta = { unindented: true };
      const type = /(?:^|\s)type=(["'])(.*?)\1/.exec(attributes)?.[2] ?? '';
      if (name === 'comment') token.content = `<!-- ${body} -->\n`;
      else token.content = type === '' || type.split(/\s+/).includes('html') ? `${body}\n` : '';
      return true;
    },
    { alt: ['paragraph', 'reference', 'blockquote', 'list'] },
  );
  md.renderer.rules.kramdown_eob = () => '';
  md.renderer.rules.kramdown_raw = (tokens, idx) => tokens[idx]!.content;
}
