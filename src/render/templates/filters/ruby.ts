/** Ruby's views of template values, which Jekyll's filters print: `to_s` and `inspect`. */
import { numberText, RubyFloat } from '../../../shared/ruby-float.js';

function isHash(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
}

/** Ruby's `to_s`: nil is empty, a list or hash is its inspect form, a number as Ruby writes it (`2.0`, `1.0e-05`). */
export function rubyToS(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (v === undefined || v === null) return '';
  if (Array.isArray(v) || (isHash(v) && v.constructor === Object)) return rubyInspect(v);
  return String(v);
}

/** Ruby's `inspect` (3.1): `"text"`, `nil`, `[1, "a"]`, `{"k"=>1}`. */
export function rubyInspect(v: unknown): string {
  if (v === undefined || v === null) return 'nil';
  if (typeof v === 'string') return inspectString(v);
  if (typeof v === 'number') return numberText(v);
  if (Array.isArray(v)) return `[${v.map(rubyInspect).join(', ')}]`;
  if (v instanceof Date || v instanceof RubyFloat) return String(v);
  if (isHash(v))
    return `{${Object.entries(v)
      .map(([k, x]) => `${inspectString(k)}=>${rubyInspect(x)}`)
      .join(', ')}}`;
  return String(v);
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

function inspectString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    // `#{`, `#$` and `#@` would interpolate in Ruby source, so inspect escapes their `#`.
    if (c === '#' && /[{$@]/.test(s[i + 1] ?? '')) out += '\\#';
    else if (ESCAPES[c] !== undefined) out += ESCAPES[c];
    else if (c < ' ' || c === '\x7f') out += `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
    else out += c;
  }
  return `${out}"`;
}
