import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { OutputFile } from '../render/types.js';
import { MANIFEST_NAME, parseManifest, planWrites, serializeManifest } from './plan-writes.js';

/** Counts for the one-line build report. */
export interface WriteReport {
  readonly written: number;
  readonly unchanged: number;
  readonly removed: number;
  readonly writtenPaths: readonly string[];
  readonly removedPaths: readonly string[];
}

/** Applies the write plan: each file via a temp file and rename, removals last, then the manifest. */
export async function writeSite(destination: string, outputs: readonly OutputFile[]): Promise<WriteReport> {
  const manifestPath = join(destination, MANIFEST_NAME);
  const previous = existsSync(manifestPath) ? parseManifest(readFileSync(manifestPath, 'utf8')) : new Map<string, string>();
  const plan = planWrites(outputs, previous, (path) => existsSync(join(destination, path)));
  await writeAll(plan.write.map(({ file }) => ({ path: join(destination, file.path), bytes: file.bytes })));
  for (const path of plan.remove) {
    const abs = join(destination, path);
    if (existsSync(abs)) unlinkSync(abs);
    removeEmptyParents(dirname(abs), destination);
  }
  const manifestText = serializeManifest(plan.manifest);
  if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== manifestText) writeAtomically(manifestPath, manifestText);
  return {
    written: plan.write.length, unchanged: plan.unchanged, removed: plan.remove.length,
    writtenPaths: plan.write.map((w) => w.file.path), removedPaths: plan.remove,
  };
}

// File-system calls wait on the disk, not the CPU: keep several in flight at once.
const IN_FLIGHT = 16;

/**
 * Writes every file to a temporary name first and renames them into place only when all were
 * written, so a failure half-way (a full disk) leaves the site as it was.
 */
async function writeAll(files: ReadonlyArray<{ path: string; bytes: string | Buffer }>): Promise<void> {
  const temp = (path: string) => `${path}.kiln-tmp-${process.pid}`;
  const dirs = [...new Set(files.map((f) => dirname(f.path)))];
  await inParallel(dirs, (dir) => mkdir(dir, { recursive: true }));
  try {
    await inParallel(files, ({ path, bytes }) => writeFile(temp(path), bytes));
  } catch (e) {
    await inParallel(files, ({ path }) => rm(temp(path), { force: true }));
    throw e;
  }
  await inParallel(files, ({ path }) => rename(temp(path), path));
}

async function inParallel<T>(items: readonly T[], fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, lane));
}

function writeAtomically(path: string, bytes: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.kiln-tmp-${process.pid}`;
  writeFileSync(temp, bytes);
  renameSync(temp, path);
}

function removeEmptyParents(dir: string, root: string): void {
  let current = dir;
  while (current.startsWith(root) && current !== root && existsSync(current) && readdirSync(current).length === 0) {
    rmdirSync(current);
    current = dirname(current);
  }
}
