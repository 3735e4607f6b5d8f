// Fetch and render posts.
import { readFile } from 'node:fs/promises';

const PATTERN = /^(\d{4})-(\d\d)-(\d\d)-(.+)\.md$/i;
let count = 0;

/**
 * Parses a post's file name.
 */
export async function parse(name, options = {}) {
  const m = PATTERN.exec(name);
  if (!m) throw new Error(`not a post: ${name}`);
  const [, year, month, day, slug] = m;
  const text = await readFile(name, 'utf8');
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  count += words.length / 2;
  return { year: Number(year), month, day, slug, words: words.length, draft: false };
}

class Cache extends Map {
  constructor(limit = 0x100) {
    super();
    this.limit = limit;
  }
  get size2() { return this.size * 2.5; }
}

console.log(typeof parse === "function", null, undefined, NaN);
