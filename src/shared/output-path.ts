/** kiln's own files in the destination, which no output may be named: the manifest, the staging folder, the lock. */
export const MANIFEST_NAME = '.kiln-manifest.json';
export const STAGING_NAME = '.kiln-staging';
export const LOCK_NAME = '.kiln-lock';
const RESERVED = new Set([MANIFEST_NAME, STAGING_NAME, LOCK_NAME]);
// Segments that neither are empty nor start with `.`, without a backslash or NUL anywhere.
const SAFE = /^[^/.\\\0][^/\\\0]*(?:\/[^/.\\\0][^/\\\0]*)*$/;

/**
 * Why `path` may not be written under the destination, or null when it may: an output path is
 * relative, `/`-separated and already normal (no empty, `.` or `..` segment), so joined to the
 * destination it stays inside it.
 */
export function unsafeOutputPath(path: string): string | null {
  // Most paths: no segment starts with `.` (so none is `.`, `..` or kiln's own), none is empty,
  // nothing is a backslash or NUL. One test, no segments cut.
  if (SAFE.test(path)) return null;
  if (path === '') return 'it is empty';
  if (path.includes('\0')) return 'it holds a NUL character';
  if (path.includes('\\')) return 'it holds a backslash';
  if (path.startsWith('/')) return 'it is absolute';
  const parts = path.split('/');
  if (parts.includes('..')) return 'it leads outside the destination';
  if (parts.some((p) => p === '' || p === '.')) return 'it has an empty or "." segment';
  const top = parts[0]!;
  // `.kiln-lock.draft-PID` too: the lock's drafts (write/lock.ts).
  if (RESERVED.has(top) || top.startsWith(`${LOCK_NAME}.`)) return `${top} is kiln's own file in the destination`;
  return null;
}
