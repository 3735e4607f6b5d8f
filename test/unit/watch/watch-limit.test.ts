import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { siteFromFiles } from '../../helpers/tree.js';

// The system refuses more watches (Linux's inotify limit) for the folders img/ and css/.
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  return {
    ...fs,
    watch: (path: string, listener: () => void) => {
      if (/[/\\](?:img|css)$/.test(path))
        throw Object.assign(new Error(`ENOSPC: System limit for number of file watchers reached, watch '${path}'`), {
          code: 'ENOSPC',
        });
      return fs.watch(path, listener);
    },
  };
});

const { watchSource } = await import('../../../src/watch/source-events.js');

describe('the source watcher at the system limit', () => {
  it('says once that it cannot watch a folder and how to raise the limit', async () => {
    const src = siteFromFiles({ 'img/a/1.png': '1', 'css/site.css': 'c', 'index.html': 'i' });
    const errors: string[] = [];
    const ready = new Promise<void>((resolve) => {
      const w = watchSource({ source: src, destination: join(src, 'content') }, (e) => {
        if (e.type === 'error') errors.push(e.message);
        if (e.type === 'ready') void w.close().then(resolve);
      });
    });
    await ready;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^cannot watch .*[/\\](img|css): the system's limit of watched folders is reached \(raise it: sysctl fs\.inotify\.max_user_watches=524288\)$/,
    );
  });
});
