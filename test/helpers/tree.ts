import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Every file under `root` (relative paths, sorted), leaving out the write manifest and a running watch's lock. */
export function listFiles(root: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, rel));
    else if (entry.name !== '.kiln-manifest.json' && entry.name !== '.kiln-lock') out.push(rel);
  }
  return out.sort();
}

/** Reads a whole tree into path → bytes. */
export function readTree(root: string): Map<string, Buffer> {
  return new Map(listFiles(root).map((p) => [p, readFileSync(join(root, p))]));
}

/** Differences between two trees, in words a reader can act on (missing, extra, first differing line). */
export function diffTrees(expected: Map<string, Buffer>, actual: Map<string, Buffer>): string[] {
  const problems: string[] = [];
  for (const [path, bytes] of expected) {
    const got = actual.get(path);
    if (!got) problems.push(`missing: ${path}`);
    else if (!got.equals(bytes)) {
      const a = bytes.toString('utf8').split('\n'),
        b = got.toString('utf8').split('\n');
      const i = a.findIndex((line, k) => line !== b[k]);
      const at = i < 0 ? a.length : i;
      problems.push(
        `differs: ${path} line ${at + 1}\n  expected: ${a[at] ?? '(end)'}\n  actual:   ${b[at] ?? '(end)'}`,
      );
    }
  }
  for (const path of actual.keys()) if (!expected.has(path)) problems.push(`extra: ${path}`);
  return problems;
}

/** Replaces `dir` with the given tree. */
export function writeTree(dir: string, tree: Map<string, Buffer>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, bytes] of tree) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
}

const made: string[] = [];

/** Removes the temporary folders made so far (after each test file: test/helpers/setup.ts). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh temporary folder, removed when its test file is done. */
export function tempDir(name = 'kiln-test'): string {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  made.push(dir);
  return dir;
}

/** Writes an inline site (path → text) into a temporary folder and returns it. */
export function siteFromFiles(files: Record<string, string>): string {
  const dir = tempDir('kiln-site');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
