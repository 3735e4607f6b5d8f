import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync, type Stats } from 'node:fs';

/** A text file as read: its stat, and its text when it is UTF-8, else its bytes (to be reported). */
export type TextRead =
  | { stat: Stats; text: string; bytes?: undefined }
  | { stat: Stats; text?: undefined; bytes: Buffer };

/**
 * Reads text files (posts, drafts, layouts) with one open, fstat, read and close each, into a
 * buffer kept from file to file (a stat and Node's readFileSync made six calls and a buffer per
 * file). Each text is its own string: texts sliced out of one large string for many files were
 * tried, and made every later stage slower than reading saved.
 */
export class TextReader {
  private buffer = Buffer.alloc(0);

  /**
   * Reads a file, unless `unchanged` says from its stat that what was read before holds (then
   * null); file-system errors are thrown.
   */
  read(abs: string, unchanged: (stat: Stats) => boolean): TextRead | null {
    const fd = openSync(abs, 'r');
    let stat: Stats;
    let got: number;
    try {
      stat = fstatSync(fd);
      if (unchanged(stat)) return null;
      // One byte more than the file holds: a read that fills it means the file grew meanwhile.
      if (this.buffer.length < stat.size + 1) this.buffer = Buffer.allocUnsafe(Math.max(stat.size + 1, 1 << 16));
      got = readSync(fd, this.buffer, 0, stat.size + 1, null);
    } finally {
      closeSync(fd);
    }
    if (got > stat.size) return bytesOrText(stat, readFileSync(abs));
    return bytesOrText(stat, this.buffer.subarray(0, got), true);
  }
}

function bytesOrText(stat: Stats, bytes: Buffer, shared = false): TextRead {
  // ASCII (most files) is UTF-8 whose every byte is its character: copied, not decoded.
  if (isAscii(bytes)) return { stat, text: bytes.toString('latin1') };
  if (isUtf8(bytes)) return { stat, text: bytes.toString('utf8') };
  return { stat, bytes: shared ? Buffer.from(bytes) : bytes };
}
