import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, FIXED_EPOCH } from '../helpers/run.js';
import { diffTrees, readTree, tempDir } from '../helpers/tree.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');

/** A site that loads every library a build can: Liquid, Nunjucks, Markdown, Prism, the XML check, CSV data. */
function writeSite(dir: string, posts: number) {
  const put = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  put('_config.yml', 'title: Bundled\nurl: https://example.org\ntimezone: Europe/Amsterdam\n');
  put(
    '_layouts/post.html',
    '<title>{{ page.title }}</title>{% for r in site.data.people %}{{ r.name }} {% endfor %}{{ content }}',
  );
  put('_data/people.csv', 'name,age\nAda,36\nGrace,45\n');
  put(
    'feed.xml',
    '---\nlayout: null\n---\n<?xml version="1.0"?><rss><channel>{% for p in site.posts %}{% if loop.index <= 3 %}<item><title>{{ p.title | xml_escape }}</title><pubDate>{{ p.date | date_to_rfc822 }}</pubDate></item>{% endif %}{% endfor %}</channel></rss>\n',
  );
  for (let i = 0; i < posts; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    put(
      `_posts/2024-02-${day}-post-${i}.md`,
      `---\nlayout: post\ntitle: Post ${i}\n---\n# Post {{ page.title }}\n\nSome *text* and \`code\`.\n\n\`\`\`hcl\nn = ${i} # a comment\n\`\`\`\n`,
    );
  }
}

// The installed command is one file (dist/cli.cjs, loaded by dist/kiln.cjs, the package's bin, and by
// dist/cli.js, its entry module) that scripts/bundle-cli.mjs makes from the sources with the
// libraries inside. Made here beside dist/cli.js (it finds the
// package and the worker script from where it lies), it must build what the modules build and load
// no library itself but Prism.
describe('the bundled command (dist/cli.js)', () => {
  const bundle = join(DIST, `cli-bundle-test-${process.pid}.js`);
  const bin = join(DIST, `kiln-bundle-test-${process.pid}.cjs`);
  beforeAll(() => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bundle-cli.mjs'), bundle, bin], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  const program = bundle.replace(/\.js$/, '.cjs');
  afterAll(() => {
    for (const file of [bundle, bin, program, `${program}.map`]) rmSync(file, { force: true });
  });

  /**
   * Builds `source` in its own process, with the bundle or with tsc's compiled modules (dist/build.js);
   * the libraries Node itself loaded for it, by package.
   */
  function buildApart(how: 'bundle' | 'modules', source: string, dest: string) {
    const run =
      how === 'bundle'
        ? `(await import(${JSON.stringify(bundle)})).main(['build', '--quiet', '--source', source, '--destination', dest])`
        : `(await import(${JSON.stringify(join(DIST, 'build.js'))})).build({ source, destination: dest }, (await import(${JSON.stringify(join(DIST, 'shared', 'log.js'))})).createLog(true)).then(() => 0)`;
    const script = `
      import { createRequire } from 'node:module';
      const [source, dest] = process.argv.slice(2);
      const code = await ${run};
      const loaded = Object.keys(createRequire(import.meta.url).cache)
        .filter((p) => p !== ${JSON.stringify(program)})
        .map((p) => p.match(/node_modules\\/((?:@[^/]+\\/)?[^/]+)/)?.[1] ?? p);
      console.log(JSON.stringify({ code, loaded: [...new Set(loaded)].sort() }));`;
    // A file, not --input-type: worker threads inherit the process's flags.
    const file = join(tempDir('bundle-run'), 'run.mjs');
    writeFileSync(file, script);
    const r = spawnSync(process.execPath, [file, source, dest], {
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH },
    });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { code: number; loaded: string[] };
  }

  it('builds the same bytes as the modules, loading no library through Node but Prism', async () => {
    const source = tempDir('bundle-src');
    writeSite(source, 12);
    const viaModules = tempDir('bundle-modules');
    expect((await buildSite(source, viaModules)).errors).toEqual([]);
    const viaBundle = tempDir('bundle-out');
    const r = buildApart('bundle', source, viaBundle);
    expect(r).toEqual({ code: 0, loaded: ['prismjs'] });
    expect(diffTrees(readTree(viaModules), readTree(viaBundle))).toEqual([]);
  });

  it('builds the project website to the same bytes as the modules', async () => {
    const viaModules = tempDir('own-site-modules');
    expect((await buildSite(ROOT, viaModules, { destination: viaModules })).errors).toEqual([]);
    const viaBundle = tempDir('own-site-bundle');
    expect(buildApart('bundle', ROOT, viaBundle).code).toBe(0);
    expect(diffTrees(readTree(viaModules), readTree(viaBundle))).toEqual([]);
  });

  it('renders Markdown in worker threads from the bundled worker script beside it (2,500 posts)', () => {
    const source = tempDir('bundle-many');
    writeSite(source, 2500);
    const viaModules = tempDir('bundle-many-modules');
    expect(buildApart('modules', source, viaModules).code).toBe(0);
    const viaBundle = tempDir('bundle-many-out');
    expect(buildApart('bundle', source, viaBundle).code).toBe(0);
    expect(diffTrees(readTree(viaModules), readTree(viaBundle))).toEqual([]);
  });

  it("runs as the package's command (a CommonJS file): the same bytes, and a bad post as FILE:LINE", () => {
    const source = tempDir('bin-src');
    writeSite(source, 12);
    const viaModule = tempDir('bin-module');
    expect(buildApart('bundle', source, viaModule).code).toBe(0);
    const viaBin = tempDir('bin-out');
    const build = () =>
      spawnSync(process.execPath, [bin, 'build', '--quiet', '--source', source, '--destination', viaBin], {
        encoding: 'utf8',
        env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH },
      });
    const ok = build();
    expect([ok.status, ok.stderr]).toEqual([0, '']);
    expect(ok.stdout).toMatch(/^\d+ written, 0 unchanged, 0 removed in \d+ ms\n$/);
    expect(diffTrees(readTree(viaModule), readTree(viaBin))).toEqual([]);
    writeFileSync(join(source, '_posts', '2024-03-01-bad.md'), '---\ntitle: [x\n---\nA body.\n');
    const bad = build();
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^_posts\/2024-03-01-bad\.md:3: invalid YAML/m);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
