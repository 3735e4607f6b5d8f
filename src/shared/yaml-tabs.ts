// Tabs that libyaml (Ruby's Psych, Jekyll's reader) refuses in block context but js-yaml takes:
// a tab straight after a `-`, `?` or line-starting `:` indicator (`-\tx`), and a tab in a blank or
// comment line's leading white space, where libyaml looks for the next token (after a quoted
// scalar, a `key:`, a flow collection) or, after a plain scalar, left of the column the scalar
// could go on at (one past its collection's). Lines inside quoted, block or flow scalars are
// not looked at: libyaml reads their tabs as text or white space.

/** A tab libyaml refuses: the 0-based line and libyaml's words for it. */
export interface TabError {
  line: number;
  reason: string;
}

const INDICATOR_TAB = 'found character that cannot start any token (a tab after -, ? or :)';
const NO_TOKEN = 'found character that cannot start any token (a tab where the next line starts)';
const INDENT_TAB = 'found a tab character that violates indentation';
const BLOCK_TAB = "found a tab character where a block scalar's indentation space is expected";

/** The first tab in `text` (already read by js-yaml without error) that libyaml refuses, if any. */
export function refusedTab(text: string): TabError | undefined {
  if (!text.includes('\t')) return undefined;
  const lines = text.split('\n');
  // What the last content line ended with, and the column of its innermost block collection.
  let last: 'none' | 'plain' | 'other' = 'none';
  let collection = 0;
  // A block scalar's lines (more indented than its key's line) and multi-line quoted or flow text are skipped.
  let blockIndent = -1;
  let blockContent = -1;
  let open: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
    const rest = line.slice(lead.length);
    if (blockIndent >= 0) {
      // Before a block scalar's indentation is known, and left of it, a blank line's tab is no space.
      const tab = lead.indexOf('\t');
      if (rest === '' && tab >= 0 && (blockContent < 0 || tab < blockContent)) return { line: i, reason: BLOCK_TAB };
      if (rest === '') continue;
      if (!lead.includes('\t') && lead.length > blockIndent) {
        if (blockContent < 0) blockContent = lead.length;
        continue;
      }
      blockIndent = -1;
    }
    if (open !== undefined) {
      open = scan(line, open).open;
      last = 'other';
      continue;
    }
    if (rest === '' || rest.startsWith('#')) {
      const tab = lead.indexOf('\t');
      if (tab < 0) continue;
      if (last !== 'plain') return { line: i, reason: NO_TOKEN };
      if (tab < collection + 1) return { line: i, reason: INDENT_TAB };
      continue;
    }
    // Indicators that open entries: `- `, `? `, a line-starting `: `; a key then `:`.
    let at = lead.length;
    let opened = false;
    while ('-?:'.includes(line.charAt(at)) && line.charAt(at) !== '' && /[ \t]|$/.test(line.charAt(at + 1) || '')) {
      if (line.charAt(at) === '-') collection = at;
      opened = true;
      at++;
      // After an indicator libyaml skips only spaces before the next token (after a key's `:`, tabs too).
      while (line.charAt(at) === ' ' || line.charAt(at) === '\t') {
        if (line.charAt(at) === '\t') return { line: i, reason: INDICATOR_TAB };
        at++;
      }
    }
    const key = KEY.exec(line.slice(at));
    if (key) {
      collection = at;
      opened = true;
    }
    const scanned = scan(line, undefined);
    open = scanned.open;
    if (open !== undefined) continue;
    const end = scanned.code.trimEnd();
    if (/[|>][-+0-9]*$/.test(end) && /(?:^|[ :-])[|>][-+0-9]*$/.test(end)) {
      blockIndent = lead.length;
      blockContent = -1;
      last = 'other';
    } else if (!opened && last === 'plain') {
      // A plain scalar going on over lines keeps its collection.
    } else last = /(?:[:\]}"']|(?:^|\s)-)$/.test(end) || /(?:^|\s)[&!]\S*$/.test(end) ? 'other' : 'plain';
  }
  return undefined;
}

// A plain key at the start of a mapping entry: text up to `: ` or `:` at the line's end.
const KEY = /^[^\s#'"[\]{},&*!|>%@`][^#]*?:(?=[ \t]|$)/;

/**
 * A line's code (without its comment) and, when it ends inside a quoted scalar or a flow
 * collection, what is still open (`"`, `'`, or the brackets).
 */
function scan(line: string, openAtStart: string | undefined): { code: string; open: string | undefined } {
  let open = openAtStart ?? '';
  for (let j = 0; j < line.length; j++) {
    const c = line.charAt(j);
    const inner = open.charAt(open.length - 1);
    if (inner === '"') {
      if (c === '\\') j++;
      else if (c === '"') open = open.slice(0, -1);
    } else if (inner === "'") {
      if (c === "'" && line.charAt(j + 1) === "'") j++;
      else if (c === "'") open = open.slice(0, -1);
    } else if (c === '#' && (j === 0 || /\s/.test(line.charAt(j - 1)))) {
      return { code: line.slice(0, j), open: open || undefined };
    } else if ((c === '"' || c === "'") && (j === 0 || /[\s[{,:-]/.test(line.charAt(j - 1)))) open += c;
    else if (c === '[' || c === '{') open += c;
    else if ((c === ']' || c === '}') && open !== '') open = open.slice(0, -1);
  }
  return { code: line, open: open || undefined };
}
