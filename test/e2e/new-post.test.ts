import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugOf } from '../../src/new-post.js';
import { runKiln } from '../helpers/run.js';
import { siteFromFiles } from '../helpers/tree.js';

describe('kiln new', () => {
  it('writes a draft by default, with no date and no empty author, and prints its path', async () => {
    const site = siteFromFiles({ '_config.yml': '' });
    const r = await runKiln(['new', 'First steps', '--source', site]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().endsWith('_drafts/first-steps.md')).toBe(true);
    expect(readFileSync(join(site, '_drafts', 'first-steps.md'), 'utf8')).toBe(
      [
        '---',
        'layout: post',
        'title: "First steps"',
        'categories: []',
        '# One sentence for the blog index; leave it empty to use the first paragraph.',
        'excerpt:',
        '---',
        '',
        'Write the first paragraph here: it is the excerpt unless `excerpt:` says otherwise.',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(site, '_posts'))).toBe(false);
  });

  it('--publish writes a dated post in the site zone, with category and author', async () => {
    const site = siteFromFiles({ '_config.yml': 'timezone: Pacific/Auckland\n' });
    // 2021-07-07T20:00:00Z is already the 8th in Auckland.
    const r = await runKiln(
      ['new', 'Flink 1.4: What’s new?', '-c', 'news', '-a', 'Ada Lovelace', '--publish', '-s', site],
      { SOURCE_DATE_EPOCH: '1625688000' },
    );
    expect(r.code).toBe(0);
    const path = join(site, '_posts', '2021-07-08-flink-1-4-what-s-new.md');
    expect(r.stdout.trim().endsWith('_posts/2021-07-08-flink-1-4-what-s-new.md')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(
      [
        '---',
        'layout: post',
        'title: "Flink 1.4: What’s new?"',
        'date: 2021-07-08 08:00:00 +1200',
        'categories: ["news"]',
        'authors:',
        '  - name: "Ada Lovelace"',
        '# One sentence for the blog index; leave it empty to use the first paragraph.',
        'excerpt:',
        '---',
        '',
        'Write the first paragraph here: it is the excerpt unless `excerpt:` says otherwise.',
        '',
      ].join('\n'),
    );
  });

  it('any title gets a slug: Chinese, German, or --slug; a title without letters says what to do', async () => {
    const site = siteFromFiles({ '_config.yml': '' });
    expect((await runKiln(['new', '你好，世界', '-s', site])).stdout).toMatch(/_drafts\/ni-hao-shi-jie\.md\n$/);
    expect((await runKiln(['new', 'Die Straße', '-s', site])).stdout).toMatch(/_drafts\/die-strasse\.md\n$/);
    expect((await runKiln(['new', '你好，世界', '--slug', 'hello-world', '-s', site])).stdout).toMatch(
      /_drafts\/hello-world\.md\n$/,
    );
    const r = await runKiln(['new', '🔥🔥', '-s', site]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('the title "🔥🔥" has no letters or digits to make a file name from; give one with --slug\n');
  });

  it('refuses to overwrite an existing post', async () => {
    const site = siteFromFiles({ '_config.yml': '', '_posts/2021-07-07-hello.md': 'mine\n' });
    const r = await runKiln(['new', 'Hello', '-P', '--source', site], { SOURCE_DATE_EPOCH: '1625650000' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/_posts\/2021-07-07-hello\.md: already exists; kiln new never overwrites a post\n$/);
    expect(readFileSync(join(site, '_posts/2021-07-07-hello.md'), 'utf8')).toBe('mine\n');
  });

  it('needs exactly one title', async () => {
    expect((await runKiln(['new'])).code).toBe(2);
    expect((await runKiln(['new', 'a', 'b'])).code).toBe(2);
  });

  it('slugs are ASCII, lower case, dashes', () => {
    expect(slugOf('Ça marche — très bien!')).toBe('ca-marche-tres-bien');
    expect(slugOf('  Apache Flink® 1.4.0  ')).toBe('apache-flink-1-4-0');
    expect(slugOf('Straße')).toBe('strasse');
    expect(slugOf('Привет мир')).toBe('privet-mir');
  });
});

describe('kiln publish', () => {
  it('moves a draft to _posts/ dated now, setting its date and keeping the rest', async () => {
    const site = siteFromFiles({ '_config.yml': 'timezone: UTC\n' });
    await runKiln(['new', 'Später', '-a', 'Bo', '-s', site]);
    const draft = join(site, '_drafts', 'spater.md');
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('Write the first paragraph here', 'Done'));
    const r = await runKiln(['publish', 'spater', '-s', site], { SOURCE_DATE_EPOCH: '1625688000' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/_posts\/2021-07-07-spater\.md\n$/);
    expect(existsSync(draft)).toBe(false);
    const text = readFileSync(join(site, '_posts', '2021-07-07-spater.md'), 'utf8');
    expect(text).toMatch(/^---\nlayout: post\ntitle: "Später"\ndate: 2021-07-07 20:00:00 \+0000\ncategories: \[\]\n/);
    expect(text).toContain('\nDone: it is the excerpt');
    expect(text).toContain('  - name: "Bo"');
  });

  it('dates by the clock, not by a `time:` the config pins site.time to', async () => {
    const site = siteFromFiles({
      '_config.yml': 'time: 2001-02-03 04:05:06\n',
      '_drafts/x.md': '---\ntitle: X\n---\nB.\n',
    });
    const made = await runKiln(['new', 'Now', '-P', '-s', site], { SOURCE_DATE_EPOCH: '1625688000' });
    expect(made.stdout.trim().endsWith('_posts/2021-07-07-now.md')).toBe(true);
    expect(readFileSync(join(site, '_posts', '2021-07-07-now.md'), 'utf8')).toContain(
      '\ndate: 2021-07-07 20:00:00 +0000\n',
    );
    const published = await runKiln(['publish', 'x', '-s', site], { SOURCE_DATE_EPOCH: '1625688000' });
    expect(published.stdout).toMatch(/_posts\/2021-07-07-x\.md\n$/);
  });

  it('replaces a date the draft has, takes a path, and names what is missing', async () => {
    const site = siteFromFiles({ '_drafts/x.md': '---\ntitle: X\ndate: 2000-01-01\n---\nBody.\n' });
    const r = await runKiln(['publish', join(site, '_drafts/x.md'), '-s', site], { SOURCE_DATE_EPOCH: '1625688000' });
    expect(r.code).toBe(0);
    expect(readFileSync(join(site, '_posts', '2021-07-07-x.md'), 'utf8')).toBe(
      '---\ntitle: X\ndate: 2021-07-07 20:00:00 +0000\n---\nBody.\n',
    );
    const missing = await runKiln(['publish', 'nothing', '-s', site]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^no draft "nothing" in \S*_drafts; give its file name or slug/);
  });
});
