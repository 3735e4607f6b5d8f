import type { MarkdownIt, StateInline, Token } from 'markdown-it';
import { type Attributes, applyAttributes, documentAlds, ITEM } from './attribute-specs.js';
import { atBlockBoundary, blankInsideLastBlock } from './block-tokens.js';
import { escapeHtml } from './html-syntax.js';
import { AFTER_BLANK, ALD, BLOCK_IAL, blockIalAt, type DefinitionIal } from './ial-lines.js';
import { ialTarget } from './ial-targets.js';
import { lineText, SETEXT_UNDERLINE } from './line-text.js';
import { rewriteStartTag, type SpanElement } from './span-html.js';
import { contentStart } from './span-parse.js';
import { kilnEnv } from './types.js';
import { endsInTypographicChar } from './typography.js';

/** The ALD names an attribute list refers to (`{:toc .c}` refers to `toc`). */
export function attributeRefs(spec: string): string[] {
  return [...spec.matchAll(ITEM)].flatMap((m) => (m[4] === undefined ? [] : [m[4]]));
}

/** The attributes an attribute list sets by itself (an extension's `key="value"` options), the last of a key winning. */
export function ownAttributes(spec: string): Attributes {
  const attrs: Attributes = [];
  applyAttributes(attrs, spec, new Map());
  return attrs;
}

/**
 * kramdown's inline attribute lists. A block IAL on its own line ends a paragraph and applies to
 * the block right above it, or, after a blank line, to the block after it; an ALD line
 * (`{:name: …}`) names attributes an IAL may use, wherever it stands. A span IAL applies to the
 * element right before it (link, emphasis, code, image, span HTML…); after text it is text.
 */
export function attributeLists(md: MarkdownIt): void {
  md.block.ruler.before(
    'table',
    'kramdown_block_ial',
    (state, startLine, _endLine, silent) => {
      if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
      const found = blockIalAt(state, startLine);
      if (!found) return false;
      if (silent) return true;
      const { text, end } = found;
      const ald = ALD.exec(text);
      const ial = ald ? null : BLOCK_IAL.exec(text);
      // At a block boundary a Setext underline makes the line a header's text (kramdown reads headers first).
      const under = startLine + 1;
      if (
        under < state.lineMax &&
        state.sCount[under] === state.blkIndent &&
        SETEXT_UNDERLINE.test(lineText(state, under)) &&
        atBlockBoundary(state, startLine)
      )
        return false;
      // (Blank as its container sees it: a quote's `>` alone is a blank line in the quote. One the
      // last block took, as an unclosed element in an item does, is none.)
      const afterBlank =
        startLine > 0 && state.isEmpty(startLine - 1) && !blankInsideLastBlock(state.tokens, startLine - 1);
      const token = state.push(ald ? 'kramdown_ald' : 'kramdown_ial', '', 0);
      token.map = [startLine, end];
      token.content = ald ? ald[2]! : ial![1]!;
      if (ald) token.info = ald[1]!;
      else if (afterBlank) token.meta = AFTER_BLANK;
      state.line = end;
      return true;
    },
    { alt: ['paragraph', 'reference', 'blockquote', 'list', 'table'] },
  );
  // ALDs apply wherever they stand: kramdown reads every block before it parses any span.
  md.core.ruler.before('inline', 'kramdown_alds', (state) => {
    const alds = documentAlds(state.tokens);
    kilnEnv(state.env).alds = alds;
    listItemIals(state.tokens, alds);
  });
  md.inline.ruler.push('kramdown_span_ial', (state, silent) => {
    const { src, pos } = state;
    if (silent || src.charCodeAt(pos) !== 0x7b || src.charCodeAt(pos + 1) !== 0x3a) return false;
    if (EXTENSION.test(src.slice(pos, state.posMax))) return false;
    SPAN_IAL.lastIndex = pos;
    const m = SPAN_IAL.exec(src);
    if (!m || SPAN_IAL.lastIndex > state.posMax) return false;
    const target = spanTarget(state);
    if (target === 'text') return false;
    if (target !== 'none') {
      const alds = kilnEnv(state.env).alds ?? new Map<string, string>();
      if (target.type === 'html_inline') {
        applyAttributes((target.meta as SpanElement).tag.attributes, m[1]!, alds);
        rewriteStartTag(target);
      } else {
        applyAttributes((target.attrs ??= []), m[1]!, alds);
        // (A link keeps its definition's IAL, which takes this one too: see DefinitionIal.)
        if ((target.type === 'link_open' || target.type === 'image') && target.meta)
          (target.meta as DefinitionIal).spec += ` ${m[1]}`;
      }
    }
    // (Consumed after text that ends in a quote or symbol, it parts that text from what follows:
    // a quote's look-ahead sees the IAL, `--"{:.c}a` closes it.)
    if (state.pending !== '') {
      state.push('kramdown_span_mark', '', 0).markup = m[0];
      kilnEnv(state.env).spanMarks = true;
    }
    state.pos = SPAN_IAL.lastIndex;
    return true;
  });
  md.core.ruler.after('inline', 'kramdown_attribute_lists', (state) => {
    const tokens = state.tokens;
    if (!tokens.some((t) => t.type === 'kramdown_ial' || t.type === 'kramdown_ald')) return;
    const alds = kilnEnv(state.env).alds ?? new Map<string, string>();
    // Targets first, with every IAL and ALD still in place (they decide where the next one goes).
    // A block's IALs (before it and after it) are one list to kramdown: `{:.a}` before and
    // `{: class="b"}` after give `b`.
    const targets = new Map<Token, string[]>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type !== 'kramdown_ial') continue;
      const target = ialTarget(tokens, i);
      // (An end-of-block marker or `{::nomarkdown}` takes it too, and writes no attributes.)
      if (target && target.type !== 'kramdown_eob' && target.type !== 'kramdown_raw') {
        const specs = targets.get(target);
        if (specs) specs.push(t.content);
        else targets.set(target, [t.content]);
      }
    }
    for (const [target, spec] of targets) {
      // (Raw HTML with Markdown inside starts with its start tag's text.)
      const html = target.type === 'kramdown_html_raw_open' ? tokens[tokens.indexOf(target) + 1] : target;
      if (html?.type === 'html_block' || html?.type === 'kramdown_html_open' || html?.type === 'kramdown_html_text')
        applyToHtml(html, spec, alds);
      else applyAttributes((target.attrs ??= []), spec, alds);
    }
    state.tokens = tokens.filter((t) => {
      if (t.type !== 'kramdown_ial' && t.type !== 'kramdown_ald') return true;
      // (A blank line inside one is no blank line between blocks.)
      if (t.map && t.map[1] - t.map[0] > 1) {
        const lines = (kilnEnv(state.env).ialLines ??= new Set());
        for (let line = t.map[0]; line < t.map[1]; line++) lines.add(line);
      }
      return false;
    });
  });
}

// The start tag HTML blocks begin with, as kiln writes it back: attributes ` key="value"`.
const WRITTEN_TAG = /^<([^\s/>!?]+)((?: [^\s="]+="[^"]*")*)( \/)?>/;
const WRITTEN_ATTRIBUTE = / ([^\s="]+)="([^"]*)"/g;
const UNESCAPE: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"' };

/** An IAL applied to an HTML block: its start tag written again with the attributes. */
function applyToHtml(token: Token, spec: readonly string[], alds: ReadonlyMap<string, string>): void {
  const m = WRITTEN_TAG.exec(token.content);
  if (!m) return;
  const attrs: Attributes = [...m[2]!.matchAll(WRITTEN_ATTRIBUTE)].map(([, k, v]) => [
    k!,
    v!.replace(/&(?:lt|gt|amp|quot);/g, (e) => UNESCAPE[e]!),
  ]);
  applyAttributes(attrs, spec, alds);
  const written = attrs.map(([k, v]) => ` ${k}="${escapeHtml(v, true)}"`).join('');
  token.content = `<${m[1]}${written}${m[3] ?? ''}>${token.content.slice(m[0].length)}`;
}

// An IAL opening a list item's first line (`1. {:.done} text`), which is the item's.
const ITEM_IAL = /^\{:(?!(?:\w[\w-]*)?:|\/)((?:\\\}|[^}\n])+)\}[ \t]*/;

/** Gives each list item the IAL its first line starts with (as text, or as the line's block IAL). */
function listItemIals(tokens: Token[], alds: ReadonlyMap<string, string>): void {
  for (let j = 0; j < tokens.length; j++) {
    const item = tokens[j]!;
    if (item.type !== 'list_item_open' || !item.map) continue;
    const next = tokens[j + 1];
    if (next?.type === 'kramdown_ial' && next.map?.[0] === item.map[0]) {
      applyAttributes((item.attrs ??= []), next.content, alds);
      tokens.splice(j + 1, 1);
    } else if (next?.type === 'paragraph_open' && next.map?.[0] === item.map[0]) {
      const inline = tokens[j + 2]!;
      const m = ITEM_IAL.exec(inline.content);
      if (!m) continue;
      applyAttributes((item.attrs ??= []), m[1]!, alds);
      inline.content = inline.content.slice(m[0].length);
    }
  }
}

// `{:…}` in a paragraph, up to the first `}` not escaped.
const SPAN_IAL = /\{:((?:\\\}|[^}])+)\}/y;
// A kramdown extension tag (`{::comment}`, `{:/}`), which is no IAL.
const EXTENSION = /^(?:\{::\w+(?:[ \t\n\r\f\v](?:\\\}|[^}])*?)?\/?\}|\{:\/(?:\w[\w-]*)?\})/;

/**
 * What a span IAL at the scan position applies to: kramdown gives it to the element right
 * before it, `text` when that is text or there is none (the IAL is then text itself), `none`
 * when the element takes no attributes (an entity, a smart quote, a footnote reference).
 */
function spanTarget(state: StateInline): Token | 'text' | 'none' {
  if (state.pending !== '')
    return endsInTypographicChar(state.pending, state.src.slice(state.pos, state.pos + 4)) ? 'none' : 'text';
  const tokens = state.tokens;
  let last = tokens.length - 1;
  // (A span extension that writes nothing is no element: `{::options /}`.)
  while (tokens[last]?.type === 'kramdown_span_mark') last--;
  if (last < contentStart(state)) return 'text';
  const t = tokens[last]!;
  if (t.nesting === 1 || TEXT.has(t.type)) return 'text';
  if (t.nesting === -1) {
    const openType = t.type.replace(/_close$/, '_open');
    let depth = 0;
    for (let j = last; j >= 0; j--) {
      const u = tokens[j]!;
      if (u.type === t.type) depth++;
      else if (u.type === openType && --depth === 0) return u;
    }
    return 'none';
  }
  if (t.type === 'html_inline') {
    const element = t.meta as SpanElement | null;
    if (!element) return 'none';
    if (element.part === 'element') return t;
    if (element.part === 'start') return 'text';
    for (let j = last - 1; j >= 0; j--) {
      const u = tokens[j]!;
      const start = u.type === 'html_inline' ? (u.meta as SpanElement | null) : null;
      if (start?.tag === element.tag && start.part === 'start') return u;
    }
    return 'none';
  }
  return t.type === 'code_inline' || t.type === 'image' || t.type === 'kramdown_math_inline' ? t : 'none';
}

const TEXT = new Set(['text', 'text_special', 'softbreak', 'hardbreak']);
