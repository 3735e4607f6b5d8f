import type { MarkdownIt, StateBlock, Token } from 'markdown-it';

// `{: #id .class key="value"}`, `{:.class}`, and kramdown's `{:toc}` marker.
const IAL = /\{:\s*((?:[#.][\w-]+|[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s}]+)|\s+)*)\}/y;

/** Applies the attributes of `{: …}` to a token: ids, classes (added), and key="value" pairs. */
function applyAttributes(token: Token, spec: string): void {
  const re = /#([^\s#.}]+)|\.([^\s#.}]+)|([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s}]+))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(spec))) {
    if (m[1]) token.attrSet('id', m[1]);
    else if (m[2]) {
      const current = token.attrGet('class');
      token.attrSet('class', current ? `${current} ${m[2]}` : m[2]);
    } else if (m[3]) token.attrSet(m[3], m[4] ?? m[5] ?? m[6] ?? '');
  }
}

// A block IAL or ALD on a line of its own: `{: .class}`, `{:.a} {:#b}`; `{:name: .class}` defines an ALD.
const BLOCK_IAL = /^ {0,3}((?:\{:(?![\w-]+:)[^}\n]*\}[ \t]*)+)$/;
const ALD = /^ {0,3}\{:([\w-]+):([^}\n]*)\}[ \t]*$/;

function specsOf(text: string): string[] {
  return [...text.matchAll(/\{:([^}]*)\}/g)].map((m) => m[1]!);
}

/** An IAL's attributes with the ALDs it names (`{: ref .extra}`) expanded in place. */
function expand(spec: string, alds: Map<string, string>, seen = new Set<string>()): string {
  return spec.replace(/(^|\s)([A-Za-z][\w-]*)(?=\s|$)/g, (whole, space: string, name: string) => {
    const ald = alds.get(name);
    if (ald === undefined || seen.has(name)) return whole;
    return space + expand(ald, alds, new Set([...seen, name]));
  });
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

/**
 * kramdown's inline attribute lists. A block IAL on its own line ends a paragraph and applies to
 * the block right above it, or, after a blank line, to the block after it; an ALD line
 * (`{:name: …}`) names attributes an IAL may use. A span IAL right after a link, emphasis, code
 * or image applies to that element. Runs before typography, so the quotes inside stay plain.
 */
export function attributeLists(md: MarkdownIt): void {
  md.block.ruler.before(
    'table',
    'kramdown_block_ial',
    (state, startLine, _endLine, silent) => {
      if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
      const text = lineText(state, startLine);
      const ald = ALD.exec(text);
      const ial = ald ? null : BLOCK_IAL.exec(text);
      if (!ald && !ial) return false;
      if (silent) return true;
      const token = state.push(ald ? 'kramdown_ald' : 'kramdown_ial', '', 0);
      token.map = [startLine, startLine + 1];
      token.content = ald ? ald[2]! : ial![1]!;
      if (ald) token.info = ald[1]!;
      state.line = startLine + 1;
      return true;
    },
    { alt: ['paragraph', 'reference', 'blockquote', 'list', 'table'] },
  );
  md.core.ruler.after('inline', 'kramdown_attribute_lists', (state) => {
    const tokens = state.tokens;
    const lines = state.src.split('\n');
    const alds = new Map<string, string>();
    for (const t of tokens) if (t.type === 'kramdown_ald') alds.set(t.info, t.content);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type === 'inline' && t.children) spanAttributes(t.children);
      if (t.type === 'kramdown_ald') {
        tokens.splice(i--, 1);
        continue;
      }
      if (t.type !== 'kramdown_ial') continue;
      const line = t.map![0];
      const rightAfter = line > 0 && (lines[line - 1] ?? '').trim() !== '';
      const target = (rightAfter ? blockBefore(tokens, i) : undefined) ?? blockAfter(tokens, i);
      if (target) for (const spec of specsOf(t.content)) applyAttributes(target, expand(spec, alds));
      tokens.splice(i--, 1);
    }
  });
}

/** The block ending right before token `i` at its level (its open token), if any. */
function blockBefore(tokens: Token[], i: number): Token | undefined {
  const before = tokens[i - 1];
  if (!before || before.level !== tokens[i]!.level) return undefined;
  if (before.nesting === 0) return before.block && before.type !== 'kramdown_ial' ? before : undefined;
  if (before.nesting !== -1) return undefined;
  let depth = 0;
  for (let j = i - 1; j >= 0; j--) {
    depth += tokens[j]!.nesting;
    if (depth === 0) return tokens[j];
  }
  return undefined;
}

/** The next block at token `i`'s level, past other IALs. */
function blockAfter(tokens: Token[], i: number): Token | undefined {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.type === 'kramdown_ial' || t.type === 'kramdown_ald') continue;
    return t.nesting !== -1 && t.block && t.level === tokens[i]!.level ? t : undefined;
  }
  return undefined;
}

const CLOSERS: Record<string, string> = {
  link_close: 'link_open',
  em_close: 'em_open',
  strong_close: 'strong_open',
  s_close: 's_open',
};

function spanAttributes(children: Token[]): void {
  for (let k = 1; k < children.length; k++) {
    const text = children[k]!;
    if (text.type !== 'text' || !text.content.startsWith('{:')) continue;
    IAL.lastIndex = 0;
    const m = IAL.exec(text.content);
    if (!m) continue;
    const prev = children[k - 1]!;
    let target: Token | undefined;
    if (prev.type === 'code_inline' || prev.type === 'image') target = prev;
    else if (CLOSERS[prev.type]) {
      let depth = 0;
      for (let j = k - 1; j >= 0; j--) {
        if (children[j]!.type === prev.type) depth++;
        if (children[j]!.type === CLOSERS[prev.type] && --depth === 0) {
          target = children[j];
          break;
        }
      }
    }
    if (!target) continue;
    applyAttributes(target, m[1]!);
    text.content = text.content.slice(m[0].length);
  }
}
