import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDestination, processIdentity, psStartTime, sameProcess } from '../../../src/write/lock.js';
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

  it('records the holder’s start time with its pid: on Linux field 22 of /proc/PID/stat, with the boot', () => {
    const dest = tempDir();
    const lock = lockDestination(dest, 'kiln build', () => {});
    const held = JSON.parse(readFileSync(join(dest, '.kiln-lock'), 'utf8')) as { process: string };
    lock.release();
    const [boot, ticks] = held.process.split('/');
    expect(boot).toBe(readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim());
    // Clock ticks since boot (100 a second on Linux): boot time plus them is when this process began.
    const bootTime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))![1]);
    const began = Date.now() / 1000 - process.uptime();
    expect(Math.abs(bootTime + Number(ticks) / 100 - began)).toBeLessThan(3);
  });

  it('a lock whose pid is alive but started at another time is stale: said so, removed and taken', async () => {
    const other = spawn('sleep', ['60']);
    await new Promise((ready) => other.once('spawn', ready));
    try {
      const pid = other.pid!;
      const since = '2026-01-01T00:00:00.000Z';
      const lockWith = (identity: string | null) => {
        const dest = tempDir();
        writeFileSync(
          join(dest, '.kiln-lock'),
          JSON.stringify({ pid, command: 'kiln build', since, process: identity }),
        );
        return dest;
      };
      // The pid's process now is the one that holds it: refused, naming it.
      const held = lockWith(processIdentity(pid));
      expect(() => lockDestination(held, 'kiln build', () => {})).toThrow(
        `another kiln (kiln build, pid ${pid}, since ${since})`,
      );
      // The same pid, recorded with the start time of another process (this one): a reused pid.
      const reused = lockWith(processIdentity(process.pid));
      const warnings: string[] = [];
      const lock = lockDestination(reused, 'kiln build', (line) => warnings.push(line));
      expect(warnings).toEqual([
        `kiln: removed the lock of a kiln that no longer runs (kiln build, pid ${pid}, a pid another process has now)`,
      ]);
      expect(JSON.parse(readFileSync(join(reused, '.kiln-lock'), 'utf8'))).toMatchObject({ pid: process.pid });
      lock.release();
      expect(other.exitCode).toBe(null);
    } finally {
      other.kill();
    }
  });

  it('where there is no /proc, the start time `ps` gives, to the second, tells processes apart', async () => {
    const began = Math.round(Date.now() / 1000 - process.uptime());
    expect(Math.abs(psStartTime(process.pid)! - began)).toBeLessThanOrEqual(2);
    expect(sameProcess(process.pid, `start/${began}`)).toBe(true);
    expect(sameProcess(process.pid, `start/${began - 3600}`)).toBe(false);
    // A pid nobody has: nothing can be said (the holder's liveness is the kill(0) check's to tell).
    expect(psStartTime(2 ** 22 + 1)).toBe(null);
    expect(sameProcess(2 ** 22 + 1, `start/${began}`)).toBe(null);
  });
});
