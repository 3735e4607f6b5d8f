import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/run.js';
import { siteFromFiles, tempDir } from '../helpers/tree.js';
import { expectRebuildsEqualCleanBuilds } from '../helpers/watch-edits.js';

// jekyll-polyglot: the fixture sites test/fixtures-plugins/polyglot{,-two,-seed-*} hold what
// Jekyll wrote; here, what they do not show: mistakes, Nunjucks, watch, kiln's own languages off.
const CONFIG = 'template_engine: liquid\nplugins: [jekyll-polyglot]\nlanguages: [en, es]\n';

const SITE: Record<string, string> = {
  '_config.yml': `baseurl: /p\n${CONFIG}`,
  '_data/es/t.yml': 'hi: Hola\n',
  '_data/t.yml': 'hi: Hello\n',
  '_layouts/default.html': '<h1>{{ site.data.t.hi }}</h1>{% I18n_Headers %}<a href="/p/about/">about</a>{{ content }}',
  'index.html':
    '---\nlayout: default\n---\n<ul>{% for p in site.posts %}<li>{{ p.url }} {{ p.title }}</li>{% endfor %}</ul>',
  'about.md': '---\nlayout: default\npermalink: /about/\n---\nAbout\n',
};

async function errorsOf(files: Record<string, string>): Promise<string[]> {
  return (await buildSite(siteFromFiles(files), tempDir('pg-errors'))).errors;
}

describe('jekyll-polyglot', () => {
  it('what the plugin fails on or reads otherwise in _config.yml is one error at its line', async () => {
    const config = (rest: string) => ({
      ...SITE,
      '_config.yml': `template_engine: liquid\nplugins: [jekyll-polyglot]\n${rest}`,
    });
    expect(await errorsOf(config('languages: en\n'))).toEqual([
      '_config.yml:3: languages must be a list such as [en, es] (jekyll-polyglot), not "en"',
    ]);
    expect(await errorsOf(config('languages: []\n'))).toEqual([
      '_config.yml:3: languages must list at least one language (jekyll-polyglot)',
    ]);
    expect(await errorsOf(config('languages: [en, "e/s"]\n'))).toEqual([
      '_config.yml:3: languages: "e/s" is not a language name such as en',
    ]);
    expect(await errorsOf(config('default_lang: [en]\n'))).toEqual([
      '_config.yml:3: default_lang: a list is not a language name such as en',
    ]);
    expect(await errorsOf(config('exclude_from_localization: css\n'))).toEqual([
      '_config.yml:3: exclude_from_localization must be a list, such as [css, assets] (jekyll-polyglot), not "css"',
    ]);
    expect(await errorsOf(config('lang_vars: locale\n'))).toEqual([
      '_config.yml:3: lang_vars must be a list, such as [locale] (jekyll-polyglot), not "locale"',
    ]);
    expect(await errorsOf(config('parallel_localization: sometimes\n'))).toEqual([
      '_config.yml:3: parallel_localization must be true or false (jekyll-polyglot), not "sometimes"',
    ]);
    expect(
      await errorsOf({
        ...SITE,
        '_config.yml':
          'template_engine: liquid\nplugins: [jekyll-polyglot, jekyll-multiple-languages]\nlanguages: [en]\n',
        '_i18n/en.yml': 'a: b\n',
      }),
    ).toEqual([
      '_config.yml:2: jekyll-polyglot and jekyll-multiple-languages both build every language: list one of them',
    ]);
    // Jekyll fails on it too: a glob of exclude is no pattern where the plugin puts it.
    expect(await errorsOf({ ...SITE, '_config.yml': `exclude: ["*.txt"]\n${CONFIG}` })).toEqual([
      '_config.yml:1: exclude: "*.txt" cannot be matched with jekyll-polyglot, which reads it as a pattern (Jekyll fails on it too)',
    ]);
  });

  it("what a page gets wrong is one error at its line: lang-exclusive, {% static_href %}'s body, Nunjucks", async () => {
    expect(await errorsOf({ ...SITE, 'a.md': '---\ntitle: A\nlang-exclusive: {es: 1}\n---\nx\n' })).toEqual([
      'a.md:3: lang-exclusive must be a list of languages, such as [es] (jekyll-polyglot), not a mapping',
    ]);
    expect(
      await errorsOf({ ...SITE, 'a.html': '---\n---\nx\n<a {% static_href %}src="/x"{% endstatic_href %}>' }),
    ).toEqual([
      'a.html:4: template error: {% static_href %} must hold one href="…" attribute, such as href="/about/", not: src="/x"',
    ]);
    expect(await errorsOf({ ...SITE, '_config.yml': CONFIG.replace('liquid', 'nunjucks') })).toEqual([
      '_layouts/default.html: template error: {% I18n_Headers %} (jekyll-polyglot) is built for Liquid templates only\n  while rendering about.md, index.html',
    ]);
  });

  it('a Sass page with source maps is a warning: Jekyll writes the map over its CSS, kiln writes both', async () => {
    const src = siteFromFiles({ ...SITE, 'css/s.scss': '---\n---\na { b: c }\n' });
    const { errors } = await buildSite(src, tempDir('pg-sass'), { strict: true });
    expect(errors.join('\n')).toContain(
      "css/s.scss: Jekyll with jekyll-polyglot writes this stylesheet's source map over its CSS",
    );
    const never = siteFromFiles({
      ...SITE,
      'css/s.scss': '---\n---\na { b: c }\n',
      '_config.yml': `${SITE['_config.yml']}sass: { sourcemap: never }\n`,
    });
    expect((await buildSite(never, tempDir('pg-sass-never'), { strict: true })).errors).toEqual([]);
  });

  it("kiln's own translated pages are off: about.es.md is a page of every language, at its own name", async () => {
    const src = siteFromFiles({
      ...SITE,
      'x.es.md': '---\n---\n[{{ page.language }}] {{ site.active_lang }} {{ page.permalink }}\n',
    });
    const dest = tempDir('pg-own');
    expect((await buildSite(src, dest)).errors).toEqual([]);
    expect(readFileSync(join(dest, 'x.es.html'), 'utf8')).toBe('<p>[] en /x/html</p>\n');
    expect(readFileSync(join(dest, 'es/x.es.html'), 'utf8')).toBe('<p>[] es /x/html</p>\n');
  });

  it('with the watch cache, each change rebuilds every language as a clean build does', async () => {
    const src = siteFromFiles(SITE);
    const edits: Array<[string, string | null, string, string]> = [
      [
        'about.es.md',
        '---\nlayout: default\npermalink: /about/\nlang: es\n---\nAcerca\n',
        'es/about/index.html',
        '<p>Acerca</p>',
      ],
      ['_data/es/t.yml', 'hi: Buenos días\n', 'es/index.html', '<h1>Buenos días</h1>'],
      [
        '_posts/2020-01-02-uno.md',
        '---\ntitle: Uno\nlang: es\n---\nuno\n',
        'index.html',
        '<li>/2020/01/02/uno.html Uno</li>',
      ],
      ['about.es.md', null, 'es/about/index.html', '<p>About</p>'],
      [
        '_layouts/default.html',
        '{% i18n_headers https://x.example/ %}<a href="/p/">home</a>{{ content }}',
        'es/about/index.html',
        '<a href="/p/es/">home</a>',
      ],
    ];
    await expectRebuildsEqualCleanBuilds(src, edits, (i, dest) => {
      const [path, , output, shows] = edits[i]!;
      expect(readFileSync(join(dest, output), 'utf8'), `after ${path}`).toContain(shows);
    });
  });
});
