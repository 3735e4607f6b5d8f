import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/run.js';
import { siteFromFiles, tempDir } from '../helpers/tree.js';

const PUBLISH = join(import.meta.dirname, '..', '..', 'scripts', 'publish-site.mjs');
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

describe('npm run publish-site', () => {
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

  it('refuses uncommitted changes unless told, prints its help, and names a bad remote without a stack trace', () => {
    const repo = siteFromFiles({ '_config.yml': 'title: Pub\n', 'index.html': '---\n---\nHi\n' });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '.');
    git(repo, '-c', 'user.email=t@example.org', '-c', 'user.name=T', 'commit', '-q', '-m', 'Site source');
    writeFileSync(join(repo, 'index.html'), '---\n---\nChanged\n');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [PUBLISH, '--cli', CLI, ...args], { cwd: repo, encoding: 'utf8' });
    const dirty = run();
    expect(dirty.status).toBe(1);
    expect(dirty.stderr).toBe(
      'publish-site: uncommitted changes; commit them first, or publish anyway with --allow-dirty:\nM index.html\n',
    );
    expect(() => git(repo, 'rev-parse', '--verify', '--quiet', 'refs/heads/asf-site')).toThrow();
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--allow-dirty');
    const badRemote = run('--allow-dirty', '--push', 'nowhere');
    expect(badRemote.status).toBe(1);
    expect(badRemote.stderr).toMatch(
      /^publish-site: git push nowhere refs\/heads\/asf-site:refs\/heads\/asf-site failed: /,
    );
    expect(badRemote.stderr).not.toMatch(/\n\s+at /);
    const unknown = run('--nope');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(
      /^publish-site: Unknown option '--nope'\n\(npm run publish-site -- --help lists the options\)\n$/,
    );
  });
});
