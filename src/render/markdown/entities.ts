import type { MarkdownIt, StateInline, Token } from 'markdown-it';
import { entityCode, entityName, numericEntityCode } from '../../shared/kramdown-values.js';
import { escapeKeepingReferences } from './escaping.js';
import { type MarkdownOptions, optionsFor } from './types.js';

/** An entity as kramdown keeps it: what it stands for, and how the source wrote it (if it did). */
export interface Entity {
  code: number;
  original?: string;
  /** What kramdown 2's `typographic_symbols` writes for this symbol, as text, instead. */
  text?: string;
}

// Characters kramdown escapes in text: as entities they are never written as characters (but `"`).
const SPECIAL = new Set([0x3c, 0x3e, 0x26, 0x22]);

/**
 * An entity, a smart quote or a typographic symbol as `kramdown.entity_output` writes it:
 * `as_char` the character (but `<`, `>`, `&` as written), `as_input` as written, `symbolic` by
 * name, `numeric` by number; a name always for `< > & "`, a number where there is no name.
 */
function entityHtml(e: Entity, output: MarkdownOptions['entityOutput']): string {
  if (output === 'as_char' && (e.code === 0x22 || !SPECIAL.has(e.code)) && e.code <= 0x10ffff)
    return String.fromCodePoint(e.code);
  if ((output === 'as_input' || output === 'as_char') && e.original) return e.original;
  const name = entityName(e.code);
  if ((output === 'symbolic' || SPECIAL.has(e.code)) && name) return `&${name};`;
  return `&#${e.code};`;
}

/** An entity the source wrote (`original`) as `entity_output` writes it. */
export const entityWritten = (code: number, original: string, output: MarkdownOptions['entityOutput']): string =>
  entityHtml({ code, original }, output);

/** A character kramdown writes as an entity of its own (as `entity_output` says). */
export const entityText = (code: number, output: MarkdownOptions['entityOutput']): string =>
  entityHtml({ code }, output);

/** A token for an entity: its content is the character (for header ids), its meta how to write it. */
function pushEntity(state: StateInline, e: Entity): Token {
  const token = state.push('kramdown_entity', '', 0);
  token.content = e.code <= 0x10ffff ? String.fromCodePoint(e.code) : '';
  token.meta = e;
  return token;
}

const ENTITY = /&(?:([\w:][-\w.:]*);|#(\d+);|#x([0-9a-fA-F]+);)/y;

/**
 * kramdown's entities: `&name;` for the names it knows, `&#N;`, `&#xH;`, written as
 * `kramdown.entity_output` says; an unknown name is text (`&amp;check;`).
 */
export function entities(md: MarkdownIt, options: MarkdownOptions): void {
  md.inline.ruler.at('entity', (state, silent) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) !== 0x26) return false;
    ENTITY.lastIndex = pos;
    const m = ENTITY.exec(src);
    if (!m || ENTITY.lastIndex > state.posMax) return false;
    const code = m[1] !== undefined ? entityCode(m[1]) : numericEntityCode(m[2] ?? m[3]!, m[2] ? 10 : 16);
    if (code === undefined) {
      // Not an entity kramdown knows: an ampersand, then the rest as text of its own (no
      // typography in it, and a quote after it has no character before it).
      if (!silent) {
        pushEntity(state, { code: 0x26 });
        state.push('text_special', '', 0).content = m[0].slice(1);
      }
    } else if (!silent) pushEntity(state, { code, original: m[0] });
    state.pos = ENTITY.lastIndex;
    return true;
  });
  md.renderer.rules.kramdown_entity = (tokens, idx, _, env) => {
    const e = tokens[idx]!.meta as Entity;
    return e.text !== undefined
      ? escapeKeepingReferences(e.text)
      : entityHtml(e, optionsFor(options, env).entityOutput);
  };
}
