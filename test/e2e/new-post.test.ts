import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugOf } from '../../src/new-post.js';
import { runKiln } from '../helpers/run.js';
import { siteFromFiles } from '../helpers/tree.js';

describe('kiln new', () => {
  it('writes a dated post with front matter, in the site zone, and prints its path', async () => {
    const site = siteFromFiles({ '_config.yml': 'timezone: Pacific/Auckland\n' });
    // 2021-07-07T20:00:00Z is already the 8th in Auckland.
    const r = await runKiln(
      ['new', 'Flink 1.4: What’s new?', '--category', 'news', '--author', 'Ada Lovelace', '--source', site],
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

  it('refuses to overwrite an existing post', async () => {
    const site = siteFromFiles({ '_config.yml': '', '_posts/2021-07-07-hello.md': 'mine\n' });
    const r = await runKiln(['new', 'Hello', '--source', site], { SOURCE_DATE_EPOCH: '1625650000' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/_posts\/2021-07-07-hello\.md: already exists; kiln new never overwrites a post\n$/);
    expect(readFileSync(join(site, '_posts/2021-07-07-hello.md'), 'utf8')).toBe('mine\n');
  });

  it('needs exactly one title', async () => {
    expect((await runKiln(['new'])).code).toBe(2);
    expect((await runKiln(['new', 'a', 'b'])).code).toBe(2);
  });

  it('slugs are ASCII, lower case, dashes', async () => {
    expect(slugOf('Ça marche — très bien!')).toBe('ca-marche-tres-bien');
    expect(slugOf('  Apache Flink® 1.4.0  ')).toBe('apache-flink-1-4-0');
  });
});
