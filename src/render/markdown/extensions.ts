import type { MarkdownIt } from 'markdown-it';
import { documentRougeOptions } from '../../config/rouge-options.js';
import { smartQuoteCodes, tocLevelsValue, typographicSymbolsValue } from '../../shared/kramdown-values.js';
import { rubyInteger } from '../../shared/ruby-numbers.js';
import { yamlValue } from '../../shared/yaml.js';
import { ownAttributes } from './attribute-lists.js';
import { EOB_MARKER, lineText } from './line-text.js';
import { type DocumentOptions, type EobMeta, kilnEnv, type MarkdownOptions } from './types.js';

// The extensions kramdown knows; any other name leaves the tag as text.
const NAMES = new Set(['comment', 'nomarkdown', 'options']);
// An extension's start tag: `{::name}`, `{::name attrs}` or `{::name …/}` (a `}` in attrs escaped).
const START_TAG = '\\{::(\\w+)(?:[ \\t\\n\\r\\f\\v]((?:\\\\\\}|[^}])*?)|)(\\/)?\\}';
// A block extension's start tag alone on its line.
const BLOCK_START = new RegExp(`^${START_TAG}[ \\t]*$`);
const SPAN_START = new RegExp(START_TAG, 'y');
// A `}` not escaped: where a start tag ends.
const UNESCAPED_CLOSE = /(?:^|[^\\])\}/;

/** What `{::nomarkdown}` writes: its body as it is, unless a `type` names only other outputs (`latex`). */
function rawOutput(body: string, attributes: string): string {
  const type = ownAttributes(attributes).find(([k]) => k === 'type')?.[1] ?? '';
  const types = type.split(/[ \t\n\r\f\v]+/).filter(Boolean);
  return types.length === 0 || types.includes('html') ? body : '';
}

/** A switch's value as kramdown reads it: anything but `false` (any case, spaces around) or nothing is on. */
const switchOn = (value: string) => value !== '' && value.toLowerCase().trim() !== 'false';

/** An option's value as kramdown parses it, or undefined where kramdown keeps the option as it was. */
function optionValue(key: string, value: string): DocumentOptions | undefined {
  switch (key) {
    case 'auto_ids':
      return { autoIds: switchOn(value) };
    case 'parse_block_html':
      return { parseBlockHtml: switchOn(value) };
    case 'toc_levels': {
      const levels = tocLevelsValue(value);
      return typeof levels === 'string' ? undefined : { tocLevels: levels };
    }
    case 'entity_output': {
      const output = value.replace(/^:/, '');
      return {
        entityOutput: ['as_char', 'as_input', 'symbolic', 'numeric'].includes(output)
          ? (output as MarkdownOptions['entityOutput'])
          : 'numeric',
      };
    }
    case 'auto_id_prefix':
      return { autoIdPrefix: value };
    case 'footnote_nr': {
      const n = rubyInteger(value);
      return n === undefined ? undefined : { footnoteNr: n };
    }
    case 'footnote_backlink':
      return { footnoteBacklink: value };
    case 'footnote_prefix':
      return { footnotePrefix: value };
    case 'footnote_backlink_inline':
      return { footnoteBacklinkInline: switchOn(value) };
    case 'math_engine':
      // (An engine kramdown does not have writes the math as it is, as none does.)
      return { mathEngine: value.trim().replace(/^:/, '') === 'mathjax' ? 'mathjax' : null };
    case 'header_offset': {
      const n = rubyInteger(value);
      return n === undefined ? undefined : { headerOffset: n };
    }
    case 'smart_quotes': {
      // (A value kramdown raises on, when it writes a quote, keeps the quotes there were.)
      const quotes = smartQuoteCodes(value);
      return typeof quotes === 'string' ? undefined : { smartQuotes: quotes };
    }
    case 'hard_wrap':
      return { hardWrap: switchOn(value) };
    case 'parse_span_html':
      return { parseSpanHtml: switchOn(value) };
    case 'remove_line_breaks_for_cjk':
      return { removeLineBreaksForCjk: switchOn(value) };
    case 'auto_id_stripping':
      return { autoIdStripping: switchOn(value) };
    case 'typographic_symbols': {
      // (An empty value or one that is no mapping keeps the symbols there were.)
      const symbols = typographicSymbolsValue(value);
      return typeof symbols === 'string' ? undefined : { typographicSymbols: symbols };
    }
    case 'syntax_highlighter': {
      // kramdown's highlighter by its name: Rouge for `rouge`, none for `nil` or nothing, and
      // none either for a name it has no highlighter for (`none`: it warns).
      const name = value.trim().replace(/^:/, '');
      return { codeMarkup: name === 'rouge' ? 'rouge' : 'kramdown' };
    }
    case 'syntax_highlighter_opts': {
      // (YAML text of a mapping, as kramdown reads it; anything else keeps the site's.)
      const parsed = yamlValue(value)?.value;
      const mapping = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
      const rouge = mapping ? documentRougeOptions(parsed as Record<string, unknown>) : undefined;
      return rouge && { rouge };
    }
    default:
      return undefined;
  }
}

/**
 * `{::options key="value" … /}`: kramdown reads every option where it stands, and its HTML output
 * then uses the values the document ended with, so `auto_ids`, `toc_levels`, `entity_output`,
 * `auto_id_prefix`, `footnote_nr`, `footnote_backlink`, kramdown 2's `footnote_prefix` and
 * `footnote_backlink_inline`, `math_engine`, `smart_quotes`, `header_offset`, kramdown 1's `auto_id_stripping`
 * kramdown 2's `typographic_symbols` and `remove_line_breaks_for_cjk`, `syntax_highlighter` (kramdown 2)
 * and `syntax_highlighter_opts` (in place of the site's, without Jekyll's `default_lang` and
 * `guess_lang`) apply to the whole document
 * (the last value set wins), as does kramdown 1's `hard_wrap` (its GFM parser reads it once the
 * document is parsed; kramdown 2's, before, so there it changes nothing), while
 * `parse_block_html` applies to the HTML blocks after it and `parse_span_html` to span HTML
 * parsed after it is read (all of it, for one on a line of its own: kramdown parses spans once
 * every block is read). A value kramdown rejects, and an
 * option kiln does not read, change nothing (kramdown warns of an unknown one and goes on).
 */
function setOptions(env: unknown, attributes: string): void {
  const own = kilnEnv(env);
  for (const [key, value] of ownAttributes(attributes)) {
    const option = optionValue(key, value);
    if (option) own.documentOptions = { ...own.documentOptions, ...option };
  }
}

/**
 * kramdown's extensions. On lines of their own: `{::comment}` … `{:/comment}` (or `{:/}`) is an
 * HTML comment; `{::nomarkdown}` … `{:/}` is written as it is (with `type="…"` only when the type
 * is `html`); `{::options … /}` sets options (see setOptions) and writes nothing; a self-closed
 * comment or nomarkdown writes nothing. The same tags inside a paragraph are spans, their body
 * ending at the first end tag in the paragraph. An unknown name or a missing end tag leaves the
 * tag as text. The end-of-block marker `^` ends the block before it (two paragraphs, two lists)
 * and writes nothing.
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
        // (At the start of its line: an indented `^` is text.)
        if (state.sCount[startLine]! !== state.blkIndent || !EOB_MARKER.test(lineText(state, startLine))) return false;
        if (silent) return true;
        state.push('kramdown_eob', '', 0).meta = { end: startLine + 1 } satisfies EobMeta;
        state.line = startLine + 1;
        return true;
      }
      if (first !== 0x7b /* { */ || silent) return false;
      // (The start tag may go on over lines, up to its first `}` not escaped.)
      let tag = lineText(state, startLine);
      let tagEnd = startLine + 1;
      for (; tagEnd < endLine && tag.startsWith('{::') && !UNESCAPED_CLOSE.test(tag); tagEnd++)
        tag += `\n${lineText(state, tagEnd)}`;
      const m = BLOCK_START.exec(tag);
      if (!m || !NAMES.has(m[1]!)) return false;
      const [, name, attributes = '', selfClosed] = m;
      let stop = tagEnd;
      if (!selfClosed) {
        const end = new RegExp(`^\\{:/(?:${name})?\\}\\s*$`);
        while (stop < endLine && !(state.sCount[stop]! - state.blkIndent < 4 && end.test(lineText(state, stop))))
          stop++;
        if (stop >= endLine) return false;
      }
      state.line = selfClosed ? tagEnd : stop + 1;
      if (name === 'options') {
        setOptions(state.env, attributes);
        // kramdown ends the block there (an IAL after it is no block's), as `^` does.
        state.push('kramdown_eob', '', 0).meta = { end: state.line, extension: true } satisfies EobMeta;
        return true;
      }
      if (selfClosed) {
        // Nothing in kramdown's tree: after a blank line, an IAL after it waits for the next block;
        // an IAL right before it waits past it (its lines are no blank line).
        const last = state.tokens[state.tokens.length - 1];
        // (An item's first line holding only an IAL is empty to markdown-it: it is the IAL's.)
        if (last?.type === 'kramdown_ial' && last.map?.[1] === startLine) last.map[1] = state.line;
        else if (startLine > 0 && state.isEmpty(startLine - 1))
          state.push('kramdown_eob', '', 0).meta = { blankGoesOn: true };
        return true;
      }
      const body = state.getLines(tagEnd, stop, state.blkIndent, false);
      const token = state.push(name === 'comment' ? 'html_block' : 'kramdown_raw', '', 0);
      token.map = [startLine, state.line];
      // (What `nomarkdown` holds is written at the start of its line.)
      if (name === 'comment') token.content = `<!-- ${body} -->\n`;
      else {
        token.meta = { unindented: true };
        token.content = rawOutput(`${body}\n`, attributes);
      }
      return true;
    },
    { alt: ['paragraph', 'reference', 'blockquote', 'list'] },
  );
  md.inline.ruler.before('kramdown_span_ial', 'kramdown_span_extension', (state, silent) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) !== 0x7b || src.charCodeAt(pos + 1) !== 0x3a || src.charCodeAt(pos + 2) !== 0x3a)
      return false;
    SPAN_START.lastIndex = pos;
    const m = SPAN_START.exec(src);
    if (!m || SPAN_START.lastIndex > state.posMax || !NAMES.has(m[1]!)) return false;
    const [, name, attributes = '', selfClosed] = m;
    let end = SPAN_START.lastIndex;
    let body: string | undefined;
    if (!selfClosed) {
      const stop = new RegExp(`\\{:/(?:${name})?\\}`, 'g');
      stop.lastIndex = end;
      const s = stop.exec(src);
      if (!s || stop.lastIndex > state.posMax) return false;
      body = src.slice(end, s.index);
      end = stop.lastIndex;
    }
    if (!silent) {
      if (name === 'options') setOptions(state.env, attributes);
      const html =
        body === undefined || name === 'options'
          ? ''
          : name === 'comment'
            ? `<!-- ${body} -->`
            : rawOutput(body, attributes);
      // (An extension that writes nothing still parts the text: a quote after it has no character before it.)
      // (Self-closed or `options`, nothing in kramdown's tree: the text on both sides is one
      // for abbreviations. Otherwise an element, if one that writes nothing.)
      const nothing = body === undefined || name === 'options';
      const token = state.push(nothing ? 'kramdown_span_mark' : 'html_inline', '', 0);
      token.content = html;
      // (A quote's look-ahead sees the tag: `"{::comment /}a` closes the quote.)
      token.markup = src.slice(pos, end);
      if (nothing) kilnEnv(state.env).spanMarks = true;
    }
    state.pos = end;
    return true;
  });
  md.renderer.rules.kramdown_eob = () => '';
  md.renderer.rules.kramdown_raw = (tokens, idx) => tokens[idx]!.content;
}
