/**
 * A file is rendered (not copied) when its first line is `---` (SPEC §2). Its first bytes, as
 * Jekyll reads them: a page or collection document that starts with a byte-order mark is copied.
 */
export function hasFrontMatter(bytes: Buffer): boolean {
  if (bytes[0] !== 0x2d || bytes[1] !== 0x2d || bytes[2] !== 0x2d) return false;
  let i = 3;
  while (bytes[i] === 0x20 || bytes[i] === 0x09) i++;
  return bytes[i] === 0x0a || bytes[i] === 0x0d;
}
