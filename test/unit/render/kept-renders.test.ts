import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { type KeptKind, KeptRenders, loadedLibraries, type RenderStore } from '../../../src/render/kept.js';
import { readKeptFile, writeKeptFile } from '../../../src/render/kept-file.js';
import { buildSite, runCli } from '../../helpers/run.js';
import { diffTrees, readTree, siteFromFiles, tempDir } from '../../helpers/tree.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'project-blog');
const PLUGIN_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures-plugins');
const EXPECTED = readTree(join(FIXTURE, 'expected'));

/** Builds `source` with `store` into a fresh folder; its tree. */
async function built(source: string, store?: RenderStore) {
  const destination = tempDir('kept-out');
  const r = await buildSite(source, destination, {}, store);
  expect(r.errors).toEqual([]);
  return readTree(destination);
}

const keptFiles = (store: RenderStore) =>
  existsSync(join(store.dir, 'markdown')) ? readdirSync(join(store.dir, 'markdown')) : [];
/** The one kept file under `store`. */
const keptFile = (store: RenderStore) => join(store.dir, 'markdown', keptFiles(store)[0]!);

/** The kept HTML for a site's Markdown source, as a later build of it would find it. */
function keptFor(store: RenderStore, source: string, markdown: string, kind: KeptKind = 'bytes'): string | undefined {
  const config = loadConfig({ source });
  const kept = KeptRenders.open(store, config.source, config.markdown);
  return kept.get(kept.key(markdown, kind))?.toString();
}

/** Changes the one kept entry whose text `holds` the given text; false when no entry or several do. */
async function changeKept(store: RenderStore, holds: string, change: (text: string) => string): Promise<boolean> {
  const { held } = readKeptFile(keptFile(store));
  const keys = [...held].filter(([, bytes]) => bytes.toString().includes(holds)).map(([key]) => key);
  if (keys.length !== 1) return false;
  held.set(keys[0]!, Buffer.from(change(held.get(keys[0]!)!.toString())));
  await writeKeptFile(keptFile(store), held);
  return true;
}

describe('What builds keep between them (render/kept.ts)', () => {
  it('gives the same bytes as a build without it, the first time and from what it kept', async () => {
    const store = { dir: tempDir('kept-store'), program: 'test' };
    expect(diffTrees(EXPECTED, await built(join(FIXTURE, 'source'), store))).toEqual([]);
    expect(keptFiles(store)).toHaveLength(1);
    const file = keptFile(store);
    const first = readFileSync(file);
    expect(diffTrees(EXPECTED, await built(join(FIXTURE, 'source'), store))).toEqual([]);
    // Nothing new was rendered, nothing dropped: the file is left as it was.
    expect(readFileSync(file)).toEqual(first);
  });

  it('gives every fixture site the same bytes from what it kept (Liquid and Nunjucks, highlighting, plugins, Sass)', async () => {
    // The same code in three languages (one Rouge does not know), in either template language.
    const blocks = ['ruby', 'python', 'nosuch'].map((lang) => `{% highlight ${lang} %}\nputs 1\n{% endhighlight %}`);
    const sites = [
      ...readdirSync(join(FIXTURE, '..')).map((name) => join(FIXTURE, '..', name, 'source')),
      ...readdirSync(PLUGIN_FIXTURES).map((name) => join(PLUGIN_FIXTURES, name, 'source')),
      ...['nunjucks', 'liquid'].map((engine) =>
        siteFromFiles({ '_config.yml': `template_engine: ${engine}\n`, 'a.html': `---\n---\n${blocks.join('\n')}` }),
      ),
    ];
    for (const source of sites) {
      const store = { dir: tempDir('kept-store'), program: 'test' };
      const plain = await built(source);
      expect(diffTrees(plain, await built(source, store)), source).toEqual([]);
      expect(diffTrees(plain, await built(source, store)), source).toEqual([]);
    }
  });

  it('takes a source’s HTML from what is kept instead of rendering it', async () => {
    const source = siteFromFiles({
      '_config.yml': 'title: Kept\n',
      '_layouts/post.html': '<main>{{ content }}</main>',
      '_posts/2024-01-01-a.md': '---\nlayout: post\n---\nHello *world*.\n',
      'about.md': '---\nlayout: post\n---\nAbout *us*.\n',
    });
    const store = { dir: tempDir('kept-store'), program: 'test' };
    const read = (tree: Map<string, Buffer>, path: string) => tree.get(path)?.toString();
    const first = await built(source, store);
    expect(read(first, '2024/01/01/a.html')).toBe('<main><p>Hello <em>world</em>.</p>\n</main>');
    expect(keptFor(store, source, 'Hello *world*.\n')).toBe('<p>Hello <em>world</em>.</p>\n');
    expect(keptFor(store, source, 'About *us*.\n', 'text')).toBe('<p>About <em>us</em>.</p>\n');
    // Kept HTML no renderer would make shows that it is what a build takes, for a post and a page.
    const config = loadConfig({ source });
    const kept = KeptRenders.open(store, config.source, config.markdown);
    kept.put(kept.key('Hello *world*.\n'), Buffer.from('<p>kept</p>\n'));
    // A page's HTML is asked for as text, a post's as UTF-8: each is kept under a key of its own.
    kept.put(kept.key('About *us*.\n', 'text'), Buffer.from('<p>kept too</p>\n'));
    await kept.save();
    const second = await built(source, store);
    expect(read(second, '2024/01/01/a.html')).toBe('<main><p>kept</p>\n</main>');
    expect(read(second, 'about.html')).toBe('<main><p>kept too</p>\n</main>');
    // Another program, or other Markdown options, find nothing kept for them.
    expect(read(await built(source, { ...store, program: 'other' }), '2024/01/01/a.html')).toBe(
      '<main><p>Hello <em>world</em>.</p>\n</main>',
    );
    writeFileSync(join(source, '_config.yml'), 'title: Kept\nkramdown:\n  auto_ids: false\n');
    expect(read(await built(source, store), '2024/01/01/a.html')).toBe('<main><p>Hello <em>world</em>.</p>\n</main>');
    expect(keptFiles(store)).toHaveLength(3);
  });

  it('keys a source by the SHA-256 of its kind and its UTF-8, ASCII or not', () => {
    const config = loadConfig({ source: siteFromFiles({ '_config.yml': 'title: Keys\n' }) });
    const kept = KeptRenders.open({ dir: tempDir('kept-key'), program: 'test' }, config.source, config.markdown);
    const sha = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('binary');
    // An ASCII text, a text with a character past Latin-1, one with Latin-1 letters (whose Latin-1
    // bytes are not their UTF-8), and one with a surrogate on its own (UTF-8 has U+FFFD for it).
    for (const source of ['Hello *world*.\n', 'It’s “quoted”.\n', 'Café, Zürich.\n', 'Odd \ud800.\n'])
      for (const kind of ['bytes', 'text'] as const) expect(kept.key(source, kind)).toBe(sha(`${kind}\n${source}`));
  });

  it('takes a template’s compiled code and a highlighted block from what is kept, in either template language', async () => {
    for (const engine of ['nunjucks', 'liquid']) {
      const source = siteFromFiles({
        '_config.yml': `title: Kept\ntemplate_engine: ${engine}\n`,
        '_layouts/page.html': '<main>{{ content }}</main>',
        'a.html': '---\nlayout: page\n---\n{% highlight ruby %}\nputs 1\n{% endhighlight %}\n',
      });
      const store = { dir: tempDir('kept-store'), program: 'test' };
      const first = await built(source, store);
      const page = first.get('a.html')?.toString();
      expect(page).toContain('<main><figure class="highlight"><pre><code class="language-ruby" data-lang="ruby">');
      expect(page).toContain('<span class="nb">puts</span>');
      // Kept code and HTML no compiler or highlighter would make show that a build takes them.
      expect(await changeKept(store, '<span class="nb">puts</span>', (html) => html.replace('puts', 'kept'))).toBe(
        true,
      );
      // Only Nunjucks compiles templates to code (the layout's text is a string in it).
      expect(await changeKept(store, '<main>', (code) => code.replace('<main>', '<MAIN>'))).toBe(engine === 'nunjucks');
      const second = (await built(source, store)).get('a.html')?.toString();
      expect(second).toBe(
        page!
          .replace('<span class="nb">puts</span>', '<span class="nb">kept</span>')
          .replace('<main>', engine === 'nunjucks' ? '<MAIN>' : '<main>'),
      );
      // Without the store, the same site gives the first build's page.
      expect((await built(source)).get('a.html')?.toString()).toBe(page);
    }
  });

  it('takes a long text’s xml_escape from what is kept, in either template language', async () => {
    const words = 'A body long enough to be kept once escaped, with "quotes" & marks. '.repeat(20);
    for (const engine of ['nunjucks', 'liquid']) {
      const source = siteFromFiles({
        '_config.yml': `title: Kept\ntemplate_engine: ${engine}\n`,
        '_posts/2024-01-02-long.md': `---\ntitle: Long\n---\n${words}\n`,
        'feed.xml':
          '---\n---\n<feed>{% for post in site.posts %}<c>{{ post.content | xml_escape }}</c>{% endfor %}</feed>\n',
      });
      const store = { dir: tempDir('kept-store'), program: 'test' };
      const feed = (await built(source, store)).get('feed.xml')?.toString();
      expect(feed).toContain('&lt;p&gt;A body long enough to be kept once escaped, with “quotes” &amp;amp; marks.');
      // A kept escape no filter would make shows that a build takes it.
      expect(
        await changeKept(store, '&lt;p&gt;A body', (text) => text.replace('&lt;p&gt;A body', '&lt;p&gt;Kept')),
      ).toBe(true);
      const second = (await built(source, store)).get('feed.xml')?.toString();
      expect(second).toBe(feed!.replace('&lt;p&gt;A body', '&lt;p&gt;Kept'));
      // Without the store, the same site gives the first build's feed.
      expect((await built(source)).get('feed.xml')?.toString()).toBe(feed);
    }
  });

  it('takes whether an include reads only `site` from what is kept', async () => {
    const include = '<h1>{{ page.title }}</h1>';
    const source = siteFromFiles({
      '_config.yml': 'title: Kept\n',
      '_includes/head.html': include,
      '_layouts/page.html': '{% include "head.html" %}<main>{{ content }}</main>',
      'a.html': '---\nlayout: page\ntitle: A\n---\nBody\n',
    });
    const store = { dir: tempDir('kept-store'), program: 'test' };
    const page = (await built(source, store)).get('a.html')?.toString();
    expect(page).toBe('<h1>A</h1><main>Body\n</main>');
    // The include reads `page`: kept as no fragment. Kept as one (rendered once, with `site`
    // alone), the next build shows it takes the kept answer. Keyed by kiln's own tags and the text.
    const config = loadConfig({ source });
    const kept = KeptRenders.open(store, config.source, config.markdown);
    const key = kept.key(`[["toc"],["highlight"],["post_url","link"]]\n${include}`, 'site_only');
    const { held } = readKeptFile(keptFile(store));
    expect(held.get(key)?.toString()).toBe('');
    held.set(key, Buffer.from('1'));
    await writeKeptFile(keptFile(store), held);
    expect((await built(source, store)).get('a.html')?.toString()).toBe('<h1></h1><main>Body\n</main>');
    // Without the store, the same site gives the first build's page.
    expect((await built(source)).get('a.html')?.toString()).toBe(page);
  });

  it('compiles a template anew when the plugins’ tags change, and runs a plugin’s tag as it is now', () => {
    // Run as a user runs kiln: Node imports the plugins (the test runner would keep the first).
    const plugin = (body: string) => `export default function (kiln) {\n${body}\n}\n`;
    const source = siteFromFiles({
      '_config.yml': 'title: Kept\n',
      '_plugins/words.mjs': plugin("  kiln.tag('greet', (markup) => 'one ' + markup);"),
      'a.html': '---\n---\n{% greet "you" %}\n',
    });
    const cache = tempDir('kept-cache');
    const page = (env: Record<string, string>) => {
      const destination = tempDir('kept-out');
      const r = runCli(['build', '--source', source, '--destination', destination, '--quiet'], env);
      return r.code === 0 ? readFileSync(join(destination, 'a.html'), 'utf8') : r.stderr;
    };
    expect(page({ KILN_CACHE_DIR: cache })).toBe('one you\n');
    expect(readdirSync(join(cache, 'markdown'))).toHaveLength(1);
    writeFileSync(join(source, '_plugins', 'words.mjs'), plugin("  kiln.tag('greet', (markup) => 'two ' + markup);"));
    expect(page({ KILN_CACHE_DIR: cache })).toBe('two you\n');
    // Without the tag, the page is the error it is with nothing kept, not the code kept for it.
    writeFileSync(join(source, '_plugins', 'words.mjs'), plugin("  kiln.filter('shout', (s) => s);"));
    const error = page({ KILN_CACHE_DIR: cache });
    expect(error).toContain('a.html');
    expect(error).toBe(page({ KILN_CACHE_DIR: cache, KILN_DISABLE_MARKDOWN_CACHE: '1' }));
  });

  it('takes a compiled stylesheet from what is kept while its text, the files it loaded and the files an import can find are the same', async () => {
    const source = siteFromFiles({
      '_config.yml': 'title: Styles\n',
      '_sass/_colors.scss': '$c: red;\n',
      'assets/main.scss': '---\n---\n@import "colors";\na { color: $c; }\n',
    });
    const store = { dir: tempDir('kept-store'), program: 'test' };
    const css = async () => (await built(source, store)).get('assets/main.css')!.toString();
    const plain = (await built(source)).get('assets/main.css')!.toString();
    expect(plain).toContain('color: red');
    expect(await css()).toBe(plain);
    // Kept CSS no compiler would make shows that it is what the next build takes.
    expect(await changeKept(store, 'color: red', (t) => t.replace('color: red', 'color: kept'))).toBe(true);
    expect(await css()).toContain('color: kept');
    // A partial it loaded changed: compiled anew.
    writeFileSync(join(source, '_sass', '_colors.scss'), '$c: green;\n');
    expect(await css()).toContain('color: green');
    // A file appeared where an import could find it: compiled anew.
    expect(await changeKept(store, 'color: green', (t) => t.replace('color: green', 'color: kept'))).toBe(true);
    expect(await css()).toContain('color: kept');
    writeFileSync(join(source, '_sass', '_more.scss'), '$d: 1;\n');
    expect(await css()).toContain('color: green');
  });

  it('takes whether an output renders in pieces from what is kept', async () => {
    // A large include that reads only `site` is a shared fragment, spliced in as it is: a layout
    // that filters it must render whole, which Nunjucks' parse of the layout decides.
    const source = siteFromFiles({
      '_config.yml': 'title: Kept\n',
      '_includes/big.html': `<nav>{{ site.title }}${'x'.repeat(5000)}</nav>`,
      '_layouts/shout.html': '{% filter upper %}{% include "big.html" %}{% endfilter %}{{ content }}',
      'a.html': '---\nlayout: shout\n---\nA',
    });
    const store = { dir: tempDir('kept-store'), program: 'test' };
    const page = (await built(source, store)).get('a.html')?.toString();
    expect(page).toBe(`<NAV>KEPT${'X'.repeat(5000)}</NAV>A`);
    // Kept as "in pieces", the fragment is spliced in unfiltered: the build took the kept answer.
    expect(await changeKept(store, '\u0000', () => '\u0001')).toBe(true);
    expect((await built(source, store)).get('a.html')?.toString()).toBe(`<nav>Kept${'x'.repeat(5000)}</nav>A`);
    expect((await built(source)).get('a.html')?.toString()).toBe(page);
  });

  it('keeps a page’s HTML only when UTF-8 holds it as templates see it', async () => {
    // `&#xD800;` becomes a lone surrogate, which a layout's filters see as it is (uri_escape fails on it).
    const source = siteFromFiles({
      '_config.yml': 'title: Kept\n',
      '_layouts/page.html': '{{ content | jsonify }}',
      'a.md': '---\nlayout: page\n---\nLone &#xD800; here.\n',
      'b.md': '---\nlayout: page\n---\nPaired &#x1F600; here.\n',
    });
    const store = { dir: tempDir('kept-store'), program: 'test' };
    const first = await built(source, store);
    expect(first.get('a.html')?.toString()).toBe('"<p>Lone \\ud800 here.</p>\\n"');
    expect(keptFor(store, source, 'Lone &#xD800; here.\n', 'text')).toBeUndefined();
    expect(keptFor(store, source, 'Paired &#x1F600; here.\n', 'text')).toBe('<p>Paired 😀 here.</p>\n');
    expect(diffTrees(first, await built(source, store))).toEqual([]);
  });

  it('knows its program by the versions of the libraries it loads as it runs, as installed', () => {
    const require = createRequire(import.meta.url);
    const installed = (name: string) =>
      (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
    const found = new Map(loadedLibraries());
    expect([...found.keys()]).toEqual([
      'prismjs',
      '@shikijs/engine-javascript',
      '@shikijs/vscode-textmate',
      '@wooorm/starry-night',
      'sass',
    ]);
    expect(found.get('prismjs')).toBe(installed('prismjs'));
    // sass's exports name no package.json: read beside its entry.
    const sassDir = join(require.resolve('sass'), '..');
    expect(found.get('sass')).toBe(
      (JSON.parse(readFileSync(join(sassDir, 'package.json'), 'utf8')) as { version: string }).version,
    );
    for (const version of found.values()) expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('adds what a build rendered, and writes the file anew once more of it is stale than live', async () => {
    const source = siteFromFiles({
      '_config.yml': 'title: Kept\n',
      '_posts/2024-01-01-a.md': '---\n---\nFirst.\n',
      '_posts/2024-01-02-b.md': '---\n---\nSecond.\n',
    });
    const store = { dir: tempDir('kept-store'), program: 'test' };
    await built(source, store);
    const file = keptFile(store);
    const edit = async (text: string) => {
      const before = readFileSync(file);
      writeFileSync(join(source, '_posts', '2024-01-02-b.md'), `---\n---\n${text}\n`);
      await built(source, store);
      return { before, after: readFileSync(file) };
    };
    // One edit: its record is added at the end; the old HTML is stale but still right for its source.
    const once = await edit('Second, edited.');
    expect(once.after.subarray(0, once.before.length)).toEqual(once.before);
    expect(keptFor(store, source, 'Second, edited.\n')).toBe('<p>Second, edited.</p>\n');
    expect(keptFor(store, source, 'Second.\n')).toBe('<p>Second.</p>\n');
    // Edited again and again, the stale records outgrow the live ones: the file is written anew.
    const sizes = [once.after.length];
    for (let i = 0; i < 3; i++) sizes.push((await edit(`Second, edit ${i}.`)).after.length);
    expect(sizes.some((size, k) => k > 0 && size < sizes[k - 1]!)).toBe(true);
    expect(keptFor(store, source, 'First.\n')).toBe('<p>First.</p>\n');
    expect(keptFor(store, source, 'Second, edit 2.\n')).toBe('<p>Second, edit 2.</p>\n');
    expect(keptFor(store, source, 'Second.\n')).toBeUndefined();
    // And from that file, the same site again.
    expect(diffTrees(await built(source), await built(source, store))).toEqual([]);
  });

  it('saves while a build goes on and again at its end, and after a failed write writes the file anew', async () => {
    const config = loadConfig({ source: siteFromFiles({ '_config.yml': 'title: Saves\n' }) });
    const store = { dir: tempDir('kept-saves'), program: 'test' };
    const open = () => KeptRenders.open(store, config.source, config.markdown);
    const found = (...sources: string[]) => {
      const next = open();
      return sources.map((s) => next.get(next.key(s))?.toString());
    };
    const kept = open();
    kept.put(kept.key('a'), Buffer.from('A'));
    // Not waited for: the build goes on, and makes more.
    const first = kept.save();
    kept.put(kept.key('b'), Buffer.from('B'));
    await kept.save();
    await first;
    expect(found('a', 'b')).toEqual(['A', 'B']);
    expect(readKeptFile(keptFile(store)).whole).toBe(true);
    // The cache folder taken by a file: the next save fails, and the one after writes everything.
    const later = open();
    for (const s of ['a', 'b']) later.get(later.key(s));
    later.put(later.key('c'), Buffer.from('C'));
    rmSync(join(store.dir, 'markdown'), { recursive: true });
    writeFileSync(join(store.dir, 'markdown'), 'not a folder');
    await later.save();
    rmSync(join(store.dir, 'markdown'));
    later.put(later.key('d'), Buffer.from('D'));
    await later.save();
    expect(found('a', 'b', 'c', 'd')).toEqual(['A', 'B', 'C', 'D']);
  });

  it('treats a damaged or cut short file as none, and writes a good one in its place', async () => {
    const store = { dir: tempDir('kept-store'), program: 'test' };
    await built(join(FIXTURE, 'source'), store);
    const file = keptFile(store);
    const good = readFileSync(file);
    const flipped = Buffer.from(good);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 3) ^ 0x20, flipped.length - 3);
    for (const bad of [flipped, good.subarray(0, good.length - 1), good.subarray(0, 30), Buffer.alloc(0)]) {
      writeFileSync(file, bad);
      expect(diffTrees(EXPECTED, await built(join(FIXTURE, 'source'), store))).toEqual([]);
      expect(readFileSync(file)).toEqual(good);
    }
  });

  it('keeps nothing with `disable_disk_cache: true`, or where it cannot write, and builds all the same', async () => {
    const source = siteFromFiles({
      '_config.yml': 'title: Kept\ndisable_disk_cache: true\n',
      '_posts/2024-01-01-a.md': '---\n---\nFirst.\n',
    });
    const store = { dir: tempDir('kept-store'), program: 'test' };
    const tree = await built(source, store);
    expect(tree.get('2024/01/01/a.html')?.toString()).toBe('<p>First.</p>\n');
    expect(keptFiles(store)).toEqual([]);
    writeFileSync(join(source, '_config.yml'), 'title: Kept\n');
    // The cache folder is a file: nothing can be kept under it.
    const blocked = join(tempDir('kept-store'), 'file');
    writeFileSync(blocked, '');
    expect(diffTrees(tree, await built(source, { dir: blocked, program: 'test' }))).toEqual([]);
  });
});
