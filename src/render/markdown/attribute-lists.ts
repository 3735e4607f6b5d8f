import type { MarkdownIt, Token } from 'markdown-it';

// `{: #id .class key="value"}`, `{:.class}`, and kramdown's `{:toc}` marker.
const IAL = /\{:\s*((?:[#.][\w-]+|[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s}]+)|\s+)*)\}/y;
const ONLY_IAL = /^\s*(\{:[^}\n]*\}\s*)+$/;
const TRAILING_IAL = /\n\s*((?:\{:[^}\n]*\}\s*)+)$/;
const LEADING_IAL = /^((?:\{:[^}\n]*\}[ \t]*)+)\n/;

/** Applies the attributes of `{: …}` to a token: ids, classes (added), and key="value" pairs. */
export function applyAttributes(token: Token, spec: string): void {
  const re = /#([\w-]+)|\.([\w-]+)|([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s}]+))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(spec))) {
    if (m[1]) token.attrSet('id', m[1]);
    else if (m[2]) {
      const current = token.attrGet('class');
      token.attrSet('class', current ? `${current} ${m[2]}` : m[2]);
    } else if (m[3]) token.attrSet(m[3], m[4] ?? m[5] ?? m[6] ?? '');
  }
}

function specsOf(text: string): string[] {
  return [...text.matchAll(/\{:([^}]*)\}/g)].map((m) => m[1]!);
}

/**
 * kramdown's inline attribute lists. A block IAL on its own line applies to the block before it
 * (or, after a blank line, to the block after it); one at the end of a paragraph applies to that
 * paragraph; a span IAL right after a link, emphasis, code or image applies to that element.
 * Runs before typography, so the quotes inside stay plain.
 */
export function attributeLists(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'kramdown_attribute_lists', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type !== 'inline' || !t.children) continue;
      spanAttributes(t.children);
      const open = tokens[i - 1];
      if (open?.type !== 'paragraph_open') continue;
      if (ONLY_IAL.test(t.content) && !/\{:\s*toc\s*\}/.test(t.content)) {
        const target = blockTarget(tokens, i - 1);
        if (target) for (const spec of specsOf(t.content)) applyAttributes(target, spec);
        tokens.splice(i - 1, 3);
        i -= 2;
        continue;
      }
      const leading = LEADING_IAL.exec(t.content);
      if (leading && !/\{:\s*toc\s*\}/.test(leading[1]!)) {
        // An IAL line right before a paragraph's text applies to that paragraph.
        for (const spec of specsOf(leading[1]!)) applyAttributes(open, spec);
        stripLeading(t, leading[0]);
      }
      const trailing = TRAILING_IAL.exec(t.content);
      if (trailing && !/\{:\s*toc\s*\}/.test(trailing[1]!)) {
        for (const spec of specsOf(trailing[1]!)) applyAttributes(open, spec);
        stripTrailing(t, trailing[0]);
      }
    }
  });
}

/** The block an IAL paragraph (opening at `p`) belongs to: the one right above it, else the one after. */
function blockTarget(tokens: Token[], p: number): Token | undefined {
  const line = tokens[p]!.map?.[0];
  const before = tokens[p - 1];
  let previous: Token | undefined;
  if (before && before.nesting === 0 && before.block) previous = before;
  else if (before && before.nesting === -1) {
    let depth = 0;
    for (let j = p - 1; j >= 0; j--) {
      if (tokens[j]!.nesting === -1) depth++;
      else if (tokens[j]!.nesting === 1 && --depth === 0) {
        previous = tokens[j];
        break;
      }
    }
  }
  if (previous && line !== undefined && previous.map?.[1] === line) return previous;
  const after = tokens[p + 3];
  return after && after.nesting !== -1 && after.block ? after : undefined;
}

function stripLeading(inline: Token, prefix: string): void {
  inline.content = inline.content.slice(prefix.length);
  const children = inline.children!;
  const first = children[0];
  if (first?.type !== 'text') return;
  const spec = prefix.trimEnd();
  if (first.content.startsWith(spec)) first.content = first.content.slice(spec.length);
  if (first.content === '') children.shift();
  while (children.length && children[0]!.type === 'softbreak') children.shift();
}

function stripTrailing(inline: Token, suffix: string): void {
  inline.content = inline.content.slice(0, inline.content.length - suffix.length);
  const children = inline.children!;
  // The IAL is the end of the last text token, after a soft break.
  const last = children[children.length - 1];
  if (last?.type !== 'text') return;
  const spec = suffix.trimStart();
  if (last.content.endsWith(spec)) last.content = last.content.slice(0, last.content.length - spec.length);
  if (last.content === '') children.pop();
  while (children.length && children[children.length - 1]!.type === 'softbreak') children.pop();
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
