import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputFile } from '../../../src/render/types.js';
import { hashBytes } from '../../../src/shared/hash.js';
import { type ManifestMemory, writeSite } from '../../../src/write/write-site.js';
import { readTree, tempDir } from '../../helpers/tree.js';

const file = (path: string, text: string): OutputFile => ({ path, source: path, bytes: Buffer.from(text) });
const manifest = (dest: string) => readFileSync(join(dest, '.kiln-manifest.json'), 'utf8');

describe('the write stage', () => {
  it('writes the manifest in path order whatever order the outputs come in', async () => {
    const dest = tempDir();
    await writeSite(dest, [file('b.html', 'B'), file('a/x.html', 'X'), file('a.html', 'A')]);
    expect(manifest(dest)).toBe(
      `{\n  "a.html": "${hashBytes(Buffer.from('A'))}",\n  "a/x.html": "${hashBytes(Buffer.from('X'))}",\n` +
        `  "b.html": "${hashBytes(Buffer.from('B'))}"\n}\n`,
    );
  });

  it('in watch, writes only what changed and leaves the manifest a fresh process would write', async () => {
    const memory: ManifestMemory = {};
    const dest = tempDir();
    const site = ['a.html', 'b.html', 'c.html'];
    await writeSite(
      dest,
      site.map((p) => file(p, p)),
      memory,
    );
    // The same list of outputs, one changed: compared by position.
    const same = await writeSite(
      dest,
      site.map((p) => file(p, p === 'b.html' ? 'B2' : p)),
      memory,
    );
    expect(same.writtenPaths).toEqual(['b.html']);
    // The manifest follows the report.
    await memory.writing;
    const fresh = tempDir();
    await writeSite(
      fresh,
      site.map((p) => file(p, p === 'b.html' ? 'B2' : p)),
    );
    expect(manifest(dest)).toBe(manifest(fresh));
    // Nothing changed: nothing written, the manifest as it was.
    const none = await writeSite(
      dest,
      site.map((p) => file(p, p === 'b.html' ? 'B2' : p)),
      memory,
    );
    expect(none.written).toBe(0);
    await memory.writing;
    expect(manifest(dest)).toBe(manifest(fresh));
    // Another list: one output gone, one new.
    const other = await writeSite(dest, [file('a.html', 'a.html'), file('b.html', 'B2'), file('d.html', 'D')], memory);
    expect(other.writtenPaths).toEqual(['d.html']);
    expect(other.removedPaths).toEqual(['c.html']);
    await memory.writing;
    const fresh2 = tempDir();
    await writeSite(fresh2, [file('a.html', 'a.html'), file('b.html', 'B2'), file('d.html', 'D')]);
    expect(manifest(dest)).toBe(manifest(fresh2));
    expect(readTree(dest)).toEqual(readTree(fresh2));
  });

  it('in watch, a manifest that cannot be written is removed, and the next rebuild writes every file again', async () => {
    const memory: ManifestMemory = {};
    const dest = tempDir();
    await writeSite(dest, [file('a.html', 'A'), file('b.html', 'B')], memory);
    await memory.writing;
    // The manifest's temporary file cannot be made: a folder stands in its place.
    mkdirSync(join(dest, `.kiln-manifest.json.kiln-tmp-${process.pid}`));
    expect((await writeSite(dest, [file('a.html', 'A2'), file('b.html', 'B')], memory)).writtenPaths).toEqual([
      'a.html',
    ]);
    await memory.writing;
    expect(existsSync(join(dest, '.kiln-manifest.json'))).toBe(false);
    rmSync(join(dest, `.kiln-manifest.json.kiln-tmp-${process.pid}`), { recursive: true });
    expect((await writeSite(dest, [file('a.html', 'A2'), file('b.html', 'B')], memory)).writtenPaths).toEqual([
      'a.html',
      'b.html',
    ]);
  });
});
