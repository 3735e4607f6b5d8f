import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { COMMANDS } from '../../src/cli/commands.js';
import { colorsFor, createTerminalLog } from '../../src/cli/terminal.js';
import { CLI, FIXED_EPOCH, runCli, runKiln } from '../helpers/run.js';
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

describe("Jekyll's build flags", () => {
  it('are taken: --limit_posts builds the newest N posts, --profile prints the stages, the others change nothing', async () => {
    const plain = await runKiln(['build', '-s', SOURCE, '-d', tempDir(), '-q']);
    const dest = tempDir();
    const jekyll = await runKiln([
      'build',
      '-s',
      SOURCE,
      '-d',
      dest,
      '-q',
      '--incremental',
      '-t',
      '--trace',
      '-V',
      '--safe',
      '--strict_front_matter',
      '--force_polling',
      '--disable-disk-cache',
    ]);
    expect(jekyll.code).toBe(0);
    expect(jekyll.stderr).toBe('');
    expect(jekyll.stdout.split(' in ')[0]).toBe(plain.stdout.split(' in ')[0]);
    const limited = await runKiln(['build', '-s', SOURCE, '-d', tempDir(), '-q', '--limit_posts', '2', '--profile']);
    expect(limited.code).toBe(0);
    expect(Number(limited.stdout.split(' ')[0])).toBeLessThan(Number(plain.stdout.split(' ')[0]));
    expect(limited.stderr).toMatch(/^start +\d+ ms\n/);
    const lsi = await runKiln(['build', '-s', SOURCE, '-d', tempDir(), '-q', '--lsi']);
    expect(lsi.stderr).toBe(
      'kiln: warning: --lsi is not done: site.related_posts are the newest posts, as without it\n',
    );
    const bad = await runKiln(['build', '--limit_posts', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--limit_posts takes a whole number, 0 or above, not "many"');
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

describe('--timings', () => {
  it('prints, after the report, the start (Node and loading kiln) and then each stage, in milliseconds (keeping Markdown last)', () => {
    const r = runCli(['build', '--quiet', '--timings', '-s', SOURCE, '-d', tempDir()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^39 written/);
    const lines = r.stderr.trimEnd().split('\n');
    const names = lines.map((line) => /^(\S+(?: \S+)?) +(\d+) ms$/.exec(line)?.[1]);
    expect(names).toEqual([
      'start',
      'config',
      'read',
      'front matter',
      'plugins',
      'model',
      'render',
      'verify',
      'stage',
      'commit',
      'keep',
    ]);
    // Node alone takes tens of milliseconds to start: `start` counts from the process's start.
    expect(Number(/^start +(\d+) ms$/.exec(lines[0]!)?.[1])).toBeGreaterThan(10);
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

  it('a build on a terminal counts documents read, posts and pages rendered and files written, live in each stage', async () => {
    const destination = tempDir();
    const frames = async () => {
      let text = '';
      const tty = { write: (t: string) => (text += t), isTTY: true };
      // Shown from the start and redrawn at every count, so that each count can be seen.
      const log = createTerminalLog(tty, false, colorsFor(tty, { NO_COLOR: '1' }), 0, 0);
      await build({ source: SOURCE, destination }, log);
      log.end();
      // Gone at the end; the one line left on the screen is the plain log's.
      expect(text.endsWith('\r\x1b[K')).toBe(true);
      expect(text.split('\n').map((l) => l.split('\r\x1b[K').at(-1))).toEqual([
        expect.stringMatching(/^kiln: building \S+ into \S+$/),
        '',
      ]);
      return text
        .split('\r\x1b[K')
        .filter(Boolean)
        .map((f) => /^kiln: (.*)… \d+\.\d s$/.exec(f)?.[1] ?? `(not a progress line) ${f}`);
    };
    // Each count as the line showed it, in order, a value drawn again (as time passes) once;
    // and the counts the line held when `count` first showed (what was counted before it).
    const shown = (lines: string[], what: string) =>
      lines
        .flatMap((l) => l.split(', ').filter((part) => part.endsWith(` ${what}`)))
        .map((part) => part.slice(0, -what.length - 1))
        .filter((count, k, all) => count !== all[k - 1]);
    const upTo = (total: number, from = 0) => [
      ...Array.from({ length: total - from }, (_, k) => `${k + from}/${total}`),
      String(total),
    ];
    const first = await frames();
    // 38 files with front matter (31 in _posts, the draft, 3 pages, the feed, 2 layouts), one by one.
    expect(shown(first, 'documents read')).toEqual(upTo(38, 1));
    // The render stage: 29 post bodies, then the 4 pages rendered whole there (2 pages, the feed,
    // the blog's first page); the write stage renders the other 34 (post pages, index pages) as it
    // goes, and writes the 39 files (the 38 pages and an image) as the disk takes them.
    expect(shown(first, 'posts rendered')).toEqual(upTo(29));
    expect(shown(first, 'pages rendered')).toEqual([...upTo(4, 1), ...upTo(38, 4)]);
    expect(shown(first, 'files written')).toEqual(upTo(39));
    expect(shown(first, 'unchanged')).toEqual([]);
    // Pages render and files are written in the same stage, each count live in it.
    const writing = first.filter((l) => l.includes('files written'));
    expect(writing.some((l) => l.includes('20/38 pages rendered'))).toBe(true);
    expect(writing.some((l) => / 1\d\/39 files written/.test(l) && !l.includes(' 38 pages rendered'))).toBe(true);
    // Before a stage counts, the line names it.
    expect(first).toContain('38 documents read, building the site model');
    // Built again, nothing changed: nothing written, each file found unchanged.
    const again = await frames();
    expect(shown(again, 'files written')).toEqual(['0/39']);
    expect(shown(again, 'unchanged')).toEqual(Array.from({ length: 39 }, (_, k) => String(k + 1)));
  });

  it('kiln build on a real terminal (a pseudo-terminal by script(1)) shows the live progress line; piped, none', () => {
    // 200 posts, one of them in a layout that takes a while, so the write stage is long enough
    // to be drawn in (a line shows after 250 ms, redrawn at most every 100 ms): its loops'
    // 2,000,000 turns take about 0.5 s here (one loop of 500,000 took 150–190 ms once loops got quicker).
    const files: Record<string, string> = {
      '_config.yml': 'title: T\n',
      '_layouts/default.html': '<p>{{ content }}</p>\n',
      '_layouts/slow.html':
        '{% for i in range(0, 1000) %}{% for j in range(0, 2000) %}{% endfor %}{% endfor %}<p>{{ content }}</p>\n',
    };
    for (let i = 0; i < 200; i++) {
      const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
      files[`_posts/${day}-p${i}.md`] = `---\nlayout: ${i === 100 ? 'slow' : 'default'}\n---\nPost *${i}*.\n`;
    }
    const source = siteFromFiles(files);
    const onTerminal = (args: string) => {
      const r = spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" ${args}`, '/dev/null'], {
        encoding: 'utf8',
        env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH, NO_COLOR: '1', TERM: 'xterm' },
      });
      expect(r.status).toBe(0);
      return r.stdout.replaceAll('\r\n', '\n');
    };
    const text = onTerminal(`build -s "${source}" -d "${tempDir()}"`);
    const frames = text.split('\r\x1b[K').filter((f) => f.endsWith(' s'));
    // A frame of the write stage names every count, live: 202 documents (the posts and 2 layouts), the 200 posts' bodies,
    // the pages as they render and the files as they are written.
    expect(frames).toContainEqual(
      expect.stringMatching(
        /^kiln: 202 documents read, 200 posts rendered, \d+\/200 pages rendered, \d+\/200 files written… \d+\.\d s$/,
      ),
    );
    // Then the line goes; what stays is the summary and the report.
    const end = text.slice(text.lastIndexOf('\r\x1b[K') + 4);
    expect(end).toMatch(
      /^kiln: 200 posts, 0 pages, 0 index pages, 0 feeds, 0 static files\n200 written, 0 unchanged, 0 removed in \d+ ms\n$/,
    );
    // --quiet on a terminal: the report line alone.
    expect(onTerminal(`build -q -s "${source}" -d "${tempDir()}"`)).toMatch(
      /^200 written, 0 unchanged, 0 removed in \d+ ms\n$/,
    );
    // Piped: no progress line, no summary, the plain lines scripts read.
    const piped = runCli(['build', '-s', source, '-d', tempDir()]);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toMatch(/^200 written, 0 unchanged, 0 removed in \d+ ms\n$/);
    expect(piped.stderr).toBe(`kiln: building ${source} into ${piped.stderr.split(' into ')[1]!.trim()}\n`);
    expect(piped.stderr).not.toContain('\r');
  });

  it('the progress line is redrawn at most every redrawMs, and nothing of it shows off a terminal', () => {
    let text = '';
    const tty = { write: (t: string) => (text += t), isTTY: true };
    const log = createTerminalLog(tty, false, colorsFor(tty, { NO_COLOR: '1' }), 0, 60_000);
    log.task('front matter', (progress) => {
      for (let i = 1; i <= 4002; i++) progress(i, 4002, 'documents read');
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
      plain.task('front matter', (progress) => progress(1, 1, 'documents read'));
      plain.end();
      expect(piped).toBe('');
    }
  });
});
