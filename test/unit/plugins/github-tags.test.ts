import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../helpers/run.js';
import { tempDir } from '../../helpers/tree.js';

/** Builds a site of `files` and gives index.html's text, or the build's errors. */
async function render(config: string, files: Record<string, string>, env: Record<string, string> = {}) {
  const dir = tempDir('github-tags');
  writeFileSync(join(dir, '_config.yml'), config);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const saved = Object.keys(env).map((k) => [k, process.env[k]] as const);
  Object.assign(process.env, env);
  try {
    const r = await buildSite(dir, join(dir, '_site'));
    return r.errors.length ? r.errors.join('\n') : readFileSync(join(dir, '_site', 'index.html'), 'utf8');
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const LIQUID = 'plugins: [jekyll-gist, jekyll-avatar]\ntemplate_engine: liquid\n';
const NUNJUCKS = 'plugins: [jekyll-gist, jekyll-avatar]\n';
const SCRIPT = '<script src="https://gist.github.com/parkr/c08ee0f2726fd0e3909d.js?file=test.md"> </script>';

describe('jekyll-gist', () => {
  it('writes the script alone whatever gist.noscript says: kiln fetches no gist (Jekyll offline writes "true" before it)', async () => {
    const page = { 'index.html': '---\n---\n{% gist parkr/c08ee0f2726fd0e3909d test.md %}\n' };
    expect(await render(LIQUID, page)).toBe(`${SCRIPT}\n`);
    expect(await render(`${LIQUID}gist:\n  noscript: true\n`, page)).toBe(`${SCRIPT}\n`);
  });

  it('in Nunjucks, the gist and file are expressions', async () => {
    const page = {
      'index.html': '---\nid: parkr/c08ee0f2726fd0e3909d\n---\n{% gist page.id, "test.md" %}\n{% gist "a/1" %}\n',
    };
    expect(await render(NUNJUCKS, page)).toBe(`${SCRIPT}\n<script src="https://gist.github.com/a/1.js"> </script>\n`);
  });

  it('markup that is not a gist and a file is an error at its line, as in Jekyll', async () => {
    expect(await render(LIQUID, { 'index.html': '---\n---\n\n{% gist a b c %}\n' })).toBe(
      'index.html:4: template error: gist: "a b c" is not a gist and a file name (such as {% gist parkr/c08ee0f2726fd0e3909d test.md %} or {% gist 28949e1d5ee2273f9fd3 %})',
    );
    // The plugin renders no {{ }} in its markup: this is three words.
    expect(await render(LIQUID, { 'index.html': '---\n---\n{% gist {{ page.id }} %}\n' })).toContain(
      'gist: "{{ page.id }}" is not a gist and a file name',
    );
    expect(await render(NUNJUCKS, { 'index.html': '---\n---\n{% gist page.missing %}\n' })).toContain(
      'gist: give the gist, such as {% gist "parkr/c08ee0f2726fd0e3909d" %}',
    );
  });
});

describe('jekyll-avatar', () => {
  const img = (host: string, user: string, size: number, classes = 'avatar avatar-small') =>
    `<img class="${classes}" alt="${user}" width="${size}" height="${size}" data-proofer-ignore="true" src="${host}/${user}?v=3&s=${size}" srcset="${[
      1, 2, 3, 4,
    ]
      .map((x) => `${host}/${user}?v=3&s=${size * x} ${x}x`)
      .join(', ')}" />`;

  it('PAGES_AVATARS_URL replaces GitHub’s hosts, joined as a folder', async () => {
    const page = { 'index.html': '---\n---\n{% avatar hubot %}\n' };
    expect(await render(LIQUID, page, { PAGES_AVATARS_URL: 'http://av.example.com/base' })).toBe(
      `${img('http://av.example.com/base', 'hubot', 40)}\n`,
    );
    expect(await render(LIQUID, page, { PAGES_AVATARS_URL: 'http://av.example.com/?x=1' })).toBe(
      `${img('http://av.example.com', 'hubot', 40)}\n`,
    );
  });

  it('in Nunjucks, the user and size= are expressions; user= takes a value', async () => {
    const page = {
      'index.html': '---\nwho: mojombo\n---\n{% avatar "@hubot", size=50 %}\n{% avatar user=page.who, size=24 %}\n',
    };
    expect(await render(NUNJUCKS, page)).toBe(
      `${img('https://avatars2.githubusercontent.com', 'hubot', 50, 'avatar')}\n${img('https://avatars2.githubusercontent.com', 'mojombo', 24)}\n`,
    );
  });

  it('user= through a nil is an error at its line (Jekyll stops there too)', async () => {
    expect(await render(LIQUID, { 'index.html': '---\n---\n{% avatar user=page.none.login %}\n' })).toBe(
      'index.html:3: template error: avatar: user=page.none.login: page.none is nil',
    );
  });
});
