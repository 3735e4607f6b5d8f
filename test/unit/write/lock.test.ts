import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDestination } from '../../../src/write/lock.js';
import { tempDir } from '../../helpers/tree.js';

describe('the destination lock', () => {
  it('is written whole: the lock file holds this process, and no draft is left beside it', () => {
    const dest = tempDir();
    const lock = lockDestination(dest, 'kiln build', () => {});
    const held = JSON.parse(readFileSync(join(dest, '.kiln-lock'), 'utf8')) as { pid: number; command: string };
    expect(held).toMatchObject({ pid: process.pid, command: 'kiln build' });
    expect(readdirSync(dest)).toEqual(['.kiln-lock']);
    lock.release();
    expect(existsSync(join(dest, '.kiln-lock'))).toBe(false);
  });

  it('an empty or damaged lock is nobody’s, even with a modification time in the future', () => {
    for (const text of ['', '{"pid":', 'not json\n']) {
      const dest = tempDir();
      writeFileSync(join(dest, '.kiln-lock'), text);
      // Some file systems' clocks run ahead of the process's: a damaged lock must not look fresh for ever.
      const later = new Date(Date.now() + 3_600_000);
      utimesSync(join(dest, '.kiln-lock'), later, later);
      const warnings: string[] = [];
      const lock = lockDestination(dest, 'kiln build', (line) => warnings.push(line));
      expect(warnings).toEqual(['kiln: removed the lock of a kiln that no longer runs']);
      lock.release();
    }
  });

  it('drafts left by a kiln killed before it linked its lock are removed by the next holder', () => {
    const dest = tempDir();
    writeFileSync(join(dest, '.kiln-lock.draft-999999'), '{"pid":999999}\n');
    writeFileSync(join(dest, 'page.html'), 'kept\n');
    const lock = lockDestination(dest, 'kiln build', () => {});
    expect(readdirSync(dest).sort()).toEqual(['.kiln-lock', 'page.html']);
    lock.release();
  });

  it('a live holder keeps it: the second kiln is told who holds it', () => {
    const dest = tempDir();
    const first = lockDestination(dest, 'kiln watch', () => {});
    expect(() => lockDestination(dest, 'kiln build', () => {})).toThrow(
      new RegExp(`another kiln \\(kiln watch, pid ${process.pid}, since [^)]+\\) is writing this destination`),
    );
    first.release();
  });
});
