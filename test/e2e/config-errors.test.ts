import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKiln } from '../helpers/run.js';
import { readTree, siteFromFiles, tempDir } from '../helpers/tree.js';

// Mistakes in _config.yml, one a case: each is `_config.yml:LINE: message` with the line of the
// key at fault, exit 1, no stack trace, and the destination as it was. Each case is tried at the
// top of a config and again in the middle of one (keys before it and after it); its mistake is
// on its last line, or on the line of the case `line` says (1 is its first).
const CASES: ReadonlyArray<readonly [string, string, (number | 'end')?]> = [
  ['title: x\n  url: y\n', 'invalid YAML: bad indentation of a mapping entry'],
  ['tags: [x\nurl: y\n', 'invalid YAML: missed comma between flow collection entries'],
  ['paginate: many\n', 'paginate must be a whole number above 0, not "many"'],
  [
    'paginate: 5\npaginate_path: /blog/page\n',
    'paginate_path must contain :num (the page number), as in /page:num, not "/blog/page"',
  ],
  ['permalink: [date, pretty]\n', 'permalink must be a single value, not a list'],
  ['exclude: { notes: 1 }\n', 'exclude must be a list of paths, such as [notes.txt, drafts/], not a mapping'],
  ['exclude: notes.txt\n', 'exclude must be a list of paths, such as [notes.txt, drafts/], not "notes.txt"'],
  ['include: [[.well-known]]\n', 'include must be a list of paths, such as [notes.txt, drafts/], not a list'],
  ['timezone: Mars/Olympus_Mons\n', 'unknown timezone "Mars/Olympus_Mons"'],
  ['timezone: [UTC]\n', 'timezone must be a single value, not a list'],
  ['baseurl: { path: /blog }\n', 'baseurl must be a single value, not a mapping'],
  ['url: [https://example.com]\n', 'url must be a single value, not a list'],
  ['markdown: [kramdown]\n', 'markdown must be a single value, not a list'],
  // Jekyll 4.3.1 fails on a converter it has no class for (`Invalid Markdown processor given`).
  [
    'markdown: Foo\n',
    'markdown: "Foo" is not a Markdown converter kiln has (kramdown, or CommonMark with jekyll-commonmark)',
  ],
  ['markdown: CommonMark\n', 'markdown: CommonMark needs the jekyll-commonmark plugin: add it to plugins:'],
  [
    'markdown: CommonMarkGhPages\n',
    'markdown: CommonMarkGhPages (jekyll-commonmark-ghpages) is not built into kiln: use CommonMark with jekyll-commonmark, or kramdown',
  ],
  [
    'plugins: [jekyll-commonmark]\nmarkdown: CommonMark\ncommonmark:\n  options: [footnotes]\n',
    'commonmark option FOOTNOTES is not built into kiln (it has UNSAFE, SMART, HARDBREAKS, NOBREAKS, GITHUB_PRE_LANG, STRIKETHROUGH_DOUBLE_TILDE)',
  ],
  [
    'plugins: [jekyll-commonmark]\nmarkdown: CommonMark\ncommonmark: [table]\n',
    'commonmark must be a mapping such as { options: [UNSAFE], extensions: [table] }',
  ],
  ['kramdown: GFM\n', 'kramdown must be a mapping of kramdown options, such as { input: GFM }'],
  ['kramdown:\n  input: GFM\n  compat: 3\n', 'kramdown.compat must be 1 or 2, not "3"'],
  [
    'kramdown:\n  toc_levels: one to three\n',
    'kramdown.toc_levels must look like 1..3, 1,2,3 or [2, 3], not "one to three"',
  ],
  ['kramdown:\n  toc_levels: [0, 1]\n', 'kramdown.toc_levels may name the levels 1 to 6 only, not 0'],
  // Rouge's options: Jekyll fails on these inside Rouge or kramdown; kiln at the option's line.
  [
    'kramdown:\n  syntax_highlighter_opts:\n    block:\n      line_numbers: true\n      start_line: "1"\n',
    'kramdown.syntax_highlighter_opts.block.start_line must be a whole number, not "1"',
  ],
  [
    'kramdown:\n  syntax_highlighter_opts:\n    span: [line_numbers]\n',
    'kramdown.syntax_highlighter_opts.span must be a mapping of options, not a list',
  ],
  [
    'kramdown:\n  syntax_highlighter_opts: numbers\n',
    'kramdown.syntax_highlighter_opts must be a mapping of options, not "numbers"',
  ],
  [
    'kramdown:\n  syntax_highlighter_opts:\n    formatter: HTMLTable\n',
    "kramdown.syntax_highlighter_opts.formatter HTMLTable: kiln writes Rouge's HTMLLegacy (the default) and HTML formatters only",
  ],
  [
    'kramdown:\n  syntax_highlighter_opts:\n    inline_theme: github\n',
    "kramdown.syntax_highlighter_opts.inline_theme: kiln does not write Rouge's inline styles (use a stylesheet for its classes)",
  ],
  [
    'kramdown:\n  syntax_highlighter_opts:\n    line_numbers: true\n    line_format: "%x"\n',
    'kramdown.syntax_highlighter_opts.line_format "%x": kiln reads one %i, %d, %u or %s (with flags and a width) and %%',
  ],
  ['kramdown:\n  footnote_nr: first\n', 'kramdown.footnote_nr must be a whole number, not "first"'],
  ['kramdown:\n  header_offset: 1.5\n', 'kramdown.header_offset must be a whole number, not "1.5"'],
  [
    'kramdown:\n  smart_quotes: lsquo,rsquo\n',
    'kramdown.smart_quotes must be 4 entity names or code points, such as lsquo,rsquo,ldquo,rdquo, not 2 values',
  ],
  [
    'kramdown:\n  smart_quotes: [sbquo, lsquo, bdquo, quote]\n',
    'kramdown.smart_quotes: "quote" is neither an entity name kramdown knows nor a number',
  ],
  ['kramdown:\n  hard_wrap: sometimes\n', 'kramdown.hard_wrap must be true or false, not "sometimes"'],
  [
    'kramdown:\n  footnote_backlink_inline: sometimes\n',
    'kramdown.footnote_backlink_inline must be true or false, not "sometimes"',
  ],
  [
    'kramdown:\n  math_engine: katex\n',
    'kramdown.math_engine "katex" needs a kramdown-math gem kiln does not have: use mathjax or null',
  ],
  [
    'kramdown:\n  typographic_symbols: [hellip]\n',
    'kramdown.typographic_symbols must be a mapping of symbol names to text, such as {hellip: \'...\'}, not ["hellip"]',
  ],
  ['defaults: { layout: post }\n', 'defaults must be a list of { scope, values }'],
  ['defaults:\n  - scope: _posts\n', 'defaults: scope must be a mapping', 1],
  ['collections: recipes\n', 'collections must be a mapping (or a list) of collection names'],
  ['plugins: jekyll-feed\n', 'plugins must be a list of plugin names, such as [jekyll-feed]'],
  ['gems: { feed: true }\n', 'gems must be a list of plugin names, such as [jekyll-feed]'],
  ['destination: [public]\n', 'destination must be a single value, not a list'],
  ['destination: _posts\n', 'destination _posts: the destination may not be inside _posts/, which kiln reads as input'],
  ['limit_posts: -1\n', 'limit_posts must be a whole number, 0 or above, not "-1"'],
  ['time: yesterday\n', 'time: "yesterday" is not a date such as 2024-02-01 12:00:00 +0000'],
  ['sass: compressed\n', 'sass must be a mapping such as { style: compressed }'],
  ['sass:\n  style: tiny\n', 'sass.style must be expanded or compressed, not "tiny"'],
  ['theme: ../elsewhere\n', 'theme: "../elsewhere" is not a theme name'],
  ['template_engine: jinja\n', 'template_engine must be nunjucks or liquid, not "jinja"'],
  ['languages: [english]\n', 'languages: "english" is not a language code such as en or zh'],
  ['jekyll_version: 5\n', 'jekyll_version must be 2, 3 or 4, not "5"'],
  ['excerpt_separator: [<!-- more -->]\n', 'excerpt_separator must be a single value, not a list'],
  // Invalid YAML at several places: a tab, a quote left open (the parser stops at the end of the
  // file, and says so there), a bad nested indent.
  ['url: y\n\tbaseurl: /x\n', 'invalid YAML: tab characters must not be used in indentation'],
  ['description: "open\nurl: y\n', 'invalid YAML: unexpected end of the stream within a double quoted scalar', 'end'],
  ['kramdown:\n  input: GFM\n   hard_wrap: false\n', 'invalid YAML: bad indentation of a mapping entry'],
  // Wrong types for the keys kiln reads, nested ones at their own line.
  ['paginate: true\n', 'paginate must be a whole number above 0, not "true"'],
  ['paginate: [5]\n', 'paginate must be a whole number above 0, not a list'],
  ['paginate: 2.5\n', 'paginate must be a whole number above 0, not "2.5"'],
  // Without jekyll-paginate listed, `false` and 0 are off (Jekyll does not read the key); with it, Jekyll fails.
  ['plugins: [jekyll-paginate]\npaginate: false\n', 'paginate must be a whole number above 0, not "false"'],
  ['plugins: [jekyll-paginate]\npaginate: 0\n', 'paginate must be a whole number above 0, not "0"'],
  ['paginate_path: [/page:num]\n', 'paginate_path must be a single value, not a list'],
  ['permalink: /:year/:nope/\n', "permalink: :nope is not a placeholder of a document's URL (did you mean :name?)"],
  [
    'collections:\n  recipes: 5\n',
    'collections.recipes must be a mapping of settings, such as { output: true }, not "5"',
  ],
  [
    'collections:\n  recipes:\n    output: true\n    permalink: [a]\n    sort_by: title\n',
    'collections.recipes.permalink must be a single value, not a list',
    4,
  ],
  [
    'collections:\n  recipes:\n    order: first.md\n',
    'collections.recipes.order must be a list of file names, not "first.md"',
  ],
  [
    'collections: [recipes, { team: 1 }]\n',
    'collections: a list of collections holds their names, such as [recipes, team]',
  ],
  ['collections_dir: [my_collections]\n', 'collections_dir must be a single folder, not a list'],
  ['collections_dir: ../elsewhere\n', 'collections_dir must be a folder inside the site, not "../elsewhere"'],
  [
    'defaults:\n  - scope:\n      path: [_posts]\n    values:\n      layout: post\n',
    'defaults: scope.path must be a single value, not a list',
    1,
  ],
  [
    'kramdown:\n  input: GFM\n  auto_ids: sometimes\n  hard_wrap: false\n',
    'kramdown.auto_ids must be true or false, not "sometimes"',
    3,
  ],
  ['kramdown:\n  parse_block_html: [div]\n', 'kramdown.parse_block_html must be true or false, not a list', 2],
  ['strict: 7\n', 'strict must be true or false, not "7"'],
  ['plugins: [{ jekyll-feed: true }]\n', 'plugins must be a list of plugin names, such as [jekyll-feed]'],
  [
    'collections_dir: content\n',
    "destination content: the destination may not be content/, inside it or around it: the site's documents are there (name another destination, such as `_site`: `destination:` in _config.yml or --destination)",
  ],
  [
    'collections: [docs]\ndestination: _docs/out\n',
    "destination _docs/out: the destination may not be _docs/, inside it or around it: the site's documents are there (name another destination, such as `_site`: `destination:` in _config.yml or --destination)",
  ],
  ['destination: ..\n', 'destination ..: the destination may not be a folder that holds the source (SOURCE)'],
  [
    'destination: .\n',
    'destination .: the destination may not be the source folder (the build would overwrite the site\u2019s own files)',
  ],
];

/** A config with keys before and after the case, so that each line is the key's and not the last. */
const placings = [
  { name: 'at the top', before: '', after: '' },
  {
    name: 'among other keys',
    before: '# The site\ntitle: A site\nlang: en\n',
    after: 'description: more\nauthor:\n  name: Ann\n',
  },
];

describe('_config.yml mistakes: `_config.yml:LINE: message`, exit 1, nothing written', () => {
  for (const { name, before, after } of placings)
    for (const [yaml, message, at] of CASES) {
      it(`${message} (${name})`, async () => {
        const text = `${before}${yaml}${after}`;
        const src = siteFromFiles({ '_config.yml': text, '_posts/2026-01-01-a.md': '---\ntitle: A\n---\nA\n' });
        // Without --destination, so that `destination:` in the config is the one read.
        const dest = join(src, yaml.startsWith('destination: _') ? '_posts' : 'content');
        mkdirSync(dest, { recursive: true });
        writeFileSync(join(dest, 'index.html'), 'the previous site\n');
        const old = readTree(src);
        const r = await runKiln(['build', '--source', src, '--quiet']);
        const line =
          at === 'end'
            ? text.trimEnd().split('\n').length + 1
            : before.split('\n').length - 1 + (at ?? yaml.trimEnd().split('\n').length);
        expect(r.stderr).toBe(
          `_config.yml:${line}: ${message.replace('SOURCE', src)}\nbuild failed; nothing was written\n`,
        );
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        expect(readTree(src)).toEqual(old);
      });
    }

  it('a destination kiln has not written that holds files with front matter: the first one named', async () => {
    // A Jekyll site's own `content/` folder of pages, `content` being kiln's default destination.
    const src = siteFromFiles({
      '_config.yml': 'title: x\n',
      'index.md': '---\n---\nHome\n',
      'content/about.md': '---\ntitle: About\n---\nAbout us\n',
      'content/logo.txt': 'not front matter\n',
    });
    const old = readTree(src);
    const r = await runKiln(['build', '--source', src, '--quiet']);
    expect(r.stderr).toBe(
      "content/about.md:1: this file has front matter, so the destination content holds the site's own files, which kiln would not read and would write among (name another destination, such as `_site`: `destination:` in _config.yml or --destination)\nbuild failed; nothing was written\n",
    );
    expect(r.code).toBe(1);
    expect(readTree(src)).toEqual(old);
    // Once kiln has written it (its manifest is there), or named elsewhere, the site builds.
    const ok = await runKiln(['build', '--source', src, '--destination', join(src, '_site'), '--quiet']);
    expect(ok.stderr).toBe('');
    expect(readTree(join(src, '_site')).get('content/about.html')?.toString()).toContain('About us');
  });

  it('the default destination kiln has not written, holding static files the site publishes: the first one named', async () => {
    // A Jekyll site's own `content/` of audio and images, which Jekyll publishes at /content/….
    const files = {
      '_config.yml': 'title: x\n',
      'index.md': '---\n---\nHome\n',
      'content/.DS_Store': 'finder\n',
      'content/_notes.txt': 'never published\n',
      'content/img/logo.png': 'png\n',
      'content/song.ogg': 'ogg\n',
    };
    const src = siteFromFiles(files);
    const old = readTree(src);
    const r = await runKiln(['build', '--source', src, '--quiet']);
    expect(r.stderr).toBe(
      "content/img/logo.png: content/ is kiln's default destination, but it holds the site's own files, which Jekyll publishes (this one at /content/img/logo.png) and kiln would leave out and write among (name another destination, such as `_site`: `destination:` in _config.yml or --destination)\nbuild failed; nothing was written\n",
    );
    expect(r.code).toBe(1);
    expect(readTree(src)).toEqual(old);
    // Named elsewhere, the folder is published as Jekyll publishes it.
    const ok = await runKiln(['build', '--source', src, '-d', join(src, '_site'), '--quiet']);
    expect(ok.stderr).toBe('');
    expect([...readTree(join(src, '_site')).keys()].filter((p) => !p.startsWith('.'))).toEqual([
      'content/img/logo.png',
      'content/song.ogg',
      'index.html',
    ]);
  });

  it('the default destination holding only files the site does not publish, or named on purpose, is written', async () => {
    const cases: Array<[Record<string, string>, string[]]> = [
      // Dot and `_` files are not published.
      [{ '_config.yml': 'title: x\n', 'content/.DS_Store': 'x\n', 'content/_old/a.png': 'x\n' }, []],
      // Excluded: Jekyll does not publish it either.
      [{ '_config.yml': 'exclude: [content]\n', 'content/a.png': 'x\n' }, []],
      [{ '_config.yml': 'exclude: ["*.png"]\n', 'content/a.png': 'x\n' }, []],
      // Named by the config or the command line: the site's choice.
      [{ '_config.yml': 'destination: content\n', 'content/a.png': 'x\n' }, []],
      [{ '_config.yml': 'title: x\n', 'content/a.png': 'x\n' }, ['-d', 'content']],
    ];
    for (const [files, flags] of cases) {
      const src = siteFromFiles({ ...files, 'index.md': '---\n---\nHome\n' });
      const dest = flags.map((f) => (f === 'content' ? join(src, f) : f));
      const r = await runKiln(['build', '--source', src, ...dest, '--quiet']);
      expect(r.stderr, JSON.stringify(files)).toBe('');
      expect(r.code).toBe(0);
      expect(readTree(join(src, 'content')).get('index.html')?.toString()).toContain('Home');
    }
  });

  it('a destination holding a site another tool built (no front matter in it) is written', async () => {
    const src = siteFromFiles({ '_config.yml': 'title: x\n', 'index.md': '---\n---\nHome\n' });
    mkdirSync(join(src, 'content', 'blog'), { recursive: true });
    writeFileSync(join(src, 'content', 'blog', 'index.html'), '<!DOCTYPE html>\n<p>the old site</p>\n');
    writeFileSync(join(src, 'content', 'CNAME'), 'example.org\n');
    const r = await runKiln(['build', '--source', src, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readTree(join(src, 'content')).get('index.html')?.toString()).toContain('Home');
  });

  it('a config that is not a mapping: line 1', async () => {
    const src = siteFromFiles({ '_config.yml': '- title\n- url\n' });
    const r = await runKiln(['build', '--source', src, '--quiet']);
    expect(r.stderr).toBe(
      '_config.yml:1: the configuration must be a mapping of keys to values\nbuild failed; nothing was written\n',
    );
    expect(r.code).toBe(1);
  });

  it('what Jekyll accepts still builds: yes/no switches, kramdown in any case, KramdownPygments', async () => {
    const src = siteFromFiles({
      '_config.yml': 'future: yes\nshow_drafts: off\nmarkdown: KramdownPygments\nexclude: [notes.txt]\n',
      '_posts/2999-01-01-later.md': '---\ntitle: Later\n---\nLater\n',
      'notes.txt': 'notes\n',
    });
    const dest = tempDir();
    const r = await runKiln(['build', '--source', src, '--destination', dest, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect([...readTree(dest).keys()].filter((p) => !p.startsWith('.'))).toEqual(['2999/01/01/later.html']);
  });

  it('markdown: Kramdown (any case, as Jekyll downcases it) gives the bytes of no markdown: line', async () => {
    const page = { 'index.md': '---\n---\n# Hi\n\n"a" -- *b*\n' };
    const trees = [];
    for (const config of ['title: x\n', 'title: x\nmarkdown: Kramdown\n']) {
      const dest = tempDir();
      const r = await runKiln([
        'build',
        '--source',
        siteFromFiles({ ...page, '_config.yml': config }),
        '--destination',
        dest,
        '--quiet',
      ]);
      expect(r.stderr).toBe('');
      trees.push(String(readTree(dest).get('index.html')));
    }
    expect(trees[0]).toContain('<h1 id="hi">Hi</h1>');
    expect(trees[1]).toEqual(trees[0]);
  });
});
