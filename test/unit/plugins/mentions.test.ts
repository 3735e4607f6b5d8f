import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { mentionify } from '../../../src/plugins/github/mentions.js';
import { buildSite } from '../../helpers/run.js';
import { tempDir } from '../../helpers/tree.js';

// Pages and what jekyll-mentions 1.6.0 (Nokogiri) made of them: scripts/mentions-oracle.rb.
const CASES = JSON.parse(readFileSync(join(import.meta.dirname, 'mentions-cases.json'), 'utf8')) as {
  name: string;
  html: string;
  expected: string;
}[];

describe('jekyll-mentions: each page as the plugin writes it', () => {
  for (const c of CASES) it(c.name, () => expect(mentionify(c.html, 'https://github.com')).toBe(c.expected));

  it('a base URL ending in / or ~ is joined as it is', () => {
    expect(mentionify('<p>@a</p>', 'https://x.org/~')).toBe(
      '<p><a href="https://x.org/~a" class="user-mention">@a</a></p>',
    );
    expect(mentionify('<p>@a</p>', 'https://x.org/u/')).toBe(
      '<p><a href="https://x.org/u/a" class="user-mention">@a</a></p>',
    );
  });
});

function site(config: string, files: Record<string, string> = {}): string {
  const dir = tempDir('mentions');
  writeFileSync(join(dir, '_config.yml'), config);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('jekyll-mentions: where links go', () => {
  const base = (config: string, env: NodeJS.ProcessEnv = {}) =>
    loadConfig({ source: site(`plugins: [jekyll-mentions]\n${config}`) }, env).github?.mentionsBase;

  it('GitHub, or the GitHub Enterprise host of SSL and GITHUB_HOSTNAME (both set)', () => {
    expect(base('')).toBe('https://github.com');
    expect(base('', { SSL: 'true', GITHUB_HOSTNAME: 'git.corp.example/' })).toBe('https://git.corp.example');
    expect(base('', { SSL: 'false', GITHUB_HOSTNAME: 'git.corp.example' })).toBe('http://git.corp.example');
    expect(base('', { GITHUB_HOSTNAME: 'git.corp.example' })).toBe('https://github.com');
  });

  it('jekyll-mentions: a URL, or a mapping with base_url (without one, the default)', () => {
    expect(base('jekyll-mentions: https://twitter.com\n')).toBe('https://twitter.com');
    expect(base('jekyll-mentions:\n  base_url: https://x.org/u\n')).toBe('https://x.org/u');
    expect(base('jekyll-mentions: {}\n')).toBe('https://github.com');
  });

  it('anything else is an error at its line of _config.yml', () => {
    expect(() => base('title: x\njekyll-mentions: true\n')).toThrow(
      expect.objectContaining({
        file: '_config.yml',
        line: 3,
        message: 'jekyll-mentions must be a URL or a mapping such as { base_url: https://github.com }, not "true"',
      }),
    );
    expect(() => base('jekyll-mentions:\n  base_url: [a]\n')).toThrow(
      'jekyll-mentions.base_url must be a URL such as https://github.com, not a list',
    );
  });

  it("a page's own value that is neither is an error at its front matter line", async () => {
    const dir = site('plugins: [jekyll-mentions]\n', { 'a.md': '---\ntitle: A\njekyll-mentions: 5\n---\nHi @bob\n' });
    const r = await buildSite(dir, join(dir, '_site'));
    expect(r.errors).toEqual([
      'a.md:3: jekyll-mentions must be a URL or a mapping such as { base_url: https://github.com }, not "5"',
    ]);
  });

  it('without the plugin, @name stays as written', async () => {
    const dir = site('title: x\n', { 'a.md': '---\n---\nHi @bob<br/>\n' });
    await buildSite(dir, join(dir, '_site'));
    expect(readFileSync(join(dir, '_site', 'a.html'), 'utf8')).toBe('<p>Hi @bob<br /></p>\n');
  });
});
