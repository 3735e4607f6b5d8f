import { describe, expect, it } from 'vitest';
import { runKiln } from '../helpers/run.js';
import { readTree, siteFromFiles, tempDir } from '../helpers/tree.js';

// `markdown: CommonMark` beyond the fixtures (test/fixtures-plugins/commonmark*): what the
// plugin warns about and leaves out is a warning at its line, and the rest still applies.
describe('markdown: CommonMark', () => {
  it('an option or extension commonmarker does not know is a warning at its line, and left out', async () => {
    const src = siteFromFiles({
      '_config.yml':
        'markdown: CommonMark\nplugins: [jekyll-commonmark]\ncommonmark:\n  options: [unsafe, bogus]\n  extensions:\n    - Table\n    - strikethrough\n',
      'index.md': '---\n---\n<b>raw</b> ~~gone~~\n\n| a |\n|---|\n',
    });
    const dest = tempDir();
    const r = await runKiln(['build', '--source', src, '--destination', dest, '--quiet']);
    expect(r.stderr).toBe(
      '_config.yml:4: warning: BOGUS is not a commonmark option: it is ignored, as jekyll-commonmark ignores it\n' +
        '_config.yml:5: warning: Table is not a commonmark extension (table, strikethrough, autolink, tagfilter, tasklist): it is ignored, as jekyll-commonmark ignores it\n',
    );
    expect(r.code).toBe(0);
    // (As Jekyll writes it: the table extension is off, so the pipes are text.)
    expect(String(readTree(dest).get('index.html'))).toBe('<p><b>raw</b> <del>gone</del></p>\n<p>| a |\n|---|</p>\n');
  });
});
