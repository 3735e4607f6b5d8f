import { ADDRESSABLE_NFKC_CHANGES, ADDRESSABLE_NFKC_OLDER } from './addressable-nfkc-data.js';

// Ruby's Addressable puts a URI's components in NFKC with its own table, from Unicode 3.2: a
// character it has no entry for (`﷼`, `ₐ`, `㉑`, `𝒳`…) it leaves as it is, where today's NFKC
// folds it. The table (scripts/addressable-nfkc.rb) is read on the first text that needs it.

/** Start and end of each range of characters Addressable's NFKC changes, in order. */
let changes: Uint32Array | undefined;

function loadChanges(): Uint32Array {
  const ranges = ADDRESSABLE_NFKC_CHANGES.split(',');
  const out = new Uint32Array(ranges.length * 2);
  ranges.forEach((range, i) => {
    const [start, end = start] = range.split('-') as [string, string?];
    out[2 * i] = Number.parseInt(start, 16);
    out[2 * i + 1] = Number.parseInt(end, 16);
  });
  return out;
}

function addressableChanges(cp: number): boolean {
  changes ??= loadChanges();
  let lo = 0;
  let hi = changes.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < changes[2 * mid]!) hi = mid - 1;
    else if (cp > changes[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Text in NFKC as Addressable 2.8.1 makes it: a character today's NFKC changes but Addressable's
 * table does not is kept, and the text between such characters is normalised on its own.
 */
export function addressableNfkc(text: string): string {
  const nfkc = text.normalize('NFKC');
  // NFKC changes no character of its own output: nothing to keep.
  if (nfkc === text) return text;
  let out = '';
  let run = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const older = ADDRESSABLE_NFKC_OLDER[cp];
    if (older !== undefined) run += older;
    else if (cp > 0x7f && !addressableChanges(cp) && ch.normalize('NFKC') !== ch) {
      out += run.normalize('NFKC') + ch;
      run = '';
    } else run += ch;
  }
  return out + run.normalize('NFKC');
}
