import { spawn } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { KeptRenders, type RenderStore } from '../../src/render/kept.js';
import { createLog } from '../../src/shared/log.js';
import { type BuildOutcome, type Watcher, watch } from '../../src/watch/watch.js';
import { buildSite, CLI } from '../helpers/run.js';
import { readTree, siteFromFiles, tempDir } from '../helpers/tree.js';

const SITE = {
  '_config.yml': 'title: W\n',
  '_layouts/post.html': '<article>{{ page.title }}: {{ content }}</article>\n',
  '_posts/2021-01-01-a.md': '---\ntitle: A\nlayout: post\n---\nFirst.\n',
  'index.html': '---\n---\n{% for p in site.posts %}{{ p.title }};{% endfor %}\n',
};

let watcher: Watcher | undefined;
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
});

function start(src: string, dest: string, store?: RenderStore) {
  const lines: string[] = [];
  const outcomes: BuildOutcome[] = [];
  let wake: (() => void) | undefined;
  watcher = watch(
    { source: src, destination: dest },
    createLog(true),
    (l) => lines.push(l),
    (o) => {
      outcomes.push(o);
      wake?.();
    },
    undefined,
    store,
  );
  const nextBuild = () =>
    new Promise<BuildOutcome>((resolve) => {
      const n = outcomes.length;
      wake = () => {
        if (outcomes.length > n) resolve(outcomes[outcomes.length - 1]!);
      };
    });
  return { lines, outcomes, nextBuild };
}

describe('kiln watch', () => {
  it('rebuilds after a save, prints one line naming the file, and equals a clean build', async () => {
    const src = siteFromFiles(SITE);
    const dest = tempDir();
    const w = start(src, dest);
    await watcher!.ready;
    const rebuilt = w.nextBuild();
    writeFileSync(join(src, '_posts/2021-01-02-b.md'), '---\ntitle: B\nlayout: post\n---\nSecond.\n');
    const outcome = await rebuilt;
    expect(outcome.ok).toBe(true);
    expect(w.lines[w.lines.length - 1]).toMatch(/^_posts\/2021-01-02-b\.md: 2 written, 0 removed in \d+ ms$/);
    expect(readFileSync(join(dest, 'index.html'), 'utf8')).toBe('B;A;\n');
    const clean = tempDir();
    await buildSite(src, clean);
    expect(readTree(dest)).toEqual(readTree(clean));
  });

  it('takes the Markdown kiln build kept for its first build, and renders what is saved after', async () => {
    const src = siteFromFiles(SITE);
    const store = { dir: tempDir('kept-store'), program: 'test' };
    // Kept HTML no renderer would make shows that the first build takes it.
    const config = loadConfig({ source: src });
    const kept = KeptRenders.open(store, config.source, config.markdown);
    kept.put(kept.key('First.\n'), Buffer.from('<p>kept</p>\n'));
    await kept.save();
    const dest = tempDir();
    const w = start(src, dest, store);
    await watcher!.ready;
    expect(readFileSync(join(dest, '2021/01/01/a.html'), 'utf8')).toBe('<article>A: <p>kept</p>\n</article>\n');
    const rebuilt = w.nextBuild();
    writeFileSync(join(src, '_posts/2021-01-01-a.md'), '---\ntitle: A\nlayout: post\n---\nEdited.\n');
    expect((await rebuilt).ok).toBe(true);
    expect(readFileSync(join(dest, '2021/01/01/a.html'), 'utf8')).toBe('<article>A: <p>Edited.</p>\n</article>\n');
    // A watch's later builds keep nothing: what the first one used is what is kept.
    const after = KeptRenders.open(store, config.source, config.markdown);
    expect(after.get(after.key('First.\n'))?.toString()).toBe('<p>kept</p>\n');
    expect(after.get(after.key('Edited.\n'))).toBeUndefined();
  });

  it("names the site's files a save changed, not an editor's swap or temporary files", async () => {
    const src = siteFromFiles(SITE);
    const dest = tempDir();
    const w = start(src, dest);
    await watcher!.ready;
    const printed = w.lines.length;
    // A swap file beside the post, alone: rebuilt, nothing written, nothing printed.
    const swap = w.nextBuild();
    writeFileSync(join(src, '_posts/.2021-01-01-a.md.swp'), 'swap');
    expect((await swap).ok).toBe(true);
    expect(w.lines.length).toBe(printed);
    // A save as sed -i and many editors make it: a temporary file written, then renamed over the post.
    const saved = w.nextBuild();
    writeFileSync(join(src, '_posts/sedX1y2Z3'), '---\ntitle: A3\nlayout: post\n---\nFirst.\n');
    renameSync(join(src, '_posts/sedX1y2Z3'), join(src, '_posts/2021-01-01-a.md'));
    expect((await saved).ok).toBe(true);
    expect(w.lines.slice(printed)).toEqual([
      expect.stringMatching(/^_posts\/2021-01-01-a\.md: 2 written, 0 removed in \d+ ms$/),
    ]);
  });

  it('a failed rebuild prints the error, leaves the site as it was, and the next good save recovers', async () => {
    const src = siteFromFiles(SITE);
    const dest = tempDir();
    const w = start(src, dest);
    await watcher!.ready;
    const before = readTree(dest);
    const failed = w.nextBuild();
    writeFileSync(join(src, '_posts/2021-01-01-a.md'), '---\ntitle: [A\nlayout: post\n---\nFirst.\n');
    expect((await failed).ok).toBe(false);
    expect(w.lines).toContain('build failed; the site was left as it was');
    expect(w.lines.some((l) => /^_posts\/2021-01-01-a\.md:\d+: invalid YAML/.test(l))).toBe(true);
    expect(readTree(dest)).toEqual(before);
    // Saved again at once, right after the failed build: the watcher must still notice it.
    const fixed = w.nextBuild();
    writeFileSync(join(src, '_posts/2021-01-01-a.md'), '---\ntitle: A2\nlayout: post\n---\nFirst, fixed.\n');
    expect((await fixed).ok).toBe(true);
    expect(readFileSync(join(dest, 'index.html'), 'utf8')).toBe('A2;\n');
  });
  it('regenerates the feed and sitemap on a save, writes them only when they change, and equals a clean build', async () => {
    const src = siteFromFiles({
      '_config.yml':
        'title: W\nurl: https://example.org\ntime: 2024-02-01 12:00:00 +0000\nplugins: [jekyll-feed, jekyll-sitemap]\n',
      '_posts/2024-01-01-a.md': '---\ntitle: A\n---\nFirst.\n',
      'about.md': '---\ntitle: About\n---\nAbout.\n',
    });
    const dest = tempDir();
    const w = start(src, dest);
    await watcher!.ready;
    expect(readFileSync(join(dest, 'feed.xml'), 'utf8')).toContain('<title type="html">A</title>');
    let rebuilt = w.nextBuild();
    writeFileSync(join(src, '_posts/2024-01-02-b.md'), '---\ntitle: B\n---\nSecond.\n');
    expect((await rebuilt).ok).toBe(true);
    expect(readFileSync(join(dest, 'feed.xml'), 'utf8')).toContain('<title type="html">B</title>');
    expect(readFileSync(join(dest, 'sitemap.xml'), 'utf8')).toContain(
      '<loc>https://example.org/2024/01/02/b.html</loc>',
    );
    // A page's body changes nothing the feed or sitemap print: neither is written again.
    rebuilt = w.nextBuild();
    writeFileSync(join(src, 'about.md'), '---\ntitle: About\n---\nAbout us.\n');
    expect((await rebuilt).ok).toBe(true);
    expect(w.lines[w.lines.length - 1]).toMatch(/^about\.md: 1 written, 0 removed in \d+ ms$/);
    const clean = tempDir();
    await buildSite(src, clean);
    expect(readTree(dest)).toEqual(readTree(clean));
  });

  // jekyll-feed and jekyll-redirect-from yield to a file at their path in the source folder even
  // when the site does not read it (plugins/values.ts): adding or removing one is a change.
  it.each([
    ['adds an excluded feed.xml', {}, (src: string) => writeFileSync(join(src, 'feed.xml'), 'mine\n')],
    ['removes an excluded feed.xml', { 'feed.xml': 'mine\n' }, (src: string) => rmSync(join(src, 'feed.xml'))],
    ['adds an excluded feed.xslt.xml', {}, (src: string) => writeFileSync(join(src, 'feed.xslt.xml'), '<x/>\n')],
    ['adds an excluded redirects.json', {}, (src: string) => writeFileSync(join(src, 'redirects.json'), '{}\n')],
    [
      'removes an excluded redirects.json',
      { 'redirects.json': '{}\n' },
      (src: string) => rmSync(join(src, 'redirects.json')),
    ],
  ] as const)('equals a clean build when a save %s', async (_, files, act) => {
    const src = siteFromFiles({
      '_config.yml':
        'url: https://example.org\ntime: 2024-02-01 12:00:00 +0000\nplugins: [jekyll-feed, jekyll-redirect-from]\n' +
        'exclude: [feed.xml, feed.xslt.xml, redirects.json]\n',
      '_posts/2024-01-01-a.md': '---\ntitle: A\nredirect_from: /old/\n---\nFirst.\n',
      'index.html': '---\n---\n{% for p in site.pages %}{{ p.url }} {{ p.xsl }};{% endfor %}\n',
      ...files,
    });
    const dest = tempDir();
    const w = start(src, dest);
    await watcher!.ready;
    const rebuilt = w.nextBuild();
    act(src);
    expect((await rebuilt).ok).toBe(true);
    const clean = tempDir();
    await buildSite(src, clean);
    expect(readTree(dest)).toEqual(readTree(clean));
  });

  it('recompiles a stylesheet when a Sass partial changes, in the site or in its theme', async () => {
    const src = siteFromFiles({
      '_config.yml': 'theme: t\nsass:\n  style: compressed\n  sourcemap: never\n',
      '_themes/t/_sass/_base.scss': 'p { margin: 0; }\n',
      '_sass/_colors.scss': '$c: red;\n',
      'css/site.scss': '---\n---\n@import "base";\n@import "colors";\na { color: $c; }\n',
    });
    const dest = tempDir();
    const w = start(src, dest);
    await watcher!.ready;
    expect(readFileSync(join(dest, 'css/site.css'), 'utf8')).toBe('p{margin:0}a{color:red}\n');
    let rebuilt = w.nextBuild();
    writeFileSync(join(src, '_sass/_colors.scss'), '$c: blue;\n');
    expect((await rebuilt).ok).toBe(true);
    expect(readFileSync(join(dest, 'css/site.css'), 'utf8')).toBe('p{margin:0}a{color:blue}\n');
    rebuilt = w.nextBuild();
    writeFileSync(join(src, '_themes/t/_sass/_base.scss'), 'p { margin: 1px; }\n');
    expect((await rebuilt).ok).toBe(true);
    expect(readFileSync(join(dest, 'css/site.css'), 'utf8')).toBe('p{margin:1px}a{color:blue}\n');
  });

  it('renders a page again when a partial its scssify imported changes, and only that page', async () => {
    const src = siteFromFiles({
      '_config.yml': 'template_engine: liquid\nsass:\n  style: compressed\n',
      '_sass/_colors.scss': '$c: red;\n',
      'index.html':
        '---\n---\n{% capture s %}@import "colors"; a { color: $c; }{% endcapture %}<style>{{ s | scssify }}</style>\n',
      'about.html': '---\n---\nAbout.\n',
    });
    const dest = tempDir();
    const w = start(src, dest);
    await watcher!.ready;
    expect(readFileSync(join(dest, 'index.html'), 'utf8')).toBe('<style>a{color:red}\n</style>\n');
    const rebuilt = w.nextBuild();
    writeFileSync(join(src, '_sass/_colors.scss'), '$c: blue;\n');
    expect((await rebuilt).ok).toBe(true);
    expect(readFileSync(join(dest, 'index.html'), 'utf8')).toBe('<style>a{color:blue}\n</style>\n');
    expect(w.lines[w.lines.length - 1]).toMatch(/^_sass\/_colors.scss: 1 written, 0 removed in \d+ ms$/);
  });
});

describe('kiln watch, the compiled command', () => {
  it('rebuilds after a save and after the destination was emptied by hand', async () => {
    const src = siteFromFiles(SITE);
    const dest = tempDir();
    const child = spawn(
      process.execPath,
      [CLI, 'watch', '--source', src, '--destination', dest, '--quiet', '--timings'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    const lineMatching = (re: RegExp) =>
      new Promise<string>((resolve) => {
        const look = () => {
          const line = out.split('\n').find((l) => re.test(l));
          if (line) {
            out = out.slice(out.indexOf(line) + line.length);
            resolve(line);
          } else child.stdout.once('data', look);
        };
        look();
      });
    child.stdout.on('data', (d) => {
      out += d;
    });
    try {
      // The watcher is ready before the first build starts.
      await lineMatching(/\] start: 2 written/);
      writeFileSync(join(src, '_posts/2021-01-01-a.md'), '---\ntitle: A, edited\nlayout: post\n---\nFirst.\n');
      expect(await lineMatching(/\] _posts\/2021-01-01-a\.md: /)).toMatch(/: 2 written, 0 removed in \d+ ms$/);
      expect(readFileSync(join(dest, 'index.html'), 'utf8')).toBe('A, edited;\n');
      // --timings: each build's stages on a line of stderr, the first build's (keeping its Markdown) and the rebuild's.
      const stages = () =>
        err
          .split('\n')
          .filter((l) =>
            /^stages \(ms\): config [\d.]+, read [\d.]+, .* stage [\d.]+, commit [\d.]+(, keep [\d.]+)?$/.test(l),
          ).length;
      while (stages() < 2) await new Promise((r) => child.stderr.once('data', r));
      // One save can reach the watcher as two events far enough apart for a second rebuild (which
      // writes nothing but uses the destination): wait for the output to go quiet before deleting.
      await quietFor(child, 300);
      // Everything deleted, manifest included: the next rebuild writes every file again.
      // A body edit changes the post's page only, so the index page is there because it was missing.
      rmSync(dest, { recursive: true });
      writeFileSync(join(src, '_posts/2021-01-01-a.md'), '---\ntitle: A, edited\nlayout: post\n---\nFirst, again.\n');
      // On a busy machine the first save's second event can still come after the quiet spell: its
      // rebuild (nothing written) is passed over; the rebuild of this save writes both files.
      expect(await lineMatching(/\] _posts\/2021-01-01-a\.md: [1-9]/)).toMatch(/: 2 written, 0 removed in \d+ ms$/);
      const clean = tempDir();
      await buildSite(src, clean);
      expect(readTree(dest)).toEqual(readTree(clean));
    } finally {
      child.kill();
    }
  });
});

/** Resolves once `child` has printed nothing for `ms` milliseconds. */
function quietFor(child: { stdout: NodeJS.ReadableStream }, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(done, ms);
    };
    const done = () => {
      child.stdout.off('data', restart);
      resolve();
    };
    let timer = setTimeout(done, ms);
    child.stdout.on('data', restart);
  });
}
