import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/run.js';
import { siteFromFiles, tempDir } from '../helpers/tree.js';

const PUBLISH = join(import.meta.dirname, '..', '..', 'scripts', 'publish.mjs');
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

describe('npm run publish', () => {
  it('commits the built site to the publishing branch and pushes it, leaving the working branch alone', () => {
    const repo = siteFromFiles({
      '_config.yml': 'title: Pub\n',
      '_posts/2021-07-07-hello.md': '---\ntitle: Hello\n---\nHi.\n',
      'index.html': '---\n---\n{% for p in site.posts %}{{ p.title }}{% endfor %}\n',
    });
    const remote = tempDir('remote');
    git(remote, 'init', '--bare', '-q');
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.email', 't@example.org');
    git(repo, 'config', 'user.name', 'T');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'Site source');
    git(repo, 'remote', 'add', 'origin', remote);
    const head = git(repo, 'rev-parse', 'HEAD');

    const out = execFileSync(process.execPath, [PUBLISH, '--cli', CLI, '--push', 'origin'], {
      cwd: repo,
      encoding: 'utf8',
      stdio: 'pipe',
    });

    expect(out).toMatch(/^asf-site is now [0-9a-f]{10}: Publish site from [0-9a-f]{10}$/m);
    expect(git(remote, 'ls-tree', '-r', '--name-only', 'asf-site').split('\n')).toEqual([
      '2021/07/07/hello.html',
      'index.html',
    ]);
    expect(git(remote, 'show', 'asf-site:index.html')).toBe('Hello');
    expect(git(remote, 'log', '-1', '--format=%B', 'asf-site')).toContain(`Source commit: ${head}`);
    // The working branch, its index and its files are as they were (content/ is the build's).
    expect(git(repo, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(repo, 'diff', '--cached', '--name-only')).toBe('');
    expect(readFileSync(join(repo, 'content', 'index.html'), 'utf8')).toBe('Hello\n');

    const again = execFileSync(process.execPath, [PUBLISH, '--cli', CLI], {
      cwd: repo,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    expect(again).toMatch(/nothing to publish/);
  });
});
