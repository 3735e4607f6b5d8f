import { ENTITIES } from './libxml-tables.js';

// Characters XML does not allow, which libxml2 leaves out (C0 controls but tab and line breaks).
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters meant
export const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** libxml2's reading of character references in text and attribute values. */
export function decode(raw: string, attribute = false): string {
  if (!raw.includes('&')) return raw.replace(INVALID, '');
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const c = raw[i]!;
    if (c !== '&') {
      out += c;
      i++;
      continue;
    }
    if (raw[i + 1] === '#') {
      const hex = raw[i + 2] === 'x' || raw[i + 2] === 'X';
      let j = i + (hex ? 3 : 2);
      let value = 0;
      for (; j < raw.length; j++) {
        const digit = Number.parseInt(raw[j]!, hex ? 16 : 10);
        if (Number.isNaN(digit) || !(hex ? /[0-9a-f]/i : /[0-9]/).test(raw[j]!)) break;
        if (value < 0x110000) value = value * (hex ? 16 : 10) + digit;
      }
      if (raw[j] === ';') j++;
      if (isXmlChar(value)) out += String.fromCodePoint(value);
      else if (attribute) break;
      i = j;
      continue;
    }
    const name = NAME.exec(raw.slice(i + 1))?.[0];
    if (!name) {
      out += '&';
      i++;
      continue;
    }
    const code = raw[i + 1 + name.length] === ';' ? ENTITIES.get(name) : undefined;
    if (code === undefined) {
      out += `&${name}`;
      i += 1 + name.length;
    } else {
      out += String.fromCodePoint(code);
      i += name.length + 2;
    }
  }
  return out.replace(INVALID, '');
}

// An XML name, as libxml2 reads an entity's.
const NAME = /^[\p{L}_:][\p{L}\p{N}\p{M}._:-]*/u;

/** Whether XML 1.0 takes this code point as a character (so `&#N;` may name it). */
export function isXmlChar(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}
