import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { COMMANDS } from '../../src/cli/commands.js';
import { colorsFor, createTerminalLog } from '../../src/cli/terminal.js';
import { runKiln } from '../helpers/run.js';
import { siteFromFiles, tempDir } from '../helpers/tree.js';

const SOURCE = join(import.meta.dirname, '..', 'fixtures', 'project-blog', 'source');
const ESC = '\x1b[';

describe('kiln --version and help', () => {
  it('--version, -v and version print the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'));
    for (const arg of ['--version', '-v', 'version']) {
      const r = await runKiln([arg]);
      expect(r).toEqual({ code: 0, stdout: `kiln ${version}\n`, stderr: '' });
    }
  });

  it('each command has its own help naming every one of its flags, by --help, -h or kiln help', async () => {
    const helps = new Set<string>();
    for (const command of COMMANDS) {
      const r = await runKiln([command.name, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`usage: kiln ${command.name}`);
      for (const flag of command.flags) {
        const options = r.stdout.slice(r.stdout.indexOf('\noptions:\n')).split('\n');
        const line = options.find((l) => l.includes(`--${flag.name} `) || l.endsWith(`--${flag.name}`));
        expect(line, `--${flag.name}`).toBeDefined();
        expect(line).toContain(flag.help);
        if (flag.short) expect(line).toContain(`-${flag.short}, --${flag.name}`);
      }
      expect((await runKiln([command.name, '-h'])).stdout).toBe(r.stdout);
      expect((await runKiln(['help', command.name])).stdout).toBe(r.stdout);
      helps.add(r.stdout);
    }
    expect(helps.size).toBe(COMMANDS.length);
    const all = await runKiln(['--help']);
    for (const command of COMMANDS) expect(all.stdout).toContain(`  ${command.name} `);
  });
});

describe('short flags', () => {
  it('-s -d -D -F -q are --source --destination --drafts --future --quiet', async () => {
    const long = await runKiln([
      'build',
      '--source',
      SOURCE,
      '--destination',
      tempDir(),
      '--drafts',
      '--future',
      '--quiet',
    ]);
    const short = await runKiln(['build', '-s', SOURCE, '-d', tempDir(), '-D', '-F', '-q']);
    expect(long.stdout).toMatch(/^42 written/);
    expect(short.stdout).toMatch(/^42 written/);
    expect(short.stderr).toBe('');
  });

  it('-p takes serve’s port, -w makes build watch (and is refused where it means nothing)', async () => {
    const r = await runKiln(['serve', '-p', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--port takes a port number, not "x"');
    expect((await runKiln(['watch', '-w'])).stderr).toBe(
      'kiln watch: -w goes with kiln build, not watch\n(kiln watch --help lists its flags)\n',
    );
  });
});

describe('build -w', () => {
  it('builds, then watches, as kiln watch does', async () => {
    const { main } = await import('../../src/cli.js');
    const src = siteFromFiles({ '_config.yml': 'title: W\n', 'index.html': '---\n---\nhi\n' });
    let out = '';
    let stop = () => {};
    const stopped = new Promise<void>((r) => {
      stop = r;
    });
    const running = main(['build', '-w', '-s', src, '-d', tempDir(), '-q'], {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: () => {} },
      env: {},
      stop: stopped,
    });
    for (let i = 0; i < 200 && !out.includes('watching'); i++) await new Promise((r) => setTimeout(r, 50));
    stop();
    expect(await running).toBe(0);
    expect(out).toMatch(/\] start: 1 written, 0 removed in \d+ ms\n.*\] watching \S+ for changes/s);
  });
});

describe('did you mean', () => {
  it('suggests the command meant, in two lines, exit 2', async () => {
    const r = await runKiln(['biuld']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'kiln: unknown command "biuld" (did you mean "build"?)\nusage: kiln <command> [options]; kiln --help lists the commands\n',
    });
    expect((await runKiln(['chekc'])).stderr).toContain('(did you mean "check"?)');
    expect((await runKiln(['xyzzy'])).stderr).not.toContain('did you mean');
    expect((await runKiln(['help', 'sevre'])).stderr).toContain('(did you mean "serve"?)');
  });

  it('suggests the flag meant, and names the command a flag belongs to', async () => {
    expect((await runKiln(['build', '--sauce', '.'])).stderr).toBe(
      'kiln build: unknown flag --sauce (did you mean --source?)\n(kiln build --help lists its flags)\n',
    );
    expect((await runKiln(['build', '--drafs'])).stderr).toContain('(did you mean --drafts?)');
    expect((await runKiln(['build', '-S', '.'])).stderr).toContain('unknown flag -S (did you mean -s?)');
    expect((await runKiln(['check', '--port', '1'])).stderr).toContain('--port goes with kiln serve, not check');
    expect((await runKiln(['build', '--zzzzzz'])).stderr).toBe(
      'kiln build: unknown flag --zzzzzz\n(kiln build --help lists its flags)\n',
    );
  });
});

describe('colours, progress and summary on a terminal only', () => {
  it('piped (no terminal): the plain lines of before, no colour, no progress, no summary', async () => {
    const r = await runKiln(['build', '-s', SOURCE, '-d', tempDir()]);
    expect(r.stdout).toMatch(/^39 written, 0 unchanged, 0 removed in \d+ ms\n$/);
    expect(r.stderr).toMatch(/^kiln: building \S+ into \S+\n$/);
  });

  it('a terminal: the report in colour, and the summary of what the site holds on stderr', async () => {
    const r = await runKiln(['build', '-s', SOURCE, '-d', tempDir()], {}, { stdout: true, stderr: true });
    expect(r.stdout).toContain(`${ESC}32m39 written`);
    expect(stripVTControlCharacters(r.stdout)).toMatch(/^39 written, 0 unchanged, 0 removed in \d+ ms\n$/);
    expect(stripVTControlCharacters(r.stderr)).toContain(
      'kiln: 29 posts, 2 pages, 6 index pages, 1 feed, 1 static file\n',
    );
  });

  it('NO_COLOR turns colours off on a terminal; --quiet prints no progress and no summary', async () => {
    const r = await runKiln(['build', '-s', SOURCE, '-d', tempDir()], { NO_COLOR: '1' }, { stdout: true });
    expect(r.stdout).not.toContain(ESC);
    const quiet = await runKiln(['build', '-s', SOURCE, '-d', tempDir(), '-q'], {}, { stdout: true, stderr: true });
    expect(quiet.stderr).toBe('');
  });

  it('errors name their place in bold red on a terminal, plainly elsewhere', async () => {
    const bad = join(import.meta.dirname, '..', 'fixtures-errors', 'invalid-yaml', 'source');
    const plain = await runKiln(['build', '-s', bad, '-d', tempDir(), '-q']);
    const coloured = await runKiln(['build', '-s', bad, '-d', tempDir(), '-q'], {}, { stderr: true });
    expect(plain.stderr).not.toContain(ESC);
    expect(coloured.stderr).toContain(`${ESC}1m${ESC}31m`);
    expect(stripVTControlCharacters(coloured.stderr)).toBe(plain.stderr);
  });

  it('a build on a terminal counts documents read, pages rendered and files written as it goes', async () => {
    let text = '';
    const tty = { write: (t: string) => (text += t), isTTY: true };
    // Shown from the start and redrawn at every count, so that each count can be seen.
    const log = createTerminalLog(tty, false, colorsFor(tty, { NO_COLOR: '1' }), 0, 0);
    await build({ source: SOURCE, destination: tempDir() }, log);
    log.end();
    const frames = text.split('\r\x1b[K').filter(Boolean);
    // The counts a stage showed, in order; a frame drawn again as time passes is one count.
    const counts = (pattern: RegExp) =>
      frames
        .flatMap((f) => {
          const m = pattern.exec(f);
          return m ? [`${m[1]}/${m[2]}`] : [];
        })
        .filter((count, k, all) => count !== all[k - 1]);
    const upTo = (total: number, from = 0) =>
      Array.from({ length: total - from + 1 }, (_, k) => `${k + from}/${total}`);
    // 38 files with front matter (31 in _posts, the draft, 3 pages, the feed, 2 layouts), one by one.
    expect(counts(/^kiln: reading documents (\d+)\/(\d+)… \d+\.\d s$/)).toEqual(upTo(38, 1));
    // 29 posts, each finished once its Markdown is, then the 4 pages rendered whole in this stage
    // (2 pages, the feed, the blog's first page); the other index pages render as they are written.
    expect(counts(/^kiln: 38 documents read, rendering pages (\d+)\/(\d+)… \d+\.\d s$/)).toEqual(upTo(33));
    expect(
      counts(/^kiln: 38 documents read, 33 pages rendered, rendering and writing files (\d+)\/(\d+)… \d+\.\d s$/),
    ).toEqual(upTo(39));
    // Gone at the end; the one line left on the screen is the plain log's.
    expect(text.endsWith('\r\x1b[K')).toBe(true);
    const lines = text.split('\n').slice(0, -1);
    expect(lines.map((l) => l.split('\r\x1b[K').at(-1))).toEqual([
      expect.stringMatching(/^kiln: building \S+ into \S+$/),
    ]);
  });

  it('the progress line is redrawn at most every redrawMs, and nothing of it shows off a terminal', () => {
    let text = '';
    const tty = { write: (t: string) => (text += t), isTTY: true };
    const log = createTerminalLog(tty, false, colorsFor(tty, { NO_COLOR: '1' }), 0, 60_000);
    log.task('front matter', (progress) => {
      for (let i = 1; i <= 4002; i++) progress(i, 4002);
    });
    log.end();
    // Entering the stage draws; the 4,002 counts after it all fall within the minute.
    expect(text.split('\r\x1b[K').filter(Boolean)).toEqual([
      expect.stringMatching(/^kiln: reading documents… \d+\.\d s$/),
    ]);

    for (const stream of [{ isTTY: false }, { isTTY: true, quiet: true }]) {
      let piped = '';
      const pipe = { write: (t: string) => (piped += t), isTTY: stream.isTTY };
      const plain = createTerminalLog(pipe, Boolean(stream.quiet), colorsFor(pipe, {}), 0, 0);
      plain.task('front matter', (progress) => progress(1, 1));
      plain.end();
      expect(piped).toBe('');
    }
  });
});
