import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKiln } from '../helpers/run.js';
import { tempDir } from '../helpers/tree.js';

const POST = join(import.meta.dirname, '..', '..', '_posts', '2026-11-02-getting-started.md');

/** The code block that follows the block holding the command `marker` in the post. */
function blockAfter(text: string, marker: string): string {
  const at = text.indexOf(marker);
  expect(at, marker).toBeGreaterThan(-1);
  const end = text.indexOf('```', at) + 3;
  const m = /```\w*\n([\s\S]*?)```/.exec(text.slice(end));
  return m![1]!;
}

describe('kiln init', () => {
  it('writes a starter site that builds and passes kiln check', async () => {
    const dir = join(tempDir(), 'site');
    const init = await runKiln(['init', dir]);
    expect(init.code).toBe(0);
    expect(init.stderr).toContain('a new site is in');
    const build = await runKiln(['build', '-s', dir, '-q']);
    expect(build.code).toBe(0);
    const check = await runKiln(['check', '-s', dir]);
    expect(check.stdout).toMatch(/: 0 problems\n$/);
    expect(check.code).toBe(0);
    const built = readdirSync(join(dir, 'content'), { recursive: true }).map(String).sort();
    expect(built).toEqual(expect.arrayContaining(['404.html', 'about.html', 'blog/feed.xml', 'blog/index.html']));
  });

  it('refuses a folder that holds anything but an npm project, and changes nothing in it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mine.txt'), 'mine\n');
    writeFileSync(join(dir, 'package.json'), '{}\n');
    const r = await runKiln(['init', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `${dir}: holds mine.txt; kiln init writes a new site only into a new or empty folder (package.json, node_modules and dotfiles may be there)\n`,
    );
    expect(readdirSync(dir).sort()).toEqual(['mine.txt', 'package.json']);
    for (const name of ['about.md', 'b', 'c', 'd']) writeFileSync(join(dir, name), '');
    expect((await runKiln(['init', dir])).stderr).toMatch(/^\S+: holds about\.md, b, c and 2 more; /);
  });

  it('writes into the folder of an npm project (npm init, npm install kiln-ssg), which the build leaves out', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), '{ "name": "my-site" }\n');
    writeFileSync(join(dir, 'package-lock.json'), '{}\n');
    writeFileSync(join(dir, '.gitignore'), 'content/\n');
    mkdirSync(join(dir, 'node_modules', 'kiln-ssg'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'kiln-ssg', 'package.json'), '{}\n');
    const init = await runKiln(['init', dir], { npm_command: 'exec' });
    expect(init.code).toBe(0);
    // The files it wrote, and nothing of what was there before.
    expect(
      init.stdout
        .trimEnd()
        .split('\n')
        .map((p) => relative(dir, p)),
    ).toEqual([
      '404.html',
      '_config.yml',
      '_layouts/default.html',
      '_layouts/post.html',
      expect.stringMatching(/^_posts\/\d{4}-\d\d-\d\d-welcome\.md$/),
      'about.md',
      'blog/feed.xml',
      'blog/index.html',
      'css/site.css',
      'index.html',
    ]);
    // Run by npx, it names the next commands as npx runs them.
    expect(init.stderr).toBe(
      `kiln: a new site is in ${dir}; cd ${dir} && npx kiln serve shows it while you write, npx kiln build builds it\n`,
    );
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe('{ "name": "my-site" }\n');
    expect((await runKiln(['build', '-s', dir, '-q'])).code).toBe(0);
    expect(readdirSync(join(dir, 'content')).sort()).toEqual([
      '.kiln-manifest.json',
      '404.html',
      'about.html',
      'blog',
      'css',
      'index.html',
      'news',
    ]);
    expect((await runKiln(['check', '-s', dir])).code).toBe(0);
  });
});

describe('the getting-started post is true', () => {
  it('following it gives the files, the build line, the check line and the draft it shows', async () => {
    const post = readFileSync(POST, 'utf8');
    const cwd = process.cwd();
    const home = tempDir();
    process.chdir(home);
    try {
      expect(post).toContain('npx kiln init my-site\n');
      const init = await runKiln(['init', 'my-site']);
      const day = /\d{4}-\d\d-\d\d/g;
      expect(init.stdout.replace(day, 'DATE')).toBe(blockAfter(post, 'npx kiln init my-site').replace(day, 'DATE'));

      expect(post).toContain('npx kiln build --source my-site\n');
      const build = await runKiln(['build', '--source', 'my-site']);
      const shown = blockAfter(post, 'npx kiln build --source my-site');
      const ms = / in \d+ ms/;
      expect(build.stdout.replace(ms, '')).toBe(shown.replace(ms, ''));
      expect((await runKiln(['build', '--source', 'my-site'])).stdout).toMatch(/^0 written/);

      expect(post).toContain('npx kiln check --source my-site\n');
      const check = await runKiln(['check', '--source', 'my-site']);
      expect(check.stdout).toBe(blockAfter(post, 'npx kiln check --source my-site'));

      expect(post).toContain('npx kiln new "Hello, world" --source my-site\n');
      await runKiln(['new', 'Hello, world', '--source', 'my-site']);
      expect(post).toContain('`my-site/_drafts/hello-world.md`');
      expect(readdirSync(join('my-site', '_drafts'))).toEqual(['hello-world.md']);
      expect(post).toContain('`npx kiln publish hello-world --source my-site`');
      const published = await runKiln(['publish', 'hello-world', '--source', 'my-site']);
      expect(published.code).toBe(0);
      expect(relative('my-site', published.stdout.trim())).toMatch(/^_posts\/\d{4}-\d\d-\d\d-hello-world\.md$/);
    } finally {
      process.chdir(cwd);
    }
  });
});
