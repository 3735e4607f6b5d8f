import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CACHED_COMMANDS, codeCacheDir, PROGRAM_END, PROGRAM_START } from '../../../src/cli/code-cache.js';
import { COMMANDS } from '../../../src/cli/commands.js';
import { tempDir } from '../../helpers/tree.js';

const LOADER = pathToFileURL(join(import.meta.dirname, '..', '..', '..', 'dist', 'cli', 'code-cache.js')).href;

/** A program file (a CommonJS module in Node's wrapper, as the bundles are) whose exports say which version of it ran. */
function program(version: number, wrapped = true): string {
  const file = join(tempDir('code-cache-src'), 'program.cjs');
  const imported = join(tempDir('code-cache-import'), 'value.mjs');
  writeFileSync(imported, 'export const value = 7;\n');
  const body =
    `exports.version = ${version};\nexports.twice = (n) => n * 2;\n` +
    `exports.base = require('node:path').basename(__filename);\n` +
    // As src/shared/import-module.ts: the loader's import() when there is one.
    `const url = ${JSON.stringify(pathToFileURL(imported).href)};\n` +
    `exports.load = () => (typeof kilnImport === 'function' ? kilnImport(url) : import(url));\n`;
  writeFileSync(file, wrapped ? `${PROGRAM_START}${body}${PROGRAM_END}` : body);
  return file;
}

/**
 * Loads `file` with the compiled loader in a process of its own, as the installed command does
 * (V8 also keeps what a process compiled, so a second load in one process would tell nothing),
 * then saves the cache; what the program said, whether V8 took the cache, and the stderr.
 */
function load(file: string, dir: string, label = 'build') {
  // The same script each time: Node's flags (-e and its text among them) are part of the cache's key.
  const script = `
    import { requireWithCodeCache } from ${JSON.stringify(LOADER)};
    const [file, dir, label] = process.argv.slice(1);
    const p = requireWithCodeCache(file, label, dir);
    const e = p.exports;
    const said = [e.version, e.twice(21), e.base, (await e.load()).value];
    p.save();
    console.log(JSON.stringify({ said, fromCache: p.fromCache }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, file, dir, label], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { said: unknown[]; fromCache: boolean };
}

const cacheFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.bin'));

describe('the code cache of the installed command (src/cli/code-cache.ts)', () => {
  it('runs the file as require would run the module in it, writes the cache at exit, and runs the same program from it', () => {
    const file = program(1);
    const dir = join(tempDir('code-cache'), 'cache');
    expect(load(file, dir)).toEqual({ said: [1, 42, 'program.cjs', 7], fromCache: false });
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(load(file, dir)).toEqual({ said: [1, 42, 'program.cjs', 7], fromCache: true });
  });

  it('refuses a file that is not in the wrapper the bundles are written in', () => {
    const file = program(1, false);
    expect(() => load(file, tempDir('code-cache'))).toThrow(
      `${file} is not a program file of kiln's (scripts/bundle-cli.mjs makes them)`,
    );
  });

  it('runs a changed file, not the cache of the file it was', () => {
    const file = program(1);
    const dir = tempDir('code-cache');
    load(file, dir);
    // Same length: V8 alone would take the old cache for it.
    writeFileSync(file, readFileSync(file, 'utf8').replace('version = 1', 'version = 2'));
    expect(load(file, dir)).toMatchObject({ said: [2, 42, 'program.cjs', 7], fromCache: false });
  });

  it('ignores a cache that is damaged, cut short or refused by V8, and writes a good one in its place', () => {
    const file = program(3);
    const dir = tempDir('code-cache');
    load(file, dir);
    const [name] = cacheFiles(dir);
    const path = join(dir, name!);
    const good = readFileSync(path);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 10]! ^= 0xff;
    // The right header and checksum around bytes V8 does not take.
    const junk = Buffer.alloc(64, 7);
    const check = Buffer.alloc(4);
    check.writeUInt32LE(crc32(junk));
    const refused = Buffer.concat([good.subarray(0, 18), check, junk]);
    for (const bad of [flipped, good.subarray(0, good.length >> 1), Buffer.alloc(0), refused]) {
      writeFileSync(path, bad);
      expect(load(file, dir)).toEqual({ said: [3, 42, 'program.cjs', 7], fromCache: false });
      expect(load(file, dir).fromCache).toBe(true);
    }
  });

  it('keeps one cache per command, and loads without one where it cannot write', () => {
    const file = program(4);
    const dir = tempDir('code-cache');
    load(file, dir, 'build');
    expect(load(file, dir, 'serve').fromCache).toBe(false);
    expect(load(file, dir, 'build').fromCache).toBe(true);
    expect(cacheFiles(dir).sort()).toEqual([expect.stringMatching(/^build-/), expect.stringMatching(/^serve-/)]);
    // Help and mistyped commands share one.
    load(file, dir, 'buidl');
    expect(load(file, dir, '--help').fromCache).toBe(true);
    expect(cacheFiles(dir)).toHaveLength(3);
    expect([...CACHED_COMMANDS].sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    // A file where the folder should be.
    const blocked = join(tempDir('code-cache'), 'file');
    writeFileSync(blocked, '');
    expect(load(file, join(blocked, 'cache'))).toEqual({ said: [4, 42, 'program.cjs', 7], fromCache: false });
  });

  it.runIf(process.platform !== 'win32')('uses no folder others may write to', () => {
    const file = program(5);
    const dir = tempDir('code-cache');
    chmodSync(dir, 0o777);
    for (let run = 0; run < 2; run++)
      expect(load(file, dir)).toMatchObject({ said: [5, 42, 'program.cjs', 7], fromCache: false });
    expect(readdirSync(dir)).toEqual([]);
    chmodSync(dir, 0o700);
    load(file, dir);
    expect(load(file, dir).fromCache).toBe(true);
  });

  it('keeps the cache in the user cache folder, or KILN_CACHE_DIR, or nowhere when disabled', () => {
    expect(codeCacheDir({ KILN_CACHE_DIR: '/x/y' })).toBe('/x/y');
    expect(codeCacheDir({ KILN_CACHE_DIR: '/x/y', KILN_DISABLE_CODE_CACHE: '1' })).toBeUndefined();
    if (process.platform === 'linux') {
      expect(codeCacheDir({ XDG_CACHE_HOME: '/c' })).toBe('/c/kiln');
      expect(codeCacheDir({})).toMatch(/\/\.cache\/kiln$/);
    }
  });
});
