import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { createBuildCache } from '../../src/build-cache.js';
import { createLog } from '../../src/shared/log.js';
import { makeGitFixture } from '../helpers/git-fixture.js';
import { buildSite, runCli } from '../helpers/run.js';
import { diffTrees, readTree, siteFromFiles, tempDir } from '../helpers/tree.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures-git');

// Each fixture's expected/ is what `jekyll build` wrote from the repository its history makes
// (scripts/git-fixtures-expected.ts); the test makes the same repository and builds it.
describe('sites in git repositories build as Jekyll builds them', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, async () => {
      const site = makeGitFixture(join(FIXTURES, name), join(tempDir(name), 'repo'));
      const dest = tempDir(`${name}-out`);
      const saved = process.env.JEKYLL_ENV;
      process.env.JEKYLL_ENV = 'production';
      try {
        const result = await buildSite(site, dest);
        expect(result.errors).toEqual([]);
      } finally {
        if (saved === undefined) delete process.env.JEKYLL_ENV;
        else process.env.JEKYLL_ENV = saved;
      }
      expect(diffTrees(readTree(join(FIXTURES, name, 'expected')), readTree(dest))).toEqual([]);
    });
  }
});

/** A time for `utimes`. */
const at = (iso: string) => new Date(iso);

/** A site outside any git repository: every page, post and document has a time to print. */
function plainSite(): string {
  const src = siteFromFiles({
    '_config.yml':
      "template_engine: liquid\ntimezone: Europe/Berlin\nplugins: [jekyll-last-modified-at]\ncollections:\n  notes:\n    output: true\nlast-modified-at:\n  date-format: '%Y-%m-%d %H:%M'\n",
    'index.html':
      '---\n---\n{% last_modified_at %} {{ page.last_modified_at }}\n{% for p in site.posts %}{{ p.last_modified_at | date_to_xmlschema }}\n{% endfor %}{% for n in site.notes %}{{ n.last_modified_at | date: "%s" }}\n{% endfor %}',
    '_posts/2020-01-01-a.md': '---\n---\nA.\n',
    '_notes/n.md': '---\n---\nN.\n',
  });
  utimesSync(join(src, 'index.html'), at('2023-03-04T05:06:07Z'), at('2023-03-04T05:06:07Z'));
  utimesSync(join(src, '_posts/2020-01-01-a.md'), at('2022-07-01T10:00:00.900Z'), at('2022-07-01T10:00:00.900Z'));
  utimesSync(join(src, '_notes/n.md'), at('2021-01-02T03:04:05Z'), at('2021-01-02T03:04:05Z'));
  return src;
}

describe('jekyll-last-modified-at without git history', () => {
  it("a source that is no git repository: each file's modification time (whole seconds), in the site's zone", async () => {
    const src = plainSite();
    const dest = tempDir('plain-out');
    expect((await buildSite(src, dest)).errors).toEqual([]);
    expect(readFileSync(join(dest, 'index.html'), 'utf8')).toBe(
      '2023-03-04 06:06 2023-03-04 06:06:07 +0100\n2022-07-01T12:00:00+02:00\n1609556645\n',
    );
  });

  it("without git on the PATH, a repository's files have their modification times, as the plugin has them", async () => {
    const site = makeGitFixture(join(FIXTURES, 'last-modified-at-top'), join(tempDir('no-git'), 'repo'));
    const dest = tempDir('no-git-out');
    const path = process.env.PATH;
    process.env.PATH = tempDir('empty-path');
    try {
      expect((await buildSite(site, dest)).errors).toEqual([]);
    } finally {
      process.env.PATH = path;
    }
    // Every file's modification time is 2020-01-01T00:00:00Z (history.json); with git, 08-May-22.
    expect(readFileSync(join(dest, 'index.html'), 'utf8').split('\n')[0]).toBe(
      '<p>01-Jan-20 2020-01-01 05:30:00 +0530</p>',
    );
  });

  it('in Nunjucks, the tag takes its format as an expression', async () => {
    const src = siteFromFiles({
      '_config.yml': 'plugins: [jekyll-last-modified-at]\n',
      'index.html': '---\n---\n{% last_modified_at "%Y %j" %}|{% last_modified_at %}|{{ page.last_modified_at }}\n',
    });
    utimesSync(join(src, 'index.html'), at('2021-05-06T07:08:09Z'), at('2021-05-06T07:08:09Z'));
    const dest = tempDir('nunjucks-out');
    expect((await buildSite(src, dest)).errors).toEqual([]);
    // The second tag prints the first one's text, as the plugin's do.
    expect(readFileSync(join(dest, 'index.html'), 'utf8')).toBe('2021 126|2021 126|2021-05-06 07:08:09 +0000\n');
  });

  it('last-modified-at that is no mapping is an error at its line', () => {
    const src = siteFromFiles({
      '_config.yml': 'template_engine: liquid\nplugins: [jekyll-last-modified-at]\nlast-modified-at: "%Y"\n',
      'index.html': '---\n---\nx\n',
    });
    const r = runCli(['build', '--source', src, '--destination', join(src, '_site'), '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "_config.yml:3: last-modified-at must be a mapping such as { date-format: '%Y-%m-%d' }\nbuild failed; nothing was written\n",
    );
  });
});

describe('jekyll-sitemap without jekyll-last-modified-at', () => {
  it('a front-matter last_modified_at time is read as YAML reads it (UTC without an offset), as in Jekyll', async () => {
    const src = siteFromFiles({
      '_config.yml':
        'template_engine: liquid\nurl: https://e.org\ntimezone: America/New_York\nplugins: [jekyll-sitemap]\n',
      'a.html': '---\nlast_modified_at: 2022-02-02 10:00:00\n---\nx\n',
      'b.html': '---\nlast_modified_at: 2022-02-02 10:00:00 +0200\n---\nx\n',
      '_posts/2020-01-01-p.md': '---\nlast_modified_at: 2022-02-02 10:00:00\n---\nx\n',
      '_posts/2020-01-02-q.md': '---\nlast_modified_at: 2022-02-03\n---\nx\n',
    });
    const dest = tempDir('sitemap-times-out');
    expect((await buildSite(src, dest)).errors).toEqual([]);
    // What Jekyll 4.3.1 with jekyll-sitemap wrote for this site.
    expect(readFileSync(join(dest, 'sitemap.xml'), 'utf8').match(/<lastmod>[^<]*/g)).toEqual([
      '<lastmod>2022-02-02T05:00:00-05:00',
      '<lastmod>2022-02-03T00:00:00-05:00',
      '<lastmod>2022-02-02T05:00:00-05:00',
      '<lastmod>2022-02-02T03:00:00-05:00',
    ]);
  });
});

describe('jekyll-last-modified-at in a watch: each rebuild equals a clean build', () => {
  it('a file saved as it was, with a new modification time, prints its new time', async () => {
    const src = plainSite();
    const dest = tempDir('watch-plain-out');
    const cache = createBuildCache();
    const log = createLog(true);
    await build({ source: src, destination: dest }, log, cache);
    utimesSync(join(src, 'index.html'), at('2024-01-01T00:00:00Z'), at('2024-01-01T00:00:00Z'));
    cache.dirty.add('index.html');
    const written = (await build({ source: src, destination: dest }, log, cache)).report.writtenPaths;
    expect(written).toEqual(['index.html']);
    expect(readFileSync(join(dest, 'index.html'), 'utf8').split('\n')[0]).toBe(
      '2024-01-01 01:00 2024-01-01 01:00:00 +0100',
    );
    const clean = tempDir('watch-plain-clean');
    await build({ source: src, destination: clean }, log);
    expect(diffTrees(readTree(clean), readTree(dest))).toEqual([]);
  });

  it("in a repository, an edit keeps the commit's time; a commit made meanwhile shows at the next rebuild", async () => {
    const site = makeGitFixture(join(FIXTURES, 'last-modified-at'), join(tempDir('watch-git'), 'repo'));
    const dest = tempDir('watch-git-out');
    const cache = createBuildCache();
    const log = createLog(true);
    const rebuild = async (path: string, text: string) => {
      writeFileSync(join(site, path), text);
      cache.dirty.add(path);
      await build({ source: site, destination: dest }, log, cache);
      const clean = tempDir('watch-git-clean');
      await build({ source: site, destination: clean }, log);
      expect(diffTrees(readTree(clean), readTree(dest))).toEqual([]);
    };
    await build({ source: site, destination: dest }, log, cache);
    const first = '_posts/2021-01-01-first.md';
    await rebuild(first, '---\ntitle: First\n---\nEdited again.\n\n{% last_modified_at %}\n');
    expect(readFileSync(join(dest, '2021/01/01/first.html'), 'utf8')).toContain('<p>2023-11-12 08:14:15 -0500</p>');
    const date = '2024-03-02T01:00:00Z';
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-q', '-am', 'edit'], {
      cwd: site,
      // No user or system config (a signing key, a hook): the commit the test means.
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    });
    await rebuild('about.md', '---\ntitle: About\n---\nAbout.\n');
    expect(readFileSync(join(dest, '2021/01/01/first.html'), 'utf8')).toContain('<p>2024-03-01 20:00:00 -0500</p>');
  });
});
