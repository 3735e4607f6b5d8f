import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run.js';
import { diffTrees, readTree, tempDir } from '../helpers/tree.js';

// The site's expected/ tree is what `jekyll build` wrote for it (scripts/jekyll-oracle.sh).
const SITE = join(import.meta.dirname, '..', 'jekyll-oracle', 'sites', 'model-leniency');

const WARNINGS = [
  '_posts/nodate.md: warning: not a post: its name has no date (YYYY-MM-DD-title.md): skipped',
  'unclosed.html:1: warning: front matter is not closed (add a line with --- after it): the whole file is its content',
  '_posts/2020-01-01-p.md:2: warning: layout "nope" does not exist: the content is written without it',
  '_layouts/outer.html:2: warning: layout "gone" does not exist: the content is written without it',
  '_plugins/noop.rb: warning: Ruby plugins cannot run in kiln: its tags and filters render as unknown; port it to a JavaScript plugin (README: "Moving a Jekyll site to kiln")',
  'two.html: warning: 3 files claim same.html: one.html, a/three.md, two.html: as in Jekyll, the last one is written: two.html',
];

describe("Jekyll's leniency", () => {
  it('builds what Jekyll builds where Jekyll warns, and names each warning with file and line', () => {
    const dest = tempDir('leniency');
    const r = runCli(['build', '--source', join(SITE, 'source'), '--destination', dest, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`${WARNINGS.join('\n')}\n`);
    const out = readTree(dest);
    out.delete('.kiln-manifest.json');
    expect(diffTrees(readTree(join(SITE, 'expected')), out)).toEqual([]);
  });

  it('--strict turns every warning into an error and writes nothing', () => {
    const dest = tempDir('leniency-strict');
    const r = runCli(['build', '--source', join(SITE, 'source'), '--destination', dest, '--quiet', '--strict']);
    expect(r.code).toBe(1);
    const errors = WARNINGS.map((w) =>
      w.replace(': warning', '').replace(/: (skipped|the (whole|content).*|as in Jekyll.*|its tags.*)$/, ''),
    );
    expect(r.stderr).toBe(`${errors.join('\n')}\nbuild failed; nothing was written\n`);
    expect(readTree(dest).size).toBe(0);
  });
});

describe('a collection sorted by a key some documents lack', () => {
  // Jekyll: "Sort warning: 'rank' not defined in _guides/three.md", and lists it last.
  const SORTED = join(import.meta.dirname, '..', 'jekyll-oracle', 'sites', 'model-collections');

  it('is a warning naming the document; --strict makes it an error', () => {
    const warning =
      '_guides/three.md: warning: "rank" is not set (the collection "guides" is sorted by it): it is listed after those that set it';
    const built = runCli(['build', '--source', join(SORTED, 'source'), '--destination', tempDir('sorted'), '--quiet']);
    expect(built.code).toBe(0);
    expect(built.stderr).toBe(`${warning}\n`);
    const strict = runCli([
      'build',
      '--source',
      join(SORTED, 'source'),
      '--destination',
      tempDir('sorted-strict'),
      '--strict',
    ]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('_guides/three.md: "rank" is not set (the collection "guides" is sorted by it)\n');
  });
});

describe('an excerpt whose separator falls inside a block tag', () => {
  // Jekyll: "Excerpt modified in _posts/2020-01-06-if.md! Found a Liquid block containing the excerpt separator".
  const EXCERPTS = join(import.meta.dirname, '..', 'jekyll-oracle', 'sites', 'model-excerpts');
  const CLOSED = [
    ['_posts/2020-01-08-more.md:9', 'for'],
    ['_posts/2020-01-07-capture.md:4', 'capture'],
    ['_posts/2020-01-06-if.md:4', 'if'],
    ['_posts/2020-01-05-raw.md:5', 'raw'],
    ['_posts/2020-01-02-comment.md:5', 'comment'],
  ];
  const message = (tag: string) =>
    `the excerpt ends inside {% ${tag} %} (set \`excerpt\` or \`excerpt_separator\` in the front matter to choose another)`;

  it('is closed as Jekyll closes it, with a warning at the separator; --strict makes it an error', () => {
    const built = runCli([
      'build',
      '--source',
      join(EXCERPTS, 'source'),
      '--destination',
      tempDir('excerpts'),
      '--quiet',
    ]);
    expect(built.code).toBe(0);
    expect(built.stderr).toBe(
      CLOSED.map(([at, tag]) => `${at}: warning: ${message(tag!)}: closed at its end, as Jekyll does\n`).join(''),
    );
    const strict = runCli([
      'build',
      '--source',
      join(EXCERPTS, 'source'),
      '--destination',
      tempDir('excerpts-strict'),
      '--strict',
    ]);
    expect(strict.code).toBe(1);
    for (const [at, tag] of CLOSED) expect(strict.stderr).toContain(`${at}: ${message(tag!)}\n`);
  });
});
