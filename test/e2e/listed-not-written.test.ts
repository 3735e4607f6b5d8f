import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTree, tempDir, writeTree } from '../helpers/tree.js';
import { type Edit, expectRebuildsEqualCleanBuilds } from '../helpers/watch-edits.js';

// Two outputs at one URL: Jekyll lists both pages (site.pages, html_pages, archives, the sitemap)
// and writes the later one. The fixture test/fixtures-plugins/archives-same-url holds what Jekyll
// wrote; here, a watch through edits that make and end such claims.
const FIXTURE = join(import.meta.dirname, '../fixtures-plugins/archives-same-url/source');

describe('pages at one URL in watch', () => {
  it('stay listed while another output takes their URL, and are written again when it lets go', async () => {
    const src = tempDir('same-url');
    writeTree(src, readTree(FIXTURE));
    const edits: Edit[] = [
      // The note goes: the page is written again.
      ['_notes/clash.md', null],
      // Category "B" becomes "c": each archive has its folder.
      ['_posts/2024-01-02-two.md', '---\ntitle: Two\ncategories: c\n---\nTwo\n'],
      // Both claims again.
      ['_notes/clash.md', '---\ntitle: Note back\n---\nNOTE back\n'],
      ['_posts/2024-01-02-two.md', '---\ntitle: Two\ncategories: B\n---\nTwo\n'],
      // The page's text changes while the note keeps its URL: the listing shows it.
      ['clash.md', '---\ntitle: Page edited\n---\nEDITED {{ page.title }}\n'],
    ];
    const dest = await expectRebuildsEqualCleanBuilds(src, edits);
    const list = readFileSync(join(dest, 'list.html'), 'utf8');
    expect(list).toContain('/clash.html|Page edited|clash.md|<p>EDITED Page edited</p>;');
    expect(list).toContain('archives: /category/b/|b; /category/b/|B; \n');
    expect(readFileSync(join(dest, 'clash.html'), 'utf8')).toBe('<p>NOTE back</p>\n');
  });
});
