import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { createBuildCache } from '../../src/build-cache.js';
import { loadConfig } from '../../src/config/load-config.js';
import { excluded, siteRelative } from '../../src/plugins/relative-links.js';
import type { KilnError } from '../../src/shared/errors.js';
import { createLog } from '../../src/shared/log.js';
import { buildSite } from '../helpers/run.js';
import { diffTrees, readTree, siteFromFiles, tempDir } from '../helpers/tree.js';

// The fixture (test/fixtures-plugins/relative-links) holds what Jekyll wrote; these are what it does not show.

const PLUGIN = 'plugins: [jekyll-relative-links]\n';

async function built(files: Record<string, string>): Promise<(path: string) => string> {
  const src = siteFromFiles(files);
  const dest = tempDir('relative-links-out');
  const result = await buildSite(src, dest);
  expect(result.errors).toEqual([]);
  return (path) => readFileSync(join(dest, path), 'utf8');
}

function configError(yaml: string): string {
  const dir = tempDir('relative-links-config');
  writeFileSync(join(dir, '_config.yml'), yaml);
  try {
    loadConfig({ source: dir }, {});
  } catch (e) {
    return (e as KilnError).format();
  }
  throw new Error('no error');
}

describe('jekyll-relative-links', () => {
  it("rewrites pages' links, and posts' only with collections: true", async () => {
    const files = {
      'index.md': '---\n---\n[a post](_posts/2024-01-02-a.md)\n',
      '_posts/2024-01-02-a.md': '---\n---\n[home](../index.md)\n',
    };
    const plain = await built({ '_config.yml': PLUGIN, ...files });
    expect(plain('index.html')).toBe('<p><a href="/2024/01/02/a.html">a post</a></p>\n');
    expect(plain('2024/01/02/a.html')).toBe('<p><a href="../index.md">home</a></p>\n');
    const all = await built({ '_config.yml': `${PLUGIN}relative_links:\n  collections: true\n`, ...files });
    expect(all('2024/01/02/a.html')).toBe('<p><a href="/">home</a></p>\n');
  });

  it('does nothing with enabled: false, or without the plugin', async () => {
    const page = { 'index.md': '---\n---\n[other](other.md)\n', 'other.md': '---\n---\nx\n' };
    for (const config of [`${PLUGIN}relative_links:\n  enabled: false\n`, 'relative_links:\n  enabled: true\n']) {
      const out = await built({ '_config.yml': config, ...page });
      expect(out('index.html')).toBe('<p><a href="other.md">other</a></p>\n');
    }
  });

  it('reads a body with Windows line ends, and leaves its Liquid to run after', async () => {
    const out = await built({
      '_config.yml': PLUGIN,
      'index.md': '---\n---\r\n{% assign n = 2 %}[other {{ n }}](other.md)\r\n\r\n[ref][r]\r\n\r\n[r]: other.md\r\n',
      'other.md': '---\n---\nx\n',
    });
    // (As Jekyll writes it: the definition's blank line before the end gives one more line.)
    expect(out('index.html')).toBe(
      '<p><a href="/other.html">other 2</a></p>\n\n<p><a href="/other.html">ref</a></p>\n\n',
    );
  });

  it('a watch rebuild sees a file added that a link names, and a post whose URL changes', async () => {
    const src = siteFromFiles({
      '_config.yml': PLUGIN,
      'index.md': '---\n---\n[new](new.md) [post](_posts/2024-01-02-a.md)\n',
      '_posts/2024-01-02-a.md': '---\n---\nA\n',
    });
    const dest = tempDir('relative-links-watch');
    const cache = createBuildCache();
    const log = createLog(true);
    await build({ source: src, destination: dest }, log, cache);
    expect(readFileSync(join(dest, 'index.html'), 'utf8')).toBe(
      '<p><a href="new.md">new</a> <a href="/2024/01/02/a.html">post</a></p>\n',
    );
    writeFileSync(join(src, 'new.md'), '---\npermalink: /fresh/\n---\nnew\n');
    cache.dirty.add(join(src, 'new.md'));
    await build({ source: src, destination: dest }, log, cache);
    writeFileSync(join(src, '_posts/2024-01-02-a.md'), '---\npermalink: /a/\n---\nA\n');
    cache.dirty.add(join(src, '_posts/2024-01-02-a.md'));
    await build({ source: src, destination: dest }, log, cache);
    expect(readFileSync(join(dest, 'index.html'), 'utf8')).toBe(
      '<p><a href="/fresh/">new</a> <a href="/a/">post</a></p>\n',
    );
    const clean = tempDir('relative-links-clean');
    await build({ source: src, destination: clean }, log);
    expect(diffTrees(readTree(clean), readTree(dest)).filter((p) => !p.includes('.kiln-manifest'))).toEqual([]);
  });

  it('finds a path as the plugin does: from the folder, `..` resolved, CGI-decoded', () => {
    expect(siteRelative('../a.md', 'docs/sub')).toBe('docs/a.md');
    expect(siteRelative('/a/./b//c.md', 'docs')).toBe('a/b/c.md');
    expect(siteRelative('my%20file+x.md', '.')).toBe('my file x.md');
    expect(siteRelative('caf%C3%A9.md', '.')).toBe('café.md');
    expect(siteRelative('../../a.md', 'docs')).toBeNull();
  });

  it('exclude: globs as File.fnmatch reads them (`*` crosses folders), or the start of a path', () => {
    expect(excluded(['drafts/'], 'drafts/a/b.md')).toBe(true);
    expect(excluded(['*.markdown'], 'docs/a.markdown')).toBe(true);
    expect(excluded(['docs/[ab].md'], 'docs/b.md')).toBe(true);
    expect(excluded(['docs/[!ab].md'], 'docs/b.md')).toBe(false);
    expect(excluded(['?.md'], 'ab.md')).toBe(false);
    expect(excluded([''], 'a.md')).toBe(false);
  });

  it('what it cannot read in relative_links is an error at its line in _config.yml', () => {
    expect(configError(`${PLUGIN}relative_links: true\n`)).toBe(
      '_config.yml:2: relative_links must be a mapping such as { enabled: true, collections: true }, not "true"',
    );
    expect(configError(`${PLUGIN}relative_links:\n  collections: sometimes\n`)).toBe(
      '_config.yml:3: relative_links.collections must be true or false, not "sometimes"',
    );
    expect(configError(`${PLUGIN}relative_links:\n  exclude: drafts\n`)).toBe(
      '_config.yml:3: relative_links.exclude must be a list of paths, such as [drafts/, "*.markdown"]',
    );
  });
});
