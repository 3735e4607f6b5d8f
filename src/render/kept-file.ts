// The file what builds keep lives in (kept.ts): a magic line, then records, each a key, the
// length of what is kept (32-bit), the CRC-32 of the two and of what is kept, then what is kept.
// A build that made a few things appends their records; one that leaves more stale records than
// live writes the file anew. A record that is cut short or does not match its check ends the
// file as read (a build killed while appending, two appending at once): what follows it is not
// used, and the next build writes the file anew. (The keys are SHA-256 hashes of the sources;
// the check only finds damage, for which CRC-32 is enough, and it reads 40 MB in 10-13 ms where
// SHA-256 took 48-54.)
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { replaceFileSoon, writeAllSoon } from '../shared/checked-file.js';

const MAGIC = Buffer.from('kiln kept renders 3\n');
const KEY = 32;
const HEAD = KEY + 4 + 4;

/**
 * A record's check: the CRC-32 of its key and length, then of what it keeps. (Node's crc32 gives 0
 * for an empty buffer with memory of its own, as a worker's empty HTML has, whatever it is to go on
 * from.)
 */
function checkOf(head: Buffer, kept: Buffer): number {
  const sum = crc32(head);
  return kept.length ? crc32(kept, sum) : sum;
}

/** What a file holds: entries by key (the last record of a key wins), its records' bytes, and whether all of it was read. */
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
    if (checkOf(data.subarray(at, at + KEY + 4), data.subarray(at + HEAD, end)) !== data.readUInt32LE(at + KEY + 4))
      break;
    held.set(data.toString('latin1', at, at + KEY), data.subarray(at + HEAD, end));
    at = end;
  }
  return { held, bytes: at - MAGIC.length, whole: at === data.length };
}

/** The bytes `entries` take as records. */
export function recordBytes(entries: Map<string, Buffer>): number {
  let bytes = 0;
  for (const kept of entries.values()) bytes += HEAD + kept.length;
  return bytes;
}

/**
 * Adds the entries' records at the end of the file, in one write (two builds appending at once do
 * not interleave), on Node's thread pool.
 */
export function appendKeptFile(path: string, entries: Map<string, Buffer>): Promise<void> {
  return writeAllSoon(path, 'a', [Buffer.concat(recordsOf(entries))]);
}

/** Writes the file anew with the entries' records, whole or not at all, on Node's thread pool. */
export function writeKeptFile(path: string, entries: Map<string, Buffer>): Promise<void> {
  return replaceFileSoon(path, [MAGIC, ...recordsOf(entries)]);
}

/** Each entry's head (key, length, check) and what is kept. */
function recordsOf(entries: Map<string, Buffer>): Buffer[] {
  const parts: Buffer[] = [];
  for (const [key, kept] of entries) {
    const head = Buffer.alloc(HEAD);
    head.write(key, 0, 'latin1');
    head.writeUInt32LE(kept.length, KEY);
    head.writeUInt32LE(checkOf(head.subarray(0, KEY + 4), kept), KEY + 4);
    parts.push(head, kept);
  }
  return parts;
}
