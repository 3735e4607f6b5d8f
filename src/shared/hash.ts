import { createHash } from 'node:crypto';

/** The content hash kiln records for an output file. */
export function hashBytes(bytes: string | Buffer): string {
  return createHash('sha1').update(bytes).digest('hex');
}
