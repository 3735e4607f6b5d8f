import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

function start(src: string, dest: string) {
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
});

describe('kiln watch, the compiled command', () => {
  it('rebuilds after a save and after the destination was emptied by hand', async () => {
    const src = siteFromFiles(SITE);
    const dest = tempDir();
    const child = spawn(process.execPath, [CLI, 'watch', '--source', src, '--destination', dest, '--quiet'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
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
      // Everything deleted, manifest included: the next rebuild writes every file again.
      // A body edit changes the post's page only, so the index page is there because it was missing.
      rmSync(dest, { recursive: true });
      writeFileSync(join(src, '_posts/2021-01-01-a.md'), '---\ntitle: A, edited\nlayout: post\n---\nFirst, again.\n');
      expect(await lineMatching(/\] _posts\/2021-01-01-a\.md: /)).toMatch(/: 2 written, 0 removed in \d+ ms$/);
      const clean = tempDir();
      await buildSite(src, clean);
      expect(readTree(dest)).toEqual(readTree(clean));
    } finally {
      child.kill();
    }
  });
});
