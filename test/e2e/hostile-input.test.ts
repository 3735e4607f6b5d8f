import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { createBuildCache } from '../../src/build-cache.js';
import { createLog } from '../../src/shared/log.js';
import { buildSite, CLI, FIXED_EPOCH, runCli } from '../helpers/run.js';
import { listFiles, readTree, siteFromFiles, tempDir } from '../helpers/tree.js';

const POST = '---\ntitle: A\n---\nA body\n';

/** A destination holding an earlier site, to show that a refused build leaves it as it was. */
function previousSite(dest: string): Map<string, Buffer> {
  mkdirSync(dest, { recursive: true });
  writeFileSync(join(dest, 'index.html'), 'the previous site\n');
  return readTree(dest);
}

function expectRefused(r: { code: number | null; stdout: string; stderr: string }, message: string) {
  expect(r.stderr).toBe(`${message}\nbuild failed; nothing was written\n`);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
}

describe('the destination', () => {
  it('may not be the source, hold it, or be one of its input folders: said before anything is read', {
    timeout: 120_000,
  }, () => {
    const src = siteFromFiles({ '_posts/2026-01-01-a.md': POST, 'index.html': '---\n---\nhome\n' });
    const before = readTree(src);
    for (const [dest, problem] of [
      ['.', 'the destination may not be the source folder (the build would overwrite the site’s own files)'],
      ['_posts', 'the destination may not be inside _posts/, which kiln reads as input'],
      ['_layouts/out', 'the destination may not be inside _layouts/, which kiln reads as input'],
      ['..', `the destination may not be a folder that holds the source (${src})`],
      ['/', `the destination may not be a folder that holds the source (${src})`],
    ] as const) {
      const r = spawnSync(process.execPath, [CLI, 'build', '--destination', dest, '--quiet'], {
        cwd: src,
        encoding: 'utf8',
        env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH },
      });
      expectRefused({ code: r.status, stdout: r.stdout, stderr: r.stderr }, `--destination ${dest}: ${problem}`);
    }
    // Named in _config.yml: the message has its line.
    writeFileSync(join(src, '_config.yml'), 'title: T\ndestination: .\n');
    const r = spawnSync(process.execPath, [CLI, 'build', '--quiet'], { cwd: src, encoding: 'utf8' });
    expectRefused(
      { code: r.status, stdout: r.stdout, stderr: r.stderr },
      '_config.yml:2: destination .: the destination may not be the source folder (the build would overwrite the site’s own files)',
    );
    writeFileSync(join(src, '_config.yml'), '');
    const after = readTree(src);
    after.delete('_config.yml');
    expect(after).toEqual(before);
  });

  it('a permalink with `..` is written inside the destination (Jekyll reads `..` as `/`) and changes no source file', async () => {
    const root = tempDir('escape');
    const src = join(root, 'site');
    mkdirSync(join(src, '_posts'), { recursive: true });
    writeFileSync(join(src, '_posts/2026-11-02-x.md'), '---\ntitle: X\n---\nx\n');
    writeFileSync(
      join(src, '_posts/2026-11-03-y.md'),
      '---\ntitle: Y\npermalink: /../../_posts/2026-11-02-x.md\n---\ny\n',
    );
    const dest = join(src, 'content');
    previousSite(dest);
    // The source's files but the destination's.
    const sources = () => new Map([...readTree(src)].filter(([path]) => !path.startsWith('content/')));
    const sourceBefore = sources();
    const r = await buildSite(src, dest);
    expect(r.errors).toEqual([]);
    expect(sources()).toEqual(sourceBefore);
    expect(readFileSync(join(dest, '_posts/2026-11-02-x.md'), 'utf8')).toBe('<p>y</p>\n');
  });
});

describe('no stack trace for what a user or the machine did', () => {
  it('an emoji or a bare % in a file name is a page like any other', async () => {
    const src = siteFromFiles({
      '100%.md': '---\n---\nAll of it\n',
      'smile-😀.md': '---\n---\nSmile\n',
      'urls.html': '---\n---\n{% for p in site.pages %}{{ p.url }} {% endfor %}\n',
    });
    const dest = tempDir();
    const r = await buildSite(src, dest);
    expect(r.errors).toEqual([]);
    expect(listFiles(dest)).toEqual(['100%.html', 'smile-😀.html', 'urls.html']);
    expect(readFileSync(join(dest, 'urls.html'), 'utf8')).toBe('/100%25.html /smile-%F0%9F%98%80.html /urls.html \n');
  });

  // A loop inside a loop multiplies: what one page's loops do together is bounded, in both
  // languages (each case runs some 10 million rounds first: in a process of its own, so as not to
  // hold up the test runner).
  it('loops inside loops are bounded per page, naming the template and line', { timeout: 600_000 }, async () => {
    for (const [config, loop, message] of [
      [
        '',
        (n: string) => `{% for i in range(0, ${n}) %}`,
        "for: this page's loops go round more than 10000000 times in all (is a loop inside another too large?)",
      ],
      [
        'template_engine: liquid\n',
        (n: string) => `{% for i in (1..${n}) %}`,
        "this page's ranges and filters make more than 10000000 values or characters (is a range too large, or inside a loop?)",
      ],
    ] as const) {
      const src = siteFromFiles({
        '_config.yml': config,
        'index.html': `---\ntitle: Loops\n---\n<p>\n${loop('1000000')}${loop('1000000')}{% endfor %}{% endfor %}\n`,
        'about.html': `---\n---\n${loop('3')}{{ i }}{% endfor %}\n`,
      });
      const dest = tempDir();
      const old = previousSite(dest);
      const r = await cliAsync(['build', '--source', src, '--destination', dest, '--quiet']);
      expectRefused(r, `index.html:5: template error: ${message}`);
      expect(readTree(dest)).toEqual(old);
    }
  });

  it('a malformed SOURCE_DATE_EPOCH is an error', () => {
    const src = siteFromFiles({ '_posts/2026-01-01-a.md': POST });
    const dest = tempDir();
    const old = previousSite(dest);
    const r = runCli(['build', '--source', src, '--destination', dest, '--quiet'], { SOURCE_DATE_EPOCH: '2026-01-01' });
    expectRefused(r, 'SOURCE_DATE_EPOCH: must be a whole number of seconds since 1970-01-01, not "2026-01-01"');
    expect(readTree(dest)).toEqual(old);
  });

  it('a year is four digits: 0099 is the year 99, as in Jekyll, not 1999', async () => {
    const src = siteFromFiles({
      '_posts/2026-01-01-old.md': '---\ntitle: Old\ndate: 0099-06-15\n---\nOld\n',
      'dates.html': '---\n---\n{% for p in site.posts %}{{ p.date | date("%Y-%m-%d") }}{% endfor %}\n',
    });
    const dest = tempDir();
    expect((await buildSite(src, dest)).errors).toEqual([]);
    expect(listFiles(dest)).toEqual(['0099/06/15/old.html', 'dates.html']);
    expect(readFileSync(join(dest, 'dates.html'), 'utf8')).toBe('0099-06-15\n');
  });

  it('a read-only destination: FILE: message, exit 1, nothing changed', () => {
    const src = siteFromFiles({ '_posts/2026-01-01-a.md': POST });
    const dest = tempDir();
    const old = previousSite(dest);
    const undo = readOnly(dest);
    try {
      const r = runCli(['build', '--source', src, '--destination', dest, '--quiet']);
      expect(r.stderr).toMatch(
        new RegExp(
          `^${dest}/\\.kiln-lock: cannot write to the destination: (permission denied \\(EACCES\\)|operation not permitted \\(EPERM\\))\\n`,
        ),
      );
      expect(r.code).toBe(1);
    } finally {
      undo();
    }
    expect(readTree(dest)).toEqual(old);
  });

  it('a source file or folder kiln may not read: FILE: message, exit 1, nothing changed', { timeout: 240_000 }, () => {
    const src = siteFromFiles({
      '_config.yml': 'title: T\n',
      '_posts/2026-01-01-a.md': POST,
      '_posts/2026-01-02-b.md': POST,
      '_includes/note.html': 'a note\n',
      '_data/people.yml': 'ann: 1\n',
      '_layouts/default.html': '{{ content }}\n',
      'index.html': '---\nlayout: default\n---\n{% include "note.html" %}{{ site.data.people.ann }}\n',
      'files/x.txt': 'x\n',
    });
    const dest = tempDir();
    const old = previousSite(dest);
    const users = unprivilegedUsers();
    // As root: nobody where it may run kiln, and root without its capabilities always; else this user.
    expect(users.map((u) => u.name).at(-1)).toBe(process.getuid?.() === 0 ? 'root without capabilities' : 'this user');
    for (const user of users) {
      user.prepare(src, dest);
      for (const [path, message] of [
        ['_posts/2026-01-02-b.md', 'cannot read: permission denied (EACCES)'],
        ['_includes/note.html', 'cannot read: permission denied (EACCES)'],
        ['_data/people.yml', 'cannot read: permission denied (EACCES)'],
        ['_layouts/default.html', 'cannot read: permission denied (EACCES)'],
        ['_config.yml', 'cannot read the configuration: permission denied (EACCES)'],
        ['files', 'cannot read the folder: permission denied (EACCES)'],
        ['_posts', 'cannot read the folder: permission denied (EACCES)'],
      ] as const) {
        const abs = join(src, path);
        const mode = statSync(abs).mode & 0o777;
        chmodSync(abs, 0);
        let r: ReturnType<typeof spawnSync>;
        try {
          r = user.run(['build', '--source', src, '--destination', dest, '--quiet']);
        } finally {
          chmodSync(abs, mode);
        }
        expect(r.stderr, `${user.name}: ${path}`).toBe(`${abs}: ${message}\nbuild failed; nothing was written\n`);
        expect(r.status).toBe(1);
        expect(readTree(dest)).toEqual(old);
      }
      // Readable again, the same user builds it: the refusals were the modes, not the user.
      const r = user.run(['build', '--source', src, '--destination', dest, '--quiet']);
      expect(r.stderr, user.name).toBe('');
      expect(listFiles(dest)).toEqual(['2026/01/01/a.html', '2026/01/02/b.html', 'files/x.txt', 'index.html']);
      rmSync(dest, { recursive: true, force: true });
      previousSite(dest);
    }
  });

  it('a full disk while writing: FILE: message, exit 1, nothing changed', () => {
    const src = siteFromFiles({ '_posts/2026-01-01-a.md': `---\ntitle: A\n---\n${'Long body. '.repeat(20000)}\n` });
    const dest = tempDir();
    const old = previousSite(dest);
    // Where kiln may mount a small file system, a full one (ENOSPC); elsewhere a file-size limit (EFBIG).
    const r = diskFull(src, dest);
    expect(r.stderr).toMatch(
      /^\S+\/2026\/01\/01\/a\.html: cannot write: (the disk is full \(ENOSPC\)|the file is larger than this system allows \(EFBIG\))\nbuild failed; nothing was written\n$/,
    );
    expect(r.code).toBe(1);
    expect(readTree(dest)).toEqual(old);
  });
});

describe('watch equals build at the edges', () => {
  it('symbolic links: followed to files inside the source, never to folders or out of it, in both', async () => {
    const outside = siteFromFiles({ 'secret.md': '---\n---\nsecret\n', 'dir/page.md': '---\n---\nout\n' });
    const src = siteFromFiles({ 'about.md': '---\n---\nAbout\n', '_posts/2026-01-01-a.md': POST });
    const dest = tempDir();
    const cache = createBuildCache();
    const log = createLog(true);
    process.env.SOURCE_DATE_EPOCH = FIXED_EPOCH;
    try {
      await build({ source: src, destination: dest }, log, cache);
      cache.eventsComplete = true;
      await build({ source: src, destination: dest }, log, cache);
      // Made while watching: the watcher reports each link.
      symlinkSync(join(src, 'about.md'), join(src, 'alias.md'));
      symlinkSync(join(outside, 'secret.md'), join(src, 'secret.md'));
      symlinkSync(join(outside, 'dir'), join(src, 'outdir'));
      symlinkSync('.', join(src, 'loop'));
      for (const p of ['alias.md', 'secret.md', 'outdir', 'loop']) cache.dirty.add(p);
      await build({ source: src, destination: dest }, log, cache);
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
      cache.manifest.lock?.release();
    }
    const clean = tempDir();
    await buildSite(src, clean);
    expect(listFiles(clean)).toEqual(['2026/01/01/a.html', 'about.html', 'alias.html']);
    expect(readTree(dest)).toEqual(readTree(clean));
  });

  it('a YAML bomb in the config is an error at its line, in build and in watch alike', async () => {
    const lines = ['title: lol', 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    let prev = 'a';
    for (const c of 'bcdefghi') {
      lines.push(`${c}: &${c} [${Array(9).fill(`*${prev}`).join(', ')}]`);
      prev = c;
    }
    const src = siteFromFiles({ '_config.yml': `${lines.join('\n')}\n`, '_posts/2026-01-01-a.md': POST });
    const message =
      '_config.yml:3: its aliases (*name) expand to more values than a file can reasonably mean (a "billion laughs"); write the values out';
    expect((await buildSite(src, tempDir())).errors).toEqual([message]);
    const cache = createBuildCache();
    await expect(build({ source: src, destination: tempDir() }, createLog(true), cache)).rejects.toThrow(
      'its aliases (*name) expand',
    );
  });
});

/** Makes `dir` refuse new files, also to root (which ignores permission bits); returns the undo. */
function readOnly(dir: string): () => void {
  if (process.getuid?.() === 0) {
    spawnSync('chattr', ['+i', dir]);
    return () => spawnSync('chattr', ['-i', dir]);
  }
  chmodSync(dir, 0o555);
  return () => chmodSync(dir, 0o755);
}

/** A user kiln runs as, for whom file modes decide what it may read. */
interface Unprivileged {
  readonly name: string;
  /** Lets the user read the source and write the destination (modes, not privilege). */
  prepare(src: string, dest: string): void;
  run(args: string[]): ReturnType<typeof spawnSync>;
}

/**
 * Who kiln runs as to meet file modes. Root reads every file whatever its mode, so as root:
 * nobody (uid 65534, by setpriv or runuser, whichever works, where nobody may run this kiln),
 * the source opened to all and the destination given to it; and root without capabilities (uid
 * 0, the owner of the test's files, so their owner bits decide). Not root: this user, as it is.
 */
function unprivilegedUsers(): Unprivileged[] {
  const spawnAs = (prefix: string[]) => (args: string[]) => {
    const [file, ...rest] = [...prefix, process.execPath, CLI, ...args];
    const r = spawnSync(file!, rest, { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH } });
    if (r.error) throw r.error;
    return r;
  };
  if (process.getuid?.() !== 0) return [{ name: 'this user', prepare() {}, run: spawnAs([]) }];
  const asNobody = [
    ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'],
    ['runuser', '-u', 'nobody', '--'],
  ].find((prefix) => {
    // Only if nobody may run kiln where it is (a checkout in a private folder is not theirs to read).
    const r = spawnSync(prefix[0]!, [...prefix.slice(1), process.execPath, CLI, '--version'], { encoding: 'utf8' });
    return r.status === 0 && r.stdout.startsWith('kiln ');
  });
  const users: Unprivileged[] = [];
  if (asNobody)
    users.push({
      name: 'nobody (uid 65534)',
      prepare(src, dest) {
        // The test's folders are made private (mkdtemp): open the source to all, give nobody the destination.
        for (const dir of [src, ...readdirSync(src, { recursive: true, encoding: 'utf8' }).map((p) => join(src, p))])
          if (statSync(dir).isDirectory()) chmodSync(dir, 0o755);
        spawnSync('chown', ['-R', '65534:65534', dest]);
      },
      run: spawnAs(asNobody),
    });
  users.push({
    name: 'root without capabilities',
    prepare(_src, dest) {
      spawnSync('chown', ['-R', '0:0', dest]);
    },
    run: spawnAs(['setpriv', '--bounding-set=-all', '--inh-caps=-all', '--']),
  });
  return users;
}

/** Runs the compiled command in its own process without blocking this one. */
function cliAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
}

/** Builds with too little room to write a 200 KB page. */
function diskFull(src: string, dest: string) {
  const env = { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH };
  if (process.getuid?.() === 0 && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dest]).status === 0) {
    try {
      writeFileSync(join(dest, 'index.html'), 'the previous site\n');
      const r = spawnSync(process.execPath, [CLI, 'build', '--source', src, '--destination', dest, '--quiet'], {
        encoding: 'utf8',
        env,
      });
      const after = readTree(dest);
      expect([...after.keys()]).toEqual(['index.html']);
      return { code: r.status, stderr: r.stderr };
    } finally {
      spawnSync('umount', [dest]);
    }
  }
  const r = spawnSync(
    'sh',
    [
      '-c',
      `ulimit -f 64; exec "${process.execPath}" "$@"`,
      'sh',
      CLI,
      'build',
      '--source',
      src,
      '--destination',
      dest,
      '--quiet',
    ],
    {
      encoding: 'utf8',
      env,
    },
  );
  return { code: r.status, stderr: r.stderr };
}

describe('posts, drafts and layouts read as text', () => {
  it('keep a byte order mark out and a literal U+FFFD in; invalid bytes in a layout are an error at their line', async () => {
    const src = siteFromFiles({
      '_layouts/page.html': '<p>Zoë</p>\n{{ content }}',
      '_posts/2026-01-01-a.md': '\uFEFF---\ntitle: A\nlayout: page\n---\nA \uFFFD here — and “there”\n',
    });
    const dest = tempDir('kiln-text');
    const ok = await buildSite(src, dest);
    expect(ok.errors).toEqual([]);
    expect(readFileSync(join(dest, '2026/01/01/a.html'), 'utf8')).toBe(
      '<p>Zoë</p>\n<p>A \uFFFD here — and “there”</p>\n',
    );
    writeFileSync(
      join(src, '_layouts/page.html'),
      Buffer.concat([Buffer.from('<p>one</p>\n<p>Zo'), Buffer.from([0xeb, 0x21]), Buffer.from('</p>\n')]),
    );
    const bad = await buildSite(src, tempDir('kiln-text'));
    expect(bad.errors).toEqual(['_layouts/page.html:2: invalid UTF-8 (bytes EB 21 3C 2F); save the file as UTF-8']);
  });
});
