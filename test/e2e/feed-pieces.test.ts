import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/run.js';
import { tempDir } from '../helpers/tree.js';

// A feed whose `xml_escape` of each post is output bare renders in pieces, the escaped bodies as
// their bytes (render/templates/fragments.ts, escapesBare); one with a filter after it renders whole.
// Both must write the same bytes, and a broken entry is reported the same way.
const FEED = (after: string) =>
  `---\nlayout: null\n---\n<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n{% for post in site.posts %}<item><title>{{ post.title | xml_escape${after} }}</title><link>{{ post.url | absolute_url }}</link><description>{{ post.content | xml_escape${after} }}</description></item>\n{% endfor %}</channel></rss>\n`;

function site(feed: string, posts: Record<string, string>): string {
  const dir = tempDir('feed-pieces');
  const put = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  put('_config.yml', 'title: Pieces\nurl: https://example.org\n');
  put('feed.xml', feed);
  for (const [name, body] of Object.entries(posts)) put(`_posts/${name}`, `---\ntitle: "${name} <&>"\n---\n${body}`);
  return dir;
}

const long = (i: number) =>
  `Post ${i}: “quoted” & <b>bold</b>, l'apostrophe -- a dash ]] brackets, é 😀.\n\n${'More “text” & <i>tags</i>. '.repeat(60)}\n`;

describe('a feed rendered in pieces', () => {
  it('writes the bytes the whole feed writes', async () => {
    const posts = { '2024-01-01-a.md': long(1), '2024-01-02-b.md': 'Short & sweet.\n', '2024-01-03-c.md': long(3) };
    const [bare, whole] = [FEED(''), FEED(' | safe')].map((feed) => {
      const dest = tempDir('feed-pieces-out');
      return { source: site(feed, posts), dest };
    });
    for (const { source, dest } of [bare!, whole!]) expect((await buildSite(source, dest)).errors).toEqual([]);
    const written = readFileSync(join(bare!.dest, 'feed.xml'), 'utf8');
    expect(written).toBe(readFileSync(join(whole!.dest, 'feed.xml'), 'utf8'));
    expect(written).toContain('<description>&lt;p&gt;Post 3: “quoted” &amp;amp; &lt;b&gt;bold&lt;/b&gt;');
  });

  it("names a broken entry's post as the whole feed does", async () => {
    // A control character is no XML character, escaped or not: the feed is not well-formed.
    const posts = { '2024-01-01-a.md': long(1), '2024-01-02-b.md': `${long(2)}\u0001\n` };
    const errors = await Promise.all(
      [FEED(''), FEED(' | safe')].map(async (feed) => (await buildSite(site(feed, posts), tempDir('out'))).errors),
    );
    expect(errors[0]).toEqual(errors[1]);
    expect(errors[0]!.join('\n')).toMatch(/_posts\/2024-01-02-b\.md.*its entry in feed\.xml is not well-formed XML/);
  });
});
