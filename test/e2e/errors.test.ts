import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKiln } from '../helpers/run.js';
import { readTree, tempDir } from '../helpers/tree.js';

const CASES = join(import.meta.dirname, '..', 'fixtures-errors');

// Each case: exit code 1, the exact message (file:line), and a destination left as it was.
describe('build errors (SPEC §8)', () => {
  for (const name of readdirSync(CASES).sort()) {
    it(`${name}: exits 1 with its message and leaves the destination untouched`, async () => {
      const dest = tempDir(`err-${name}`);
      mkdirSync(join(dest, 'blog'), { recursive: true });
      writeFileSync(join(dest, 'index.html'), '<p>the previous site</p>\n');
      writeFileSync(join(dest, 'blog', 'old.html'), 'old\n');
      writeFileSync(join(dest, '.kiln-manifest.json'), '{\n  "blog/old.html": "0"\n}\n');
      const before = readTree(dest);
      const beforeManifest = readFileSync(join(dest, '.kiln-manifest.json'));

      const r = await runKiln(['build', '--source', join(CASES, name, 'source'), '--destination', dest, '--quiet']);

      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      const expected = readFileSync(join(CASES, name, 'expected-error.txt'), 'utf8');
      expect(r.stderr).toBe(`${expected}build failed; nothing was written\n`);
      expect(readTree(dest)).toEqual(before);
      expect(readFileSync(join(dest, '.kiln-manifest.json'))).toEqual(beforeManifest);
    });
  }
});

// A build into a destination without a manifest makes its folders while the pages render
// (Staging.prepare, for more outputs than the main thread writes itself): a build that fails then
// leaves nothing, not even a folder. Each case's site, with 200 posts more.
describe('build errors into a new destination', () => {
  for (const name of readdirSync(CASES).sort()) {
    it(`${name}: exits 1 with its message and makes no file or folder`, async () => {
      const source = join(tempDir(`err-new-${name}`), 'source');
      cpSync(join(CASES, name, 'source'), source, { recursive: true });
      mkdirSync(join(source, '_posts'), { recursive: true });
      for (let i = 0; i < 200; i++)
        writeFileSync(join(source, '_posts', `2001-01-01-added-${i}.md`), `---\ntitle: Added ${i}\n---\nText ${i}.\n`);
      const dest = join(dirname(source), 'site');
      const r = await runKiln(['build', '--source', source, '--destination', dest, '--quiet']);
      expect(r.code).toBe(1);
      const expected = readFileSync(join(CASES, name, 'expected-error.txt'), 'utf8');
      expect(r.stderr).toBe(`${expected}build failed; nothing was written\n`);
      expect(existsSync(dest) ? readdirSync(dest, { recursive: true }) : []).toEqual([]);
      // Nothing beside it either (a path outside the destination is refused, never made).
      expect(readdirSync(dirname(dest)).sort()).toEqual(existsSync(dest) ? ['site', 'source'] : ['source']);
    });
  }
});

// A theme's file is named where it is: a gem's in full (the site has no such file to open).
describe('build errors in an installed theme', () => {
  it("names the gem's layout by its full path, and the page it was rendering", async () => {
    const gems = tempDir('gem-home');
    const theme = join(gems, 'gems', 'plain-1.0.0');
    mkdirSync(join(theme, '_layouts'), { recursive: true });
    writeFileSync(
      join(theme, '_layouts', 'default.html'),
      '<body>\n<time>{{ page.date | date_to_xmlschema }}</time>\n</body>\n',
    );
    mkdirSync(join(gems, 'specifications'));
    writeFileSync(
      join(gems, 'specifications', 'plain-1.0.0.gemspec'),
      'Gem::Specification.new do |s|\n  s.name = "plain".freeze\nend\n',
    );
    const src = tempDir('gem-theme-error');
    writeFileSync(join(src, '_config.yml'), 'template_engine: liquid\ntheme: plain\n');
    writeFileSync(join(src, 'index.md'), '---\nlayout: default\ndate: yesterday\n---\nHi\n');
    const r = await runKiln(['build', '--source', src, '--destination', tempDir('out'), '--quiet'], { GEM_HOME: gems });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `${join(theme, '_layouts', 'default.html')}:2: template error: Invalid Date: '"yesterday"' is not a valid datetime.\n` +
        '  while rendering index.md\nbuild failed; nothing was written\n',
    );
  });
});
