import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputFile } from '../../../src/render/types.js';
import { KilnError, WriteInterrupted } from '../../../src/shared/errors.js';
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
    expect(manifest(dest)).toBe(manifest(fresh));
    // Another list: one output gone, one new.
    const other = await writeSite(dest, [file('a.html', 'a.html'), file('b.html', 'B2'), file('d.html', 'D')], memory);
    expect(other.writtenPaths).toEqual(['d.html']);
    expect(other.removedPaths).toEqual(['c.html']);
    const fresh2 = tempDir();
    await writeSite(fresh2, [file('a.html', 'a.html'), file('b.html', 'B2'), file('d.html', 'D')]);
    expect(manifest(dest)).toBe(manifest(fresh2));
    expect(readTree(dest)).toEqual(readTree(fresh2));
  });
});

describe('the write stage and what it trusts', () => {
  it('a fresh build writes again a file the manifest vouches for but whose length is not its own (a power cut)', async () => {
    const dest = tempDir();
    const pieces = (own: string): OutputFile => ({ path: `${own}.html`, source: own, bytes: [own, 'é shared ', own] });
    const site = () => [file('a.html', 'AAAA'), file('b.html', 'BBBB'), pieces('c'), pieces('d')];
    await writeSite(dest, site());
    // What a power cut after a build can leave: files that came back empty or cut short.
    writeFileSync(join(dest, 'a.html'), '');
    writeFileSync(join(dest, 'c.html'), 'c');
    const again = await writeSite(dest, site());
    expect(again.writtenPaths).toEqual(['a.html', 'c.html']);
    expect(again.unchanged).toBe(2);
    expect(readFileSync(join(dest, 'a.html'), 'utf8')).toBe('AAAA');
    expect(readFileSync(join(dest, 'c.html'), 'utf8')).toBe('cé shared c');
    // Where the lengths agree, a fresh build trusts the manifest and writes nothing.
    expect((await writeSite(dest, site())).writtenPaths).toEqual([]);
  });

  it('never acts on a manifest entry outside the destination: it is ignored with a warning', async () => {
    const root = tempDir();
    const dest = join(root, 'site');
    mkdirSync(dest);
    writeFileSync(join(root, 'precious.txt'), 'keep me');
    writeFileSync(
      join(dest, '.kiln-manifest.json'),
      '{\n  "../precious.txt": "x",\n  "/etc/hostname": "y",\n  ".kiln-lock": "z",\n  "a/../../precious.txt": "w"\n}\n',
    );
    const report = await writeSite(dest, [file('a.html', 'A')]);
    expect(readFileSync(join(root, 'precious.txt'), 'utf8')).toBe('keep me');
    expect(report.removed).toBe(0);
    expect(report.warnings).toEqual([
      '.kiln-manifest.json: ignored the manifest entry "../precious.txt": it leads outside the destination',
      '.kiln-manifest.json: ignored the manifest entry "/etc/hostname": it is absolute',
      `.kiln-manifest.json: ignored the manifest entry ".kiln-lock": .kiln-lock is kiln's own file in the destination`,
      '.kiln-manifest.json: ignored the manifest entry "a/../../precious.txt": it leads outside the destination',
    ]);
  });

  it('refuses an output path that leaves the destination, naming its source, and writes nothing', async () => {
    const dest = tempDir();
    writeFileSync(join(dest, 'a.html'), 'old');
    const before = readTree(dest);
    await expect(
      writeSite(dest, [
        file('a.html', 'A'),
        { path: 'x/../../escape.html', source: '_posts/x.md', bytes: Buffer.from('E') },
      ]),
    ).rejects.toMatchObject({
      file: '_posts/x.md',
      message: 'cannot be written to "x/../../escape.html": it leads outside the destination',
    });
    expect(readTree(dest)).toEqual(before);
    expect(existsSync(join(dest, '..', 'escape.html'))).toBe(false);
  });

  it('refuses an output whose folder is another output file, naming both sources, and writes nothing', async () => {
    const dest = tempDir();
    writeFileSync(join(dest, 'a.html'), 'old');
    const before = readTree(dest);
    await expect(
      writeSite(dest, [
        file('a.html', 'A'),
        { path: 'work', source: '_works/noext', bytes: Buffer.from('N') },
        { path: 'work.html', source: 'work.md', bytes: Buffer.from('W') },
        { path: 'work/salt/index.html', source: '_works/salt.md', bytes: Buffer.from('S') },
      ]),
    ).rejects.toMatchObject({
      file: '_works/salt.md',
      message:
        'cannot be written to "work/salt/index.html": "work" is a file, written from _works/noext (give one of them another permalink)',
    });
    expect(readTree(dest)).toEqual(before);
  });

  it('a page that fails to render while others are staged leaves the destination as it was, staging gone', async () => {
    const dest = tempDir();
    await writeSite(dest, [file('a.html', 'A'), file('b.html', 'B')]);
    const before = readTree(dest);
    const manifestBefore = manifest(dest);
    const failing: OutputFile = {
      path: 'b.html',
      source: 'b.md',
      bytes: () => {
        throw new KilnError('boom', 'b.md', 3);
      },
    };
    await expect(writeSite(dest, [file('a.html', 'A2'), failing, file('c.html', 'C')])).rejects.toThrow('boom');
    expect(readTree(dest)).toEqual(before);
    expect(manifest(dest)).toBe(manifestBefore);
    expect(existsSync(join(dest, '.kiln-staging'))).toBe(false);
  });
});

describe('a commit', () => {
  it('moves a folder the destination lacks whole, and one stopped after a move is finished by the next write', async () => {
    const dest = tempDir();
    await writeSite(dest, [file('b/x.html', 'X')]);
    const site = [
      file('a/1.html', '1'),
      file('a/d/2.html', '2'),
      file('b/x.html', 'X2'),
      file('b/y/3.html', '3'),
      file('c.html', 'C'),
    ];
    let journal = '';
    const stopped = writeSite(dest, site, undefined, (step) => {
      if (step === 'committed') journal = readFileSync(join(dest, '.kiln-staging', 'commit.json'), 'utf8');
      if (step === 'move') throw new Error('stopped');
    });
    await expect(stopped).rejects.toThrow('stopped');
    expect(JSON.parse(journal)).toEqual({
      remove: [],
      move: [
        ['d0', 'a/'],
        ['f1', 'b/x.html'],
        ['d2', 'b/y/'],
        ['f3', 'c.html'],
      ],
    });
    expect(readFileSync(join(dest, 'a', 'd', '2.html'), 'utf8')).toBe('2');
    expect(existsSync(join(dest, 'c.html'))).toBe(false);
    const next = await writeSite(dest, site);
    expect(next.warnings).toEqual([
      'an interrupted build had decided to replace the site: finished (1 folder and 2 files moved into place)',
    ]);
    expect(next.written).toBe(0);
    const fresh = tempDir();
    await writeSite(fresh, site);
    expect(readTree(dest)).toEqual(readTree(fresh));
    expect(manifest(dest)).toBe(manifest(fresh));
  });
  it('finishes a commit whose journal an earlier kiln wrote (entries staged at their own paths under files/)', async () => {
    const dest = tempDir();
    await writeSite(dest, [file('a/x.html', 'X'), file('b.html', 'B')]);
    const site = [file('a/x.html', 'X2'), file('b.html', 'B'), file('c/y.html', 'Y')];
    const fresh = tempDir();
    await writeSite(fresh, site);
    const staging = join(dest, '.kiln-staging');
    mkdirSync(join(staging, 'files', 'a'), { recursive: true });
    mkdirSync(join(staging, 'files', 'c'), { recursive: true });
    writeFileSync(join(staging, 'files', 'a', 'x.html'), 'X2');
    writeFileSync(join(staging, 'files', 'c', 'y.html'), 'Y');
    writeFileSync(join(staging, 'manifest.json'), manifest(fresh));
    writeFileSync(join(staging, 'commit.json'), JSON.stringify({ remove: [], move: ['a/x.html', 'c/'] }));
    const next = await writeSite(dest, site);
    expect(next.warnings).toEqual([
      'an interrupted build had decided to replace the site: finished (1 folder and 1 file moved into place)',
    ]);
    expect(next.written).toBe(0);
    expect(readTree(dest)).toEqual(readTree(fresh));
  });
});

describe('a write stage that fails while replacing the site', () => {
  it('says what it changed, and the next write finishes the job', async () => {
    const dest = tempDir();
    await writeSite(dest, [file('a.html', 'A'), file('b.html', 'B')]);
    // A folder someone made stands where the new site puts a file: the rename into place fails.
    mkdirSync(join(dest, 'c.html'));
    writeFileSync(join(dest, 'c.html', 'keep.txt'), 'k');
    const site = [file('a.html', 'A2'), file('b.html', 'B2'), file('c.html', 'C')];
    const failed = writeSite(dest, site);
    await expect(failed).rejects.toBeInstanceOf(WriteInterrupted);
    await expect(failed).rejects.toThrow(
      /^cannot replace the site: .* 0 of 0 old files removed and 2 of 3 new ones moved into place: the next build finishes replacing the site$/,
    );
    expect(readFileSync(join(dest, 'a.html'), 'utf8')).toBe('A2');
    // Once the folder is gone, the next write completes the commit, then finds nothing to do.
    rmSync(join(dest, 'c.html'), { recursive: true });
    const next = await writeSite(dest, site);
    expect(next.warnings).toEqual([
      'an interrupted build had decided to replace the site: finished (1 file moved into place)',
    ]);
    expect(next.written).toBe(0);
    expect(readTree(dest)).toEqual(
      new Map([
        ['a.html', Buffer.from('A2')],
        ['b.html', Buffer.from('B2')],
        ['c.html', Buffer.from('C')],
      ]),
    );
  });
});
