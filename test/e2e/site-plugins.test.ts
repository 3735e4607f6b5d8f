import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSite, CLI, FIXED_EPOCH, runCli } from '../helpers/run.js';
import { diffTrees, readTree, siteFromFiles, tempDir } from '../helpers/tree.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures-site-plugins');
const PORTS = join(import.meta.dirname, '..', '..', 'examples', 'jekyll-plugins');
const DIST = dirname(CLI);

describe('a site adds tags, filters and generators in JavaScript (_plugins/*.mjs)', () => {
  // expected/ is Jekyll's build with the Ruby plugin (scripts/site-plugins-expected.sh); kiln
  // builds the same source with the port copied over it, as the README tells a migrating site.
  it('the port of a Ruby {% github %} tag gives the pages Jekyll gave', async () => {
    const src = tempDir('github-port');
    cpSync(join(FIXTURES, 'github', 'source'), src, { recursive: true });
    cpSync(PORTS, src, { recursive: true });
    const dest = tempDir('github-port-out');
    const result = await buildSite(src, dest);
    expect(result.errors).toEqual([]);
    expect(diffTrees(readTree(join(FIXTURES, 'github', 'expected')), readTree(dest))).toEqual([]);
  });

  it('a tag and a filter work in Liquid and in Nunjucks; a generator writes files from site', async () => {
    const src = siteFromFiles({
      '_config.yml': 'title: Plugged\ngreeting: Hello\n',
      '_plugins/words.mjs': [
        'export default function (kiln) {',
        "  kiln.tag('greet', (markup, { site, page }) => site.greeting + ', ' + markup + ' (' + page.title + ')');",
        "  kiln.filter('shout', (input, mark = '!') => String(input).toUpperCase() + mark);",
        '  kiln.generator((site) => [',
        "    { path: 'titles.txt', text: site.pages.map((p) => p.title).join(',') },",
        "    { path: '/deep/count.txt', text: String(site.posts.length) },",
        '  ]);',
        '}',
      ].join('\n'),
      'liquid.md': '---\ntitle: L\n---\n{% greet you %} {{ "a" | shout }} {{ "b" | shout: "?" }}\n',
      'nunjucks.html': '---\ntitle: N\n---\n{% greet "you", 2 %} {{ "a" | shout }} {{ "b" | shout("?") }}\n',
      '_posts/2020-01-01-p.md': '---\n---\np\n',
    });
    const dest = tempDir('plugged');
    const result = await buildSite(src, dest);
    expect(result.errors).toEqual([]);
    expect(readFileSync(join(dest, 'liquid.html'), 'utf8')).toBe('<p>Hello, you (L) A! B?</p>\n');
    expect(readFileSync(join(dest, 'nunjucks.html'), 'utf8')).toBe('Hello, you 2 (N) A! B?\n');
    expect(readFileSync(join(dest, 'titles.txt'), 'utf8')).toBe('L,N');
    expect(readFileSync(join(dest, 'deep/count.txt'), 'utf8')).toBe('1');
  });

  // Run as a user runs kiln (plugins are imported by Node itself, not by the test runner).
  it.each([
    ['no default export', 'export const x = 1;\n', '_plugins/bad.mjs: a plugin must export a default function'],
    [
      'an error while registering',
      'export default function () {\n  throw new Error("boom");\n}\n',
      '_plugins/bad.mjs:2: plugin: boom',
    ],
    ['a syntax error', 'export default function ( {\n', '_plugins/bad.mjs: plugin: SyntaxError: '],
    [
      'a name taken twice',
      "export default (k) => { k.filter('x', (v) => v); k.filter('x', (v) => v); };\n",
      '_plugins/bad.mjs: filter "x" is already added by _plugins/bad.mjs',
    ],
    [
      'a generator writing outside the destination',
      "export default (k) => k.generator(() => [{ path: '../x.txt', text: '' }]);\n",
      "_plugins/bad.mjs: a generator's file ../x.txt cannot be written (it leads outside the destination)",
    ],
  ])('%s fails the build naming the plugin file', (_what, code, message) => {
    const src = siteFromFiles({ '_config.yml': '', 'index.html': '---\n---\nx\n', '_plugins/bad.mjs': code });
    const r = runCli(['build', '--source', src, '--destination', join(src, '_site')]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').find((l) => l.startsWith('_plugins/'))).toContain(message);
  });

  // An exception inside a tag or filter: the template's FILE:LINE, then the plugin's, no stack trace.
  const THROWS = [
    'export default function (kiln) {',
    "  kiln.tag('boom', (markup) => {",
    "    if (markup.trim() === 'bad') throw new Error('cannot boom ' + markup.trim());",
    "    return 'ok';",
    '  });',
    "  kiln.filter('explode', (input) => input.nope.deeper);",
    '}',
    '',
  ].join('\n');
  it.each([
    [
      'a Liquid page',
      'template_engine: liquid\n',
      { 'index.html': '---\n---\nline 3\n{% boom good %}\n{% boom bad %}\n' },
      ['index.html:5: template error: tag boom (_plugins/boom.mjs:3): cannot boom bad'],
    ],
    [
      'a Liquid include and layout',
      'template_engine: liquid\n',
      {
        '_includes/i.html': 'one\n{% boom bad %}\n',
        'h.html': '---\n---\n{% include i.html %}\n',
        '_layouts/l.html': 'one\n{{ page.title | explode }}\n',
        'g.md': '---\nlayout: l\n---\nbody\n',
      },
      [
        '_includes/i.html:2: template error: tag boom (_plugins/boom.mjs:3): cannot boom bad',
        '  while rendering h.html',
      ],
    ],
    [
      'a Nunjucks page',
      '',
      { 'f.html': '---\n---\nfirst\n\n{{ "x" | explode }}\n' },
      [
        "f.html:5: template error: filter explode (_plugins/boom.mjs:6): TypeError: Cannot read properties of undefined (reading 'deeper')",
      ],
    ],
    [
      'a Liquid layout',
      'template_engine: liquid\n',
      { '_layouts/l.html': 'one\n{{ page.title | explode }}\n', 'g.md': '---\nlayout: l\n---\nbody\n' },
      [
        "_layouts/l.html:2: template error: filter explode (_plugins/boom.mjs:6): TypeError: Cannot read properties of undefined (reading 'nope')",
        '  while rendering g.md',
      ],
    ],
  ])('an exception in a plugin tag or filter in %s names both places', (_what, config, files, errors) => {
    const src = siteFromFiles({ '_config.yml': config, '_plugins/boom.mjs': THROWS, ...files });
    const r = runCli(['build', '--source', src, '--destination', join(src, '_site')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `kiln: building ${src} into ${join(src, '_site')}\n${errors.join('\n')}\nbuild failed; nothing was written\n`,
    );
  });

  it('in watch, a changed plugin renders the pages again', () => {
    const plugin = (word: string) => `export default (k) => k.filter('word', () => '${word}');\n`;
    const src = siteFromFiles({
      '_config.yml': '',
      'index.html': '---\n---\n{{ 1 | word }}\n',
      '_plugins/w.mjs': plugin('one'),
    });
    const dest = tempDir('plugin-watch');
    // Two builds sharing a watch cache, in a Node process of their own (as kiln watch runs them).
    const script = `
      import { writeFileSync, readFileSync } from 'node:fs';
      import { build } from ${JSON.stringify(pathToFileURL(join(DIST, 'build.js')).href)};
      import { createBuildCache } from ${JSON.stringify(pathToFileURL(join(DIST, 'build-cache.js')).href)};
      import { createLog } from ${JSON.stringify(pathToFileURL(join(DIST, 'shared', 'log.js')).href)};
      const [src, dest] = process.argv.slice(1);
      const cache = createBuildCache(), log = createLog(true);
      await build({ source: src, destination: dest }, log, cache);
      const first = readFileSync(dest + '/index.html', 'utf8');
      writeFileSync(src + '/_plugins/w.mjs', ${JSON.stringify(plugin('two'))});
      cache.dirty.add('_plugins/w.mjs');
      await build({ source: src, destination: dest }, log, cache);
      process.stdout.write(first + readFileSync(dest + '/index.html', 'utf8'));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, src, dest], {
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH },
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('one\ntwo\n');
  });
});
