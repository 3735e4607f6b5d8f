import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli, runKiln } from '../helpers/run.js';
import { diffTrees, readTree, tempDir } from '../helpers/tree.js';

const SOURCE = join(import.meta.dirname, '..', 'fixtures', 'project-blog', 'source');

describe('kiln build on the command line', () => {
  it('prints one report line on stdout and exits 0', async () => {
    const dest = tempDir();
    const r = await runKiln(['build', '--source', SOURCE, '--destination', dest, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^39 written, 0 unchanged, 0 removed in \d+ ms\n$/);
    expect(r.stderr).toBe('');
    const again = await runKiln(['build', '--source', SOURCE, '--destination', dest, '--quiet']);
    expect(again.stdout).toMatch(/^0 written, 39 unchanged, 0 removed in \d+ ms\n$/);
  });

  it('--future and --drafts add the future post and the draft', async () => {
    const dest = tempDir();
    const r = await runKiln(['build', '--source', SOURCE, '--destination', dest, '--quiet', '--future', '--drafts']);
    expect(r.stdout).toMatch(/^42 written/);
  });

  it('exits 2 on an unknown command or flag or a missing command, saying so on stderr', async () => {
    for (const args of [['nonsense'], ['build', '--sauce', '.'], []]) {
      const r = await runKiln(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^kiln( build)?: (unknown|no command)/);
      expect(r.stderr).toContain('--help');
      expect(r.stdout).toBe('');
    }
  });

  it('exits 1 when the source folder does not exist', async () => {
    const r = await runKiln(['build', '--source', '/no/such/folder', '--destination', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/no/such/folder: source folder does not exist');
  });

  it('the installed command (dist/cli.js) runs the same program and exits with its code', () => {
    const dest = tempDir();
    const r = runCli(['build', '--source', SOURCE, '--destination', dest, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^39 written, 0 unchanged, 0 removed in \d+ ms\n$/);
    expect(runCli(['nonsense']).code).toBe(2);
  });

  it('the installed command keeps V8 code cache of each command in KILN_CACHE_DIR, and builds the same from it', () => {
    // Sass is imported (an ES module) by the cached program.
    const source = join(import.meta.dirname, '..', 'fixtures-plugins', 'sass', 'source');
    const cache = tempDir('code-cache');
    // The code cache's files (the folder also holds what builds keep, under markdown/).
    const caches = () =>
      readdirSync(cache, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map(({ name }) => [name, readFileSync(join(cache, name))] as const);
    const build = (env: Record<string, string>) => {
      const dest = tempDir();
      const r = runCli(['build', '--source', source, '--destination', dest, '--quiet'], env);
      expect([r.code, r.stderr]).toEqual([0, '']);
      return readTree(dest);
    };
    const uncached = build({ KILN_DISABLE_CODE_CACHE: '1' });
    const written = [];
    for (let run = 0; run < 2; run++) {
      expect(diffTrees(uncached, build({ KILN_CACHE_DIR: cache }))).toEqual([]);
      written.push(caches());
    }
    // Written by the first build, taken by the second as it was.
    expect(written[0]).toHaveLength(1);
    expect(written[0]![0]![0]).toMatch(/^build-[0-9a-f]{32}\.bin$/);
    expect(written[1]).toEqual(written[0]);
    expect(runCli(['--version'], { KILN_CACHE_DIR: cache }).code).toBe(0);
    expect(
      caches()
        .map(([name]) => name.split('-')[0])
        .sort(),
    ).toEqual(['build', 'other']);
  });

  it('the installed command loads its Markdown program when Markdown is first rendered, with a code cache of its own', () => {
    const cache = tempDir('markdown-program');
    const expected = readTree(join(SOURCE, '..', 'expected'));
    const codeCaches = () =>
      readdirSync(cache)
        .filter((name) => name.endsWith('.bin'))
        .map((name) => [name.split('-')[0], readFileSync(join(cache, name))] as const)
        .sort(([a], [b]) => a!.localeCompare(b!));
    // The first build renders every body: the command's program and the Markdown one each write
    // their cache; the second renders every body again (none kept), from both caches as they were.
    const written = [];
    const envs: Record<string, string>[] = [{}, { KILN_DISABLE_MARKDOWN_CACHE: '1' }];
    for (const env of envs) {
      const dest = tempDir();
      const r = runCli(['build', '--source', SOURCE, '--destination', dest, '--quiet'], {
        KILN_CACHE_DIR: cache,
        ...env,
      });
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(diffTrees(expected, readTree(dest))).toEqual([]);
      written.push(codeCaches());
    }
    expect(written[0]!.map(([name]) => name)).toEqual(['build', 'markdown']);
    expect(written[1]).toEqual(written[0]);
  });

  it("the installed command keeps Intl's answers about the site's zone, and builds the same bytes from them", () => {
    // Europe/Berlin: each post's date is asked of Intl, the first run's answers kept for the second.
    const cache = tempDir('kept-intl');
    const expected = readTree(join(SOURCE, '..', 'expected'));
    for (let run = 0; run < 2; run++) {
      const dest = tempDir();
      const r = runCli(['build', '--source', SOURCE, '--destination', dest, '--quiet'], { KILN_CACHE_DIR: cache });
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(diffTrees(expected, readTree(dest))).toEqual([]);
      const kept = readdirSync(cache).filter((name) => name.startsWith('intl-'));
      expect(kept).toHaveLength(1);
      expect(readFileSync(join(cache, kept[0]!), 'utf8')).toContain('"zones":["Europe/Berlin"]');
    }
  });

  it('the installed command keeps Markdown in KILN_CACHE_DIR, and builds the same bytes from it', () => {
    const cache = tempDir('kept-markdown');
    const expected = readTree(join(SOURCE, '..', 'expected'));
    const kept = () => readdirSync(join(cache, 'markdown'));
    for (let run = 0; run < 2; run++) {
      const dest = tempDir();
      const r = runCli(['build', '--source', SOURCE, '--destination', dest, '--quiet'], { KILN_CACHE_DIR: cache });
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(diffTrees(expected, readTree(dest))).toEqual([]);
      expect(kept()).toEqual([expect.stringMatching(/^[0-9a-f]{32}\.bin$/)]);
    }
    // Turned off, none is kept or read.
    const off = tempDir('kept-markdown-off');
    const dest = tempDir();
    const r = runCli(['build', '--source', SOURCE, '--destination', dest, '--quiet'], {
      KILN_CACHE_DIR: off,
      KILN_DISABLE_MARKDOWN_CACHE: '1',
    });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(diffTrees(expected, readTree(dest))).toEqual([]);
    expect(readdirSync(off)).not.toContain('markdown');
  });

  it('exits only once all its output is out, however slowly a pipe is read', async () => {
    // 900 warnings (about 400 KB, more than pipes hold) on stderr, read only after the report line is out.
    const source = tempDir();
    mkdirSync(join(source, '_posts'));
    for (let i = 0; i < 900; i++)
      writeFileSync(
        join(source, '_posts', `2024-01-01-p${i}.md`),
        `---\nlayout: missing-${i}-${'x'.repeat(300)}\n---\nx\n`,
      );
    const child = spawn(process.execPath, [CLI, 'build', '--source', source, '--destination', tempDir()]);
    child.stderr.pause();
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      if (stdout.includes(' written')) setTimeout(() => child.stderr.resume(), 300);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^900 written/);
    expect(stderr.match(/: warning: layout "missing-\d+-x{300}" does not exist/g)?.length).toBe(900);
  });
});
