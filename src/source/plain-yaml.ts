import { plainScalar } from '../shared/yaml.js';

/**
 * The plain YAML most front matter is (`key: value` lines, nested block mappings and sequences,
 * one-line quoted scalars, `[a, b]` lists), read without the YAML library: at 4,000 posts the
 * library's general reader was most of the front matter stage. Gives exactly what `parseYaml`
 * gives (test/source/plain-yaml.test.ts checks it against the library on seeded random front
 * matter), or undefined for anything else it does not read, which then goes to the library:
 * comments after values, block and multi-line scalars, flow mappings, anchors, tags, tabs, keys
 * that are not simple words, escapes, unusual characters.
 */
export function readPlainYaml(
  text: string,
  wholeFloats = false,
  timeZone = 'UTC',
): Record<string, unknown> | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const lines = text.split('\n');
  const reader = new Reader(lines, wholeFloats, timeZone);
  reader.skip();
  if (reader.at >= lines.length) return undefined;
  if (reader.indent() !== 0) return undefined;
  const value = reader.block(0);
  reader.skip();
  if (value === FAIL || reader.at < lines.length || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return value as Record<string, unknown>;
}

// Tabs, carriage returns, characters YAML refuses or treats specially (control characters, the
// line and paragraph separators, the BOM, lone surrogates), escapes and merge keys: the library's.
const UNUSUAL = /[^\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]|\\|<</u;
// What a plain scalar may not start with.
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

// Keys are few and the same in every file: whether each is text is known after its first time.
const keyIsText = new Map<string, boolean>();

function isTextKey(key: string): boolean {
  let text = keyIsText.get(key);
  if (text === undefined) {
    text = typeof plainScalar(key, false, 'UTC') === 'string' && key !== '__proto__';
    if (keyIsText.size >= 4096) keyIsText.clear();
    keyIsText.set(key, text);
  }
  return text;
}

const FAIL = Symbol('not plain');
type Value = unknown;

// `key:` then the end of the line or a space; the key a word that is a string in YAML.
const ENTRY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;

class Reader {
  at = 0;
  constructor(
    private readonly lines: readonly string[],
    /** Whole floats as RubyFloat (a Liquid site's values). */
    private readonly wholeFloats: boolean,
    /** The zone a Liquid site's timestamps are shown in. */
    private readonly timeZone: string,
  ) {}

  indent(): number {
    const line = this.lines[this.at]!;
    let i = 0;
    while (line.charCodeAt(i) === 32) i++;
    return i;
  }

  /** Past blank lines and comment lines that start at the margin. */
  skip(): void {
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.charCodeAt(0) === 35 || blank(line)) this.at++;
      else return;
    }
  }

  /** The mapping or sequence whose first line (the current one) starts at `indent`. */
  block(indent: number): Value | typeof FAIL {
    const line = this.lines[this.at]!.slice(indent);
    if (line === '-' || line.startsWith('- ')) return this.sequence(indent);
    return this.mapping(indent, line);
  }

  /** Entries at `indent`; `first` is the current line's text from the indent on. */
  private mapping(indent: number, first: string): Value | typeof FAIL {
    const out: Record<string, unknown> = {};
    let text = first;
    for (;;) {
      const m = ENTRY.exec(text);
      if (!m || !isTextKey(m[1]!)) return FAIL;
      this.at++;
      const value = m[2] === undefined || m[2] === '' ? this.nested(indent) : this.inline(m[2], indent);
      if (value === FAIL) return FAIL;
      out[m[1]!] = value;
      this.skip();
      if (this.at >= this.lines.length) return out;
      const next = this.indent();
      if (next < indent) return out;
      if (next > indent) return FAIL;
      text = this.lines[this.at]!.slice(indent);
    }
  }

  /** Items `- …` at `indent`. */
  private sequence(indent: number): Value | typeof FAIL {
    const out: unknown[] = [];
    for (;;) {
      const line = this.lines[this.at]!;
      // `-` alone (an item on the lines below) is left to the library.
      if (line.length === indent + 1) return FAIL;
      let at = indent + 2;
      while (line.charCodeAt(at) === 32) at++;
      const rest = line.slice(at);
      let value: Value | typeof FAIL;
      if (ENTRY.test(rest)) value = this.mapping(at, rest);
      else {
        this.at++;
        value = this.inline(rest, at);
      }
      if (value === FAIL) return FAIL;
      out.push(value);
      this.skip();
      if (this.at >= this.lines.length) return out;
      const next = this.indent();
      if (next < indent) return out;
      if (next > indent) return FAIL;
      const text = this.lines[this.at]!.slice(indent);
      if (text !== '-' && !text.startsWith('- ')) return out;
    }
  }

  /** What follows `key:` with nothing after it: a block below, or null. */
  private nested(indent: number): Value | typeof FAIL {
    this.skip();
    if (this.at >= this.lines.length) return null;
    const next = this.indent();
    const line = this.lines[this.at]!.slice(next);
    const item = line === '-' || line.startsWith('- ');
    if (next > indent) return this.block(next);
    // A mapping's value may be a sequence at the mapping's own indent.
    if (next === indent && item) return this.sequence(next);
    return null;
  }

  /** A value on the rest of a line; the lines after it must not carry it on. */
  private inline(text: string, indent: number): Value | typeof FAIL {
    const value = scalar(text, this.wholeFloats, this.timeZone);
    if (value === FAIL) return FAIL;
    this.skip();
    return this.at < this.lines.length && this.indent() > indent ? FAIL : value;
  }
}

/** Whether a line is empty or spaces only. */
function blank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) !== 32) return false;
  return true;
}

/** A one-line scalar: quoted, a `[…]` list of plain words, or plain. */
function scalar(raw: string, wholeFloats: boolean, timeZone: string): Value | typeof FAIL {
  let end = raw.length;
  while (end > 0 && raw.charCodeAt(end - 1) === 32) end--;
  const text = end === raw.length ? raw : raw.slice(0, end);
  const first = text[0];
  if (first === undefined) return FAIL;
  if (first === '"') return /^"[^"]*"$/.test(text) ? text.slice(1, -1) : FAIL;
  if (first === "'") return /^'(?:[^']|'')*'$/.test(text) ? text.slice(1, -1).replace(/''/g, "'") : FAIL;
  if (first === '[') {
    if (!/^\[[^[\]{}#:"',]*(?:,[^[\]{}#:"',]*)*\]$/.test(text)) return FAIL;
    const inner = text.slice(1, -1);
    if (/^ *$/.test(inner)) return [];
    const items: unknown[] = [];
    for (const part of inner.split(',')) {
      // Spaces only: to YAML a no-break space (or any other) is part of the item.
      const item = part.replace(/^ +| +$/g, '');
      if (!item || INDICATOR.test(item)) return FAIL;
      items.push(plainScalar(item, wholeFloats, timeZone));
    }
    return items;
  }
  // A plain scalar: it may not start with an indicator, nor hold `: ` or `#`, nor end with `:`.
  if (INDICATOR.test(text) || text.includes(': ') || text.includes('#') || text.endsWith(':')) return FAIL;
  return plainScalar(text, wholeFloats, timeZone);
}
