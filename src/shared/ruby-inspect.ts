/** Ruby's `to_s` and `inspect` of the values YAML and templates make: text, numbers, nil, dates, lists and hashes. */

import { RubyDate } from './ruby-date.js';
import { numberText, RubyFloat } from './ruby-float.js';
import { rubyPairs } from './yaml-keys.js';

/** A value Ruby would hold as a Hash: an object that is no list, time or Float (`2.0`). */
export function isHash(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RubyFloat);
}

/**
 * How a caller writes an object of its own (a template's document) inside `inspect`, given the
 * list or hash it is in (null for the value itself); undefined writes it the usual way.
 */
export type OwnInspect = (v: object, parent: object | null) => string | undefined;

/**
 * Ruby's `to_s`: nil is empty, a number as Ruby writes it (`2.0`, `1.0e-05`), a list or hash its
 * inspect form (`{"track"=>"b"}`).
 */
export function rubyText(v: unknown, own?: OwnInspect): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (v === undefined || v === null) return '';
  if (Array.isArray(v) || (isHash(v) && v.constructor === Object)) return rubyInspect(v, own);
  return String(v);
}

/**
 * Ruby's `inspect` (3.1): `"text"`, `nil`, `[1, "a"]`, `{"k"=>1}`. A list or hash inside itself
 * is `[...]` or `{...}`, as Ruby writes it.
 */
export function rubyInspect(v: unknown, own?: OwnInspect): string {
  return inspect(v, [], null, own);
}

function inspect(v: unknown, open: object[], parent: object | null, own: OwnInspect | undefined): string {
  if (v === undefined || v === null) return 'nil';
  if (typeof v === 'string') return inspectString(v);
  if (typeof v === 'number') return numberText(v);
  if (typeof v !== 'object') return String(v);
  const mine = own?.(v, parent);
  if (mine !== undefined) return mine;
  if (v instanceof RubyDate) return v.inspect();
  if (!Array.isArray(v) && !isHash(v)) return String(v);
  if (open.includes(v)) return Array.isArray(v) ? '[...]' : '{...}';
  open.push(v);
  const text = Array.isArray(v)
    ? `[${v.map((x) => inspect(x, open, v, own)).join(', ')}]`
    : `{${rubyPairs(v)
        .map(
          ([k, x]) =>
            `${typeof k === 'string' ? inspectString(k) : inspect(k, open, v, own)}=>${inspect(x, open, v, own)}`,
        )
        .join(', ')}}`;
  open.pop();
  return text;
}

const ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
  '\f': '\\f',
  '\v': '\\v',
  '\b': '\\b',
  '\x07': '\\a',
  '\x1b': '\\e',
  '#': '#',
};

/**
 * What Ruby's inspect of a UTF-8 text writes as `\uXXXX` (`\u{XXXXX}` past the BMP): control
 * characters (not NEL, which Onigmo counts as printable), unassigned code points, line and
 * paragraph separators and lone surrogates (Node's Unicode tables are newer than Ruby 3.1's).
 */
const UNPRINTABLE = /[\p{Cc}\p{Cn}\p{Zl}\p{Zp}\p{Cs}]/u;

function inspectString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; ) {
    const code = s.codePointAt(i)!;
    const c = String.fromCodePoint(code);
    i += c.length;
    // `#{`, `#$` and `#@` would interpolate in Ruby source, so inspect escapes their `#`.
    if (c === '#' && /[{$@]/.test(s[i] ?? '')) out += '\\#';
    else if (ESCAPES[c] !== undefined) out += ESCAPES[c];
    else if ((code < 0x80 && code >= 0x20 && code !== 0x7f) || code === 0x85 || !UNPRINTABLE.test(c)) out += c;
    else {
      const hex = code.toString(16).toUpperCase();
      out += code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
    }
  }
  return `${out}"`;
}
