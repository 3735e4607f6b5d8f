import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KilnError, KilnErrors, KilnWarning, namedFiles } from '../../../src/shared/errors.js';
import { shownPaths } from '../../../src/source/theme.js';
import type { SourceFile } from '../../../src/source/types.js';

const file = (path: string, fromTheme = false): SourceFile => ({
  path,
  kind: 'layout',
  bytes: Buffer.from(''),
  mtimeMs: 0,
  ...(fromTheme && { fromTheme: true as const }),
});

describe('shownPaths', () => {
  const files = [file('_layouts/post.html'), file('_layouts/default.html', true)];
  const data = [file('_data/nav.yml', true), file('_data/menu.yml', true)];
  const own = [...files, file('_data/menu.yml')];

  it("names a theme's file under the source as it shows there, elsewhere in full", () => {
    expect(shownPaths('/site/_themes/t', '/site', own, data)('_layouts/default.html')).toBe(
      '_themes/t/_layouts/default.html',
    );
    const gem = '/gems/t-1.0';
    expect(shownPaths(gem, '/site', own, data)('_layouts/default.html')).toBe(join(gem, '_layouts/default.html'));
    expect(shownPaths(gem, '/site', own, data)('_data/nav.yml')).toBe(join(gem, '_data/nav.yml'));
  });

  it("names the site's own files, and data both have, by their path", () => {
    const shown = shownPaths('/gems/t-1.0', '/site', own, data);
    expect(shown('_layouts/post.html')).toBe('_layouts/post.html');
    expect(shown('_data/menu.yml')).toBe('_data/menu.yml');
    expect(shown('index.md')).toBe('index.md');
    expect(shownPaths(undefined, '/site', own)('_layouts/default.html')).toBe('_layouts/default.html');
  });
});

describe('KilnError.named', () => {
  const name = (f: string) => (f === 'a.html' ? 'theme/a.html' : f);

  it('renames the file and keeps the rest, a warning a warning', () => {
    const w = new KilnWarning('layout "x" does not exist', 'a.html', 2, 'the content is written without it').named(
      name,
    );
    expect(w).toBeInstanceOf(KilnWarning);
    expect(w.format()).toBe('theme/a.html:2: warning: layout "x" does not exist: the content is written without it');
    const e = new KilnError('m', 'b.html', 3);
    expect(e.named(name)).toBe(e);
  });

  it('renames every error of a list, and leaves what is no build error', () => {
    const all = namedFiles(new KilnErrors([new KilnError('m', 'a.html', 1), new KilnError('n', 'b.html')]), name);
    expect((all as KilnErrors).errors.map((e) => e.format())).toEqual(['theme/a.html:1: m', 'b.html: n']);
    const other = new Error('bug');
    expect(namedFiles(other, name)).toBe(other);
  });
});

describe('KilnError.rendering', () => {
  it('says on a second line which pages met an error in another file, once for several', () => {
    const at = (page: string) => new KilnError('m', '_layouts/post.html', 9).rendering(page);
    expect(new KilnError('m', 'a.md', 2).rendering('a.md').format()).toBe('a.md:2: m');
    const all = new KilnErrors(['a.md', 'b.md', 'c.md', 'd.md', 'e.md'].map(at));
    expect(all.errors.map((e) => e.format())).toEqual([
      '_layouts/post.html:9: m\n  while rendering a.md, b.md, c.md and 2 more',
    ]);
    expect(
      at('assets/x.scss')
        .named((f) => `theme/${f}`)
        .format(),
    ).toBe('theme/_layouts/post.html:9: m\n  while rendering theme/assets/x.scss');
  });
});
