// The file kept Markdown lives in (kept.ts): a magic line, then records, each a source's key,
// its HTML's length (32-bit), the SHA-256 of the two and the HTML, then the HTML. A build that
// rendered a few sources appends their records; one that leaves more stale HTML than live
// writes the file anew. A record that is cut short or does not match its hash ends the file
// as read (a build killed while appending, two appending at once): what follows it is not
// used, and the next build writes the file anew.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { replaceFile, writeAll } from '../shared/checked-file.js';

const MAGIC = Buffer.from('kiln kept markdown 2\n');
const KEY = 32;
const HEAD = KEY + 4 + 32;

/** What a file holds: HTML by key (the last record of a key wins), its records' bytes, and whether all of it was read. */
export interface KeptFile {
  readonly held: Map<string, Buffer>;
  readonly bytes: number;
  readonly whole: boolean;
}

export function readKeptFile(path: string): KeptFile {
  const held = new Map<string, Buffer>();
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    return { held, bytes: 0, whole: false };
  }
  if (!data.subarray(0, MAGIC.length).equals(MAGIC)) return { held, bytes: 0, whole: false };
  let at = MAGIC.length;
  while (at + HEAD <= data.length) {
    const end = at + HEAD + data.readUInt32LE(at + KEY);
    if (end > data.length) break;
    const sum = createHash('sha256')
      .update(data.subarray(at, at + KEY + 4))
      .update(data.subarray(at + HEAD, end))
      .digest();
    if (!sum.equals(data.subarray(at + KEY + 4, at + HEAD))) break;
    held.set(data.toString('latin1', at, at + KEY), data.subarray(at + HEAD, end));
    at = end;
  }
  return { held, bytes: at - MAGIC.length, whole: at === data.length };
}

/** The bytes `entries` take as records. */
export function recordBytes(entries: Map<string, Buffer>): number {
  let bytes = 0;
  for (const html of entries.values()) bytes += HEAD + html.length;
  return bytes;
}

/** Adds the entries' records at the end of the file, in one write. */
export function appendKeptFile(path: string, entries: Map<string, Buffer>): void {
  const fd = openSync(path, 'a', 0o600);
  try {
    writeAll(fd, [Buffer.concat(recordsOf(entries))]);
  } finally {
    closeSync(fd);
  }
}

/** Writes the file anew with the entries' records, whole or not at all. */
export function writeKeptFile(path: string, entries: Map<string, Buffer>): void {
  replaceFile(path, [MAGIC, ...recordsOf(entries)]);
}

/** Each entry's head (key, length, hash) and HTML. */
function recordsOf(entries: Map<string, Buffer>): Buffer[] {
  const parts: Buffer[] = [];
  for (const [key, html] of entries) {
    const head = Buffer.alloc(HEAD);
    head.write(key, 0, 'latin1');
    head.writeUInt32LE(html.length, KEY);
    createHash('sha256')
      .update(head.subarray(0, KEY + 4))
      .update(html)
      .digest()
      .copy(head, KEY + 4);
    parts.push(head, html);
  }
  return parts;
}
