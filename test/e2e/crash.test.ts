import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { createBuildCache } from '../../src/build-cache.js';
import { createLog } from '../../src/shared/log.js';
import { random as seededRandom } from '../helpers/random.js';
import { buildSite, CLI, FIXED_EPOCH, runCli } from '../helpers/run.js';
import { diffTrees, readTree, tempDir } from '../helpers/tree.js';

// A build killed at any moment leaves the old site, the new one, or what the next build repairs
// to exactly a clean build (README, "A killed build"). `npm run test:crash` runs with a fresh seed.
const SEED = process.env.KILN_CRASH_SEED ? Number(process.env.KILN_CRASH_SEED) : 17;
const RANDOM_KILLS = Number(process.env.KILN_CRASH_KILLS ?? 20);
const POSTS = 240;
const CRASH_BUILD = fileURLToPath(new URL('../helpers/crash-build.mjs', import.meta.url));

/**
 * Two versions of one site: B retitles the site (every page changes), drops posts and adds others,
 * in folders A does not have (they move into place whole).
 */
function versions(): { A: Record<string, string>; B: Record<string, string> } {
  const common: Record<string, string> = {
    '_layouts/default.html': '<html><title>{{ site.title }}</title><body>{{ content }}</body></html>\n',
    'index.html':
      '---\nlayout: default\n---\n{% for p in paginator.posts %}<a href="{{ p.url }}">{{ p.title }}</a>\n{% endfor %}\n',
    'feed.xml':
      '---\n---\n<rss><channel>{% for p in site.posts %}<item><title>{{ p.title | xml_escape }}</title></item>{% endfor %}</channel></rss>\n',
    'about/index.md': '---\nlayout: default\n---\nAbout.\n',
  };
  const post = (i: number) => [
    `_posts/2020-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}-post-${i}.md`,
    `---\ntitle: Post ${i}\nlayout: default\ncategory: ${i < POSTS - 20 ? 'c' : 'new'}${i % 7}\n---\nBody of post ${i}.\n\n${'Words. '.repeat(50)}\n`,
  ];
  const A = { ...common, '_config.yml': 'title: Site A\npaginate: 10\n' };
  const B = { ...common, '_config.yml': 'title: Site B\npaginate: 10\n' };
  for (let i = 0; i < POSTS; i++) {
    const [path, text] = post(i) as [string, string];
    if (i < POSTS - 20) (A as Record<string, string>)[path] = text;
    if (i >= 20) (B as Record<string, string>)[path] = text;
  }
  return { A, B };
}

function setSource(dir: string, files: Record<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    const abs = join(dir, path);
    mkdirSync(join(abs, '..'), { recursive: true });
    writeFileSync(abs, text);
  }
}

/** Runs a child build and ends it with SIGKILL after `ms`, or at a commit step; resolves when it has exited. */
function killedBuild(source: string, dest: string, how: { ms: number } | { step: string; n: number }): Promise<void> {
  const args =
    'ms' in how
      ? [CLI, 'build', '--source', source, '--destination', dest, '--quiet']
      : [CRASH_BUILD, source, dest, how.step, String(how.n), 'kill'];
  const child = spawn(process.execPath, args, {
    stdio: 'ignore',
    env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH },
  });
  const timer = 'ms' in how ? setTimeout(() => child.kill('SIGKILL'), how.ms) : undefined;
  return new Promise((done) =>
    child.on('exit', () => {
      clearTimeout(timer);
      done();
    }),
  );
}

/** What a kill left in the destination, before the next build. */
function leftBehind(dest: string): string {
  const staging = join(dest, '.kiln-staging');
  if (!existsSync(staging)) return existsSync(join(dest, '.kiln-lock')) ? 'lock only' : 'nothing (ended cleanly)';
  return existsSync(join(staging, 'commit.json')) ? 'a decided commit' : 'unfinished staging';
}

describe('a build killed at any moment', () => {
  it(`is repaired by the next build to exactly a clean build (seed ${SEED})`, { timeout: 600_000 }, async () => {
    const { A, B } = versions();
    const clean = { A: tempDir('clean-a'), B: tempDir('clean-b') };
    const src = { A: tempDir('src-a'), B: tempDir('src-b') };
    setSource(src.A, A);
    setSource(src.B, B);
    await buildSite(src.A, clean.A);
    await buildSite(src.B, clean.B);
    const expected = { A: readTree(clean.A), B: readTree(clean.B) };
    const manifests = {
      A: readFileSync(join(clean.A, '.kiln-manifest.json'), 'utf8'),
      B: readFileSync(join(clean.B, '.kiln-manifest.json'), 'utf8'),
    };
    expect(expected.A.size).toBeGreaterThan(POSTS);

    // How long an uninterrupted build takes here, for the random kill times.
    const timing = tempDir('timing');
    const t0 = performance.now();
    await killedBuild(src.B, timing, { ms: 600_000 });
    const full = performance.now() - t0;
    expect(readTree(timing)).toEqual(expected.B);

    const random = seededRandom(SEED);
    const dest = tempDir('crash-dest');
    await buildSite(src.A, dest);
    type Kill = { ms: number } | { step: string; n: number };
    const trials: Kill[] = [];
    for (let i = 0; i < RANDOM_KILLS; i++) trials.push({ ms: Math.round(random() * full * 1.1) });
    for (const step of ['stage', 'staged', 'journal', 'committed', 'remove', 'replace', 'move', 'manifest', 'done'])
      trials.push({ step, n: 1 });
    trials.push({ step: 'stage', n: 50 }, { step: 'replace', n: 20 }, { step: 'move', n: 100 });
    const outcomes = new Map<string, number>();
    const problems: string[] = [];
    let holds: 'A' | 'B' = 'A';
    for (const [i, kill] of trials.entries()) {
      // Every kill interrupts a build of the other version than the destination holds.
      const killed: 'A' | 'B' = holds === 'A' ? 'B' : 'A';
      await killedBuild(src[killed], dest, kill);
      const left = leftBehind(dest);
      // A kill while files are replaced (an old one removed, its new one not yet moved) happened there.
      if ('step' in kill && ['replace', 'move'].includes(kill.step) && left !== 'a decided commit')
        problems.push(`kill at ${kill.step} #${kill.n}: left ${left}, not a decided commit`);
      // A kill in the middle of the repair itself, now and then.
      if (left === 'a decided commit' && i % 3 === 0) await killedBuild(src[killed], dest, { step: 'move', n: 1 });
      // The next build is of either version: the manifest must not make it skip a wrong file.
      const next: 'A' | 'B' = random() < 0.5 ? 'A' : 'B';
      const r = await buildSite(src[next], dest);
      holds = next;
      const what = 'ms' in kill ? `kill after ${kill.ms} ms` : `kill at ${kill.step} #${kill.n}`;
      outcomes.set(left, (outcomes.get(left) ?? 0) + 1);
      if (!r.ok) problems.push(`${what}: the next build failed: ${r.errors.join('; ')}`);
      const diff = diffTrees(expected[next], readTree(dest));
      if (diff.length) problems.push(`${what} (${left}), then ${next}: ${diff.slice(0, 3).join('; ')}`);
      if (existsSync(join(dest, '.kiln-staging')) || existsSync(join(dest, '.kiln-lock')))
        problems.push(`${what}: a staging folder or lock is left`);
      if (readFileSync(join(dest, '.kiln-manifest.json'), 'utf8') !== manifests[next])
        problems.push(`${what}: the manifest is not a clean build's`);
    }
    console.log(
      `crash test (seed ${SEED}): ${trials.length} kills (${RANDOM_KILLS} random, ${trials.length - RANDOM_KILLS} at commit steps); ` +
        `left behind: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}; ${problems.length} wrong`,
    );
    expect(problems).toEqual([]);
    for (const dir of [...Object.values(clean), ...Object.values(src), timing, dest]) rmSync(dir, { recursive: true });
  });
});

describe('two kilns on one destination', () => {
  it('the second stops with a message naming the first, and the site is the first one’s', {
    timeout: 120_000,
  }, async () => {
    const { A } = versions();
    const src = tempDir('src');
    setSource(src, A);
    const clean = tempDir('clean');
    await buildSite(src, clean);
    const dest = tempDir('dest');
    const holding = `${dest}.holding`;
    // The first build stops with everything staged until it is told to go on.
    const first = spawn(process.execPath, [CRASH_BUILD, src, dest, 'staged', '1', 'hold'], {
      stdio: 'ignore',
      env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH },
    });
    const exited = new Promise<number | null>((done) => first.on('exit', done));
    while (!existsSync(holding)) await new Promise((r) => setTimeout(r, 20));
    const second = runCli(['build', '--source', src, '--destination', dest, '--quiet']);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      new RegExp(
        `^${dest}: another kiln \\(kiln build, pid ${first.pid}, since [^)]+\\) is writing this destination; wait for it to end or stop it`,
      ),
    );
    expect(second.stderr).not.toMatch(/\n\s+at /);
    writeFileSync(`${dest}.release`, '');
    expect(await exited).toBe(0);
    rmSync(holding);
    rmSync(`${dest}.release`);
    expect(diffTrees(readTree(clean), readTree(dest))).toEqual([]);
    expect(existsSync(join(dest, '.kiln-lock'))).toBe(false);
  });

  it('a build while a watch holds the destination stops, and the watch goes on', { timeout: 120_000 }, async () => {
    const { A } = versions();
    const src = tempDir('src');
    setSource(src, A);
    const dest = tempDir('dest');
    const cache = createBuildCache();
    process.env.SOURCE_DATE_EPOCH = FIXED_EPOCH;
    try {
      await build({ source: src, destination: dest }, createLog(true), cache);
      const before = readTree(dest);
      await expect(build({ source: src, destination: dest }, createLog(true))).rejects.toThrow(
        `another kiln (kiln watch, pid ${process.pid}, since`,
      );
      expect(readTree(dest)).toEqual(before);
      await build({ source: src, destination: dest }, createLog(true), cache);
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
      cache.manifest.lock?.release();
    }
    expect(existsSync(join(dest, '.kiln-lock'))).toBe(false);
  });

  it('a lock left by a killed kiln is recognised as stale, said so, and taken', { timeout: 120_000 }, async () => {
    const { A } = versions();
    const src = tempDir('src');
    setSource(src, A);
    const dest = tempDir('dest');
    await killedBuild(src, dest, { step: 'staged', n: 1 });
    expect(existsSync(join(dest, '.kiln-lock'))).toBe(true);
    const r = runCli(['build', '--source', src, '--destination', dest, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^kiln: removed the lock of a kiln that no longer runs \(kiln build, pid \d+\)\n/);
    expect(r.stderr).toMatch(/an interrupted build left unfinished files; they were removed/);
  });

  it('a lock whose pid another process has now is stale, said so, and taken', { timeout: 120_000 }, async () => {
    const { A } = versions();
    const src = tempDir('src');
    setSource(src, A);
    const clean = tempDir('clean');
    await buildSite(src, clean);
    const dest = tempDir('dest');
    await killedBuild(src, dest, { step: 'staged', n: 1 });
    const lockPath = join(dest, '.kiln-lock');
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { pid: number; process?: string };
    // The lock names the process by its boot and start time, not by its pid alone.
    expect(lock.process).toMatch(/^[0-9a-f-]+\/\d+$/);
    const other = processWithPid(lock.pid);
    try {
      // Where the system would not hand the pid out again on demand, the lock is pointed at
      // another live process: the same state a reused pid leaves.
      if (other.pid !== lock.pid) writeFileSync(lockPath, JSON.stringify({ ...lock, pid: other.pid }));
      const r = runCli(['build', '--source', src, '--destination', dest, '--quiet']);
      expect(r.stderr).toMatch(
        new RegExp(
          `^kiln: removed the lock of a kiln that no longer runs \\(kiln build, pid ${other.pid}, a pid another process has now\\)\n`,
        ),
      );
      expect(r.code).toBe(0);
      expect(other.exitCode).toBe(null);
    } finally {
      other.kill();
    }
    expect(diffTrees(readTree(clean), readTree(dest))).toEqual([]);
    expect(existsSync(lockPath)).toBe(false);
  });
});

/**
 * A process that is not kiln, with the given pid if Linux lets this user pick the next pid
 * (/proc/sys/kernel/ns_last_pid, writable by root); otherwise with whatever pid it gets.
 */
function processWithPid(pid: number): ChildProcess {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      writeFileSync('/proc/sys/kernel/ns_last_pid', String(pid - 1));
    } catch {
      break;
    }
    const child = spawn('sleep', ['120'], { stdio: 'ignore' });
    if (child.pid === pid) return child;
    child.kill(); // another process took the pid first
  }
  return spawn('sleep', ['120'], { stdio: 'ignore' });
}
