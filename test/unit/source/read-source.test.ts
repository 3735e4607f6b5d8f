import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBuildCache } from '../../../src/build-cache.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { readSource } from '../../../src/source/read-source.js';
import { siteFromFiles } from '../../helpers/tree.js';

const listing = (files: ReturnType<typeof readSource>) => files.map((f) => `${f.path} ${f.kind} ${f.text ?? f.bytes}`);

/** A site from `files`, its config, and a watch cache (`eventsComplete`: the watcher reports every change). */
function watchedSite(files: Record<string, string>, eventsComplete: boolean) {
  const src = siteFromFiles(files);
  const config = loadConfig({ source: src, destination: join(src, 'content') });
  const cache = createBuildCache();
  cache.eventsComplete = eventsComplete;
  return { src, config, cache };
}

describe('reading the source in watch', () => {
  it('after each reported change, lists what a fresh read lists: files and folders added, changed, removed', () => {
    const { src, config, cache } = watchedSite(
      {
        '_posts/2024-01-01-a.md': '---\ntitle: A\n---\nA\n',
        '_posts/2024-01-02-b.md': '---\ntitle: B\n---\nB\n',
        'p-x.txt': 'before the folder p in path order',
        'p.txt': 'also before it',
        'p/q.txt': 'in the folder',
        'z.txt': 'after it',
      },
      true,
    );
    readSource(config, cache);
    const steps: Array<[string, () => void]> = [
      ['_posts/2024-01-03-c.md', () => writeFileSync(join(src, '_posts/2024-01-03-c.md'), '---\n---\nC\n')],
      ['_posts/2024-01-01-a.md', () => writeFileSync(join(src, '_posts/2024-01-01-a.md'), '---\ntitle: A2\n---\nA\n')],
      ['p/q.txt', () => rmSync(join(src, 'p/q.txt'))],
      ['p', () => mkdirSync(join(src, 'p/r'), { recursive: true })],
      [
        'p',
        () => {
          writeFileSync(join(src, 'p/r/s.txt'), 's');
          writeFileSync(join(src, 'p/t.txt'), 't');
        },
      ],
      ['p', () => rmSync(join(src, 'p'), { recursive: true })],
      ['p.txt', () => rmSync(join(src, 'p.txt'))],
      ['p', () => writeFileSync(join(src, 'p'), 'a file where the folder was')],
      ['_posts/2024-01-02-b.md', () => rmSync(join(src, '_posts/2024-01-02-b.md'))],
      ['0.txt', () => writeFileSync(join(src, '0.txt'), 'first of all')],
    ];
    for (const [reported, change] of steps) {
      change();
      cache.dirty.add(reported);
      expect(listing(readSource(config, cache)), reported).toEqual(listing(readSource(config)));
    }
  });
});

describe('reading text files', () => {
  it('reads ASCII, UTF-8 and a byte-order mark as their characters, and fails on what is not UTF-8', () => {
    const src = siteFromFiles({
      '_posts/2024-01-01-ascii.md': '---\ntitle: A\n---\nplain ~ text\n',
      '_posts/2024-01-02-utf8.md': '---\ntitle: Ünïcödé\n---\n日本語 🙂 “quoted”\n',
      '_layouts/bom.html': '\uFEFF<p>{{ content }}</p>\n',
    });
    const config = loadConfig({ source: src, destination: join(src, 'content') });
    const byPath = new Map(readSource(config).map((f) => [f.path, f]));
    expect(byPath.get('_posts/2024-01-01-ascii.md')?.text).toBe('---\ntitle: A\n---\nplain ~ text\n');
    expect(byPath.get('_posts/2024-01-02-utf8.md')?.text).toBe('---\ntitle: Ünïcödé\n---\n日本語 🙂 “quoted”\n');
    expect(byPath.get('_layouts/bom.html')?.text).toBe('\uFEFF<p>{{ content }}</p>\n');
    writeFileSync(join(src, '_layouts/latin1.html'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expect(() => readSource(config)).toThrow(/invalid UTF-8 \(bytes E9 0A\)/);
  });
});

describe('what a reader hears (the hooks that start Markdown workers early)', () => {
  it('hears the whole listing before any file is read, then each file read anew; in watch only the changes', () => {
    const { src, config, cache } = watchedSite(
      {
        '_posts/2024-01-01-a.md': '---\ntitle: A\n---\nA\n',
        '_posts/2024-01-02-b.md': '---\ntitle: B\n---\nB\n',
        'about.md': '---\n---\nAbout\n',
        'style.css': 'p {}',
      },
      true,
    );
    const heard: string[] = [];
    const hooks = {
      listed: (files: readonly { path: string; kind: string; anew: boolean }[]) =>
        heard.push(`listed ${files.map((f) => `${f.path}:${f.kind}:${f.anew}`).join(' ')}`),
      read: (file: { path: string }) => heard.push(`read ${file.path}`),
    };
    readSource(config, cache, hooks);
    expect(heard.shift()).toMatch(/^listed /);
    expect(heard.sort()).toEqual([
      'read _posts/2024-01-01-a.md',
      'read _posts/2024-01-02-b.md',
      'read about.md',
      'read style.css',
    ]);
    heard.length = 0;
    writeFileSync(join(src, '_posts/2024-01-02-b.md'), '---\ntitle: B2\n---\nB\n');
    cache.dirty.add('_posts/2024-01-02-b.md');
    readSource(config, cache, hooks);
    expect(heard).toEqual(['listed _posts/2024-01-02-b.md:post:true', 'read _posts/2024-01-02-b.md']);
    // Saved again as it was: listed as reported, but nothing new is read.
    heard.length = 0;
    writeFileSync(join(src, '_posts/2024-01-02-b.md'), '---\ntitle: B2\n---\nB\n');
    cache.dirty.add('_posts/2024-01-02-b.md');
    readSource(config, cache, hooks);
    expect(heard).toEqual(['listed _posts/2024-01-02-b.md:post:true']);
  });

  it('lists a watch walk’s files it already holds as not anew', () => {
    const { src, config, cache } = watchedSite(
      { '_posts/2024-01-01-a.md': '---\n---\nA\n', 'new.md': '---\n---\nN\n' },
      false,
    );
    readSource(config, cache);
    writeFileSync(join(src, 'later.md'), '---\n---\nL\n');
    let listed: string[] = [];
    readSource(config, cache, {
      listed: (files) => {
        listed = files.map((f) => `${f.path}:${f.anew}`).sort();
      },
      read: () => {},
    });
    expect(listed).toEqual(['_posts/2024-01-01-a.md:false', 'later.md:true', 'new.md:false']);
  });
});
