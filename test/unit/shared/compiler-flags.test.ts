import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INLINE_LESS_FROM } from '../../../src/shared/compiler-flags.js';
import { tempDir } from '../../helpers/tree.js';

const DIST = join(import.meta.dirname, '..', '..', '..', 'dist');
const url = (path: string) => JSON.stringify(pathToFileURL(join(DIST, path)).href);

/**
 * Runs `steps` in a process of its own (V8's flags are the process's); each `check()` of the steps
 * says whether V8's flags are its defaults, by the tag V8 gives the code caches it makes and
 * takes (`v8.cachedDataVersionTag()`, which Node also checks its caches of its built-in modules
 * against): true for the tag the process started with.
 */
function run(steps: string): boolean[] {
  const script = join(tempDir('compiler-flags-script'), 'steps.mjs');
  writeFileSync(
    script,
    `import { cachedDataVersionTag } from 'node:v8';
    import { inlineLess } from ${url('shared/compiler-flags.js')};
    import { build } from ${url('build.js')};
    import { createLog } from ${url('shared/log.js')};
    const start = cachedDataVersionTag();
    const check = () => console.log(cachedDataVersionTag() === start ? 'default' : 'changed');
    ${steps}\n`,
  );
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout
    .trim()
    .split('\n')
    .map((l) => l === 'default');
}

/** A site of `count` posts, each a line long. */
function posts(count: number): string {
  const site = tempDir('compiler-flags-site');
  writeFileSync(join(site, '_config.yml'), 'title: Many\n');
  mkdirSync(join(site, '_posts'));
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(join(site, '_posts', `${day}-p${i}.md`), `---\ntitle: P${i}\n---\nPost *${i}*.\n`);
  }
  return site;
}

/** Builds `site` into `dest` (build() of dist, as the installed command's `kiln build` when `tune`), checking the flags at its commit's first step (the journal written). */
const buildStep = (site: string, dest: string, tune: boolean) =>
  `await build({ source: ${JSON.stringify(site)}, destination: ${JSON.stringify(dest)} }, createLog(true), undefined, (step) => { if (step === 'journal') check(); }, undefined, ${tune});`;

describe("V8's inlining while a build of many posts runs (src/shared/compiler-flags.ts)", () => {
  it('changes the flags until released, then gives V8 its defaults back', () => {
    expect(run('check(); const back = inlineLess(); check(); back(); check(); back(); check();')).toEqual([
      true,
      false,
      true,
      true,
    ]);
  });

  it('holds while any of several holders does', () => {
    expect(run('const a = inlineLess(); const b = inlineLess(); a(); check(); b(); check();')).toEqual([false, true]);
  });

  it('is changed by a build of many posts when asked, during the build only, and the bytes stay the same', () => {
    const site = posts(INLINE_LESS_FROM);
    const out = tempDir('compiler-flags-out');
    const [tuned, plain] = [join(out, 'tuned'), join(out, 'plain')];
    expect(run(`${buildStep(site, tuned, true)} check(); ${buildStep(site, plain, false)} check();`)).toEqual([
      false,
      true,
      true,
      true,
    ]);
    const diff = spawnSync('diff', ['-r', tuned, plain], { encoding: 'utf8' });
    expect(diff.stdout).toBe('');
    expect(diff.status).toBe(0);
  });

  it('is left alone by a build of fewer posts', () => {
    const site = posts(INLINE_LESS_FROM - 1);
    expect(run(`${buildStep(site, join(tempDir('compiler-flags-out'), 'few'), true)} check();`)).toEqual([true, true]);
  });
});
