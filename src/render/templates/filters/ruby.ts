/** Ruby's views of template values, which Jekyll's filters print: `to_s` and `inspect`. */
import { numberText, RubyFloat } from '../../../shared/ruby-float.js';
import { DOCUMENT_VIEW } from '../../types.js';

/** A value Ruby would hold as a Hash: an object that is no list, time or Float (`2.0`). */
export function isHash(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RubyFloat);
}

/** Ruby's `to_s`: nil is empty, a list or hash is its inspect form, a number as Ruby writes it (`2.0`, `1.0e-05`), a post its output. */
export function rubyToS(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (v === undefined || v === null) return '';
  // A post or document is its Document's to_s: the output, or the content before it renders.
  if (typeof v === 'object' && DOCUMENT_VIEW in v) {
    const doc = v as { output?: unknown; content?: unknown };
    return rubyToS(doc.output || doc.content);
  }
  if (Array.isArray(v) || (isHash(v) && v.constructor === Object)) return rubyInspect(v);
  return String(v);
}

/**
 * Ruby's `inspect` (3.1): `"text"`, `nil`, `[1, "a"]`, `{"k"=>1}`. A post or document inside a
 * list or hash (`site.tags`, `site.posts`) is Jekyll's Document, which inspects as
 * `#<Jekyll::Document _posts/x.md collection=posts>`; a list or hash inside itself is `[...]` or
 * `{...}`, as Ruby writes it.
 */
export function rubyInspect(v: unknown): string {
  return inspect(v, []);
}

function inspect(v: unknown, open: object[]): string {
  if (v === undefined || v === null) return 'nil';
  if (typeof v === 'string') return inspectString(v);
  if (typeof v === 'number') return numberText(v);
  if (v instanceof Date || v instanceof RubyFloat) return String(v);
  if (typeof v !== 'object') return String(v);
  if (open.length > 0 && DOCUMENT_VIEW in v) {
    const doc = v as { relative_path?: unknown; path?: unknown; collection?: unknown };
    return `#<Jekyll::Document ${rubyToS(doc.relative_path ?? doc.path)} collection=${rubyToS(doc.collection)}>`;
  }
  if (!Array.isArray(v) && !isHash(v)) return String(v);
  if (open.includes(v)) return Array.isArray(v) ? '[...]' : '{...}';
  open.push(v);
  const text = Array.isArray(v)
    ? `[${v.map((x) => inspect(x, open)).join(', ')}]`
    : `{${Object.entries(v)
        .map(([k, x]) => `${inspectString(k)}=>${inspect(x, open)}`)
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
