import { isUtf8 } from 'node:buffer';
import { KilnError } from './errors.js';

/** The text of a file that must be UTF-8; other bytes are an error at their line (Jekyll fails too). */
export function decodeUtf8(bytes: Buffer, file: string): string {
  checkUtf8(bytes, file);
  return bytes.toString('utf8');
}

/** Throws, naming the line, when `bytes` are not UTF-8. */
export function checkUtf8(bytes: Buffer, file: string): void {
  if (isUtf8(bytes)) return;
  const at = firstInvalid(bytes);
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  const shown = [...bytes.subarray(at, at + 4)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  throw new KilnError(`invalid UTF-8 (bytes ${shown}); save the file as UTF-8`, file, line);
}

/** The offset of the first byte that starts no valid UTF-8 sequence. */
function firstInvalid(b: Buffer): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0 || i + n >= b.length) return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const x = b[i + k]!;
      if ((x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    const min = n === 1 ? 0x80 : n === 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}

/** A text without the byte-order mark it may start with (Ruby's `bom|utf-8` reading). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A YAML text as Psych reads a file opened without `bom|` (a data file, a configuration): its
 * byte-order mark one column before the first line, which then ends at the next line (`name: a`
 * then `other: b` is `{name: a}`).
 */
export function bomAsIndent(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}
