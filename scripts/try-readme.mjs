#!/usr/bin/env node
// npm run test:readme [-- --keep]
// Follows the README as a new user would. First "Set up", on a fresh clone of this commit: each
// command of its shell block as written (install, build, the test suite), after which the build
// must have left the committed site (content/) as it was. Then "Use kiln for your site", on empty
// folders: every command of its shell block, in order, as written, then its package.json scripts.
// kiln is installed twice: from the tarball `npm pack` makes (what npm would give once it is
// released) and from this clone's folder (the README's PATH/TO/kiln). `kiln serve` is started,
// its page fetched, and stopped with Ctrl-C; it must leave content/ as it was. Needs the npm
// registry (kiln's dependencies) and a built dist/ (npm install). Exits 1 naming the step that failed.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');

class Failure extends Error {}

/** A README section's text, by its heading. */
function section(heading) {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Failure(`README.md has no "## ${heading}" section`);
  return readme.slice(start, readme.indexOf('\n## ', start + 1));
}

/** A section's shell commands, comments dropped. */
function shellCommands(text) {
  const shell = /```bash\n([\s\S]*?)```/.exec(text)?.[1];
  if (!shell) throw new Failure('a README section has no bash block');
  return shell
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
}

/** "Use kiln for your site": its shell commands and its package.json scripts. */
function readmeSteps() {
  const text = section('Use kiln for your site');
  const json = /```json\n([\s\S]*?)```/.exec(text)?.[1];
  if (!json) throw new Failure('"Use kiln for your site" has no json block');
  return { commands: shellCommands(text), scripts: JSON.parse(`{${json}}`).scripts };
}

/** "Set up" on a fresh clone of this commit: its commands as written; the committed site must come out the same. */
function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'kiln-clone-'));
  process.stdout.write(`set up: a fresh clone in ${dir}\n`);
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    execFileSync('git', ['clone', '--quiet', '--no-checkout', ROOT, dir]);
    execFileSync('git', ['checkout', '--quiet', commit], { cwd: dir });
    for (const command of shellCommands(section('Set up'))) sh(command, dir);
    const changed = execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' });
    if (changed) throw new Failure(`after the set-up commands the clone differs from the commit:\n${changed}`);
    process.stdout.write('set up: every step worked, and the build left the committed site as it was\n');
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

function sh(command, cwd) {
  process.stdout.write(`  $ ${command}\n`);
  const r = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const output = `${r.stdout}${r.stderr}`.trim();
  if (output) process.stdout.write(`${output.replace(/^/gm, '    ')}\n`);
  if (r.status !== 0) throw new Failure(`"${command}" exited ${r.status}`);
  return r.stdout;
}

/** content/ as it stands (each file's path, size and time), or none. */
function snapshot(cwd) {
  const dir = join(cwd, 'content');
  if (!existsSync(dir)) return 'none';
  return readdirSync(dir, { recursive: true })
    .map((p) => {
      const s = statSync(join(dir, p));
      return `${p} ${s.size} ${s.mtimeMs}`;
    })
    .sort()
    .join('\n');
}

/** `kiln serve` (it builds into a folder of its own): waits for the address it prints, fetches the home page, then Ctrl-C. */
async function serve(command, cwd) {
  process.stdout.write(`  $ ${command}   (fetched, then Ctrl-C)\n`);
  const before = snapshot(cwd);
  // A process group of its own, so that Ctrl-C reaches every process of it, as on a terminal.
  const child = spawn('bash', ['-c', `exec ${command}`], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
    detached: true,
  });
  let output = '';
  let url;
  const exited = new Promise((done) => child.on('exit', (code, signal) => done(code ?? signal)));
  try {
    url = await new Promise((found, fail) => {
      const timer = setTimeout(() => fail(new Failure(`no address printed in 60 s:\n${output}`)), 60_000);
      const look = (data) => {
        output += data;
        const m = /serving (http:\/\/\S+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          found(m[1]);
        }
      };
      child.stdout.on('data', look);
      child.stderr.on('data', look);
      child.on('exit', () => fail(new Failure(`it stopped before serving:\n${output}`)));
    });
    const page = await fetch(url);
    const html = await page.text();
    process.stdout.write(`    ${url} → ${page.status}, ${html.length} bytes\n`);
    if (page.status !== 200 || !html.includes('<title>')) throw new Failure(`${url} gave ${page.status}`);
  } finally {
    process.kill(-child.pid, 'SIGINT');
  }
  // npm, like a shell, ends by the signal; kiln must stop too, and let go of its port.
  const code = await exited;
  if (code !== 0 && code !== 'SIGINT') throw new Failure(`"${command}" exited ${code} on Ctrl-C:\n${output}`);
  const after = await fetch(url).then(
    (r) => r.status,
    () => 'closed',
  );
  if (after !== 'closed') throw new Failure(`${url} still answers after Ctrl-C`);
  if (snapshot(cwd) !== before) throw new Failure('kiln serve changed content/');
}

async function follow(label, install) {
  const { commands, scripts } = readmeSteps();
  const dir = mkdtempSync(join(tmpdir(), 'kiln-readme-'));
  process.stdout.write(`${label}: in the empty folder ${dir}\n`);
  try {
    for (const written of commands) {
      // The README installs the released package; until then, the install it names beside it.
      const command = written.startsWith('npm install --save-dev kiln-ssg')
        ? `npm install --save-dev ${install}`
        : written;
      if (/^npx kiln serve\b/.test(command)) await serve(command, dir);
      else sh(command, dir);
      // The package the README names is the one installed, and it gives the command `kiln`.
      if (command !== written && !existsSync(join(dir, 'node_modules', 'kiln-ssg', 'package.json')))
        throw new Failure('the README installs kiln-ssg, but no package of that name was installed');
    }
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    pkg.scripts = { ...pkg.scripts, ...scripts };
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    process.stdout.write("  (the README's scripts added to package.json)\n");
    for (const name of Object.keys(scripts))
      if (name === 'serve') await serve('npm run serve', dir);
      else sh(`npm run ${name}`, dir);
    process.stdout.write(`${label}: every step worked\n`);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  setUp();
  const packs = mkdtempSync(join(tmpdir(), 'kiln-pack-'));
  try {
    const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', packs], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    await follow('from npm pack', join(packs, name.split('\n').pop()));
    await follow('from the clone', ROOT);
  } finally {
    rmSync(packs, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (e) {
  if (!(e instanceof Failure)) throw e;
  process.stderr.write(`try-readme: ${e.message}\n`);
  process.exitCode = 1;
}
