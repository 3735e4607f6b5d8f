import { KilnError } from './errors.js';

// What the system's error codes mean to someone building a site.
const MEANINGS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is larger than this system allows',
  ENOTDIR: 'a file stands where a folder is needed',
  EISDIR: 'a folder stands where a file is needed',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  ENAMETOOLONG: 'the name is too long',
};

/**
 * A file-system failure as a build error: `FILE: what was done: what went wrong`, naming the
 * file the system names when it does. Anything that is not a file-system error is thrown as it is.
 */
export function fileSystemError(e: unknown, file: string, doing: string): KilnError {
  const err = e as NodeJS.ErrnoException;
  if (!err || typeof err.code !== 'string' || !err.syscall) throw e;
  const meaning = MEANINGS[err.code] ?? err.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
  return new KilnError(`${doing}: ${meaning} (${err.code})`, err.path ?? file, undefined, { cause: e });
}
