// npm run test:browser: kiln serve in a real browser (Debian's chromium via playwright-core).
// Opens a post, edits it (the page reloads and shows the edit), breaks its front matter (the
// error overlay names the file and line), fixes it (the overlay goes). Prints "N passed, N failed".
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = new URL('../..', import.meta.url).pathname;
const src = mkdtempSync(join(tmpdir(), 'kiln-browser-'));
cpSync(join(ROOT, 'test/fixtures/project-blog/source'), src, { recursive: true });
const postFile = join(src, '_posts/2024-03-31-clocks-forward.md');
const original = readFileSync(postFile, 'utf8');

const server = spawn(
  process.execPath,
  [join(ROOT, 'dist/cli.js'), 'serve', '--source', src, '--destination', join(src, '_site-out'), '--port', '0'],
  { env: { ...process.env, SOURCE_DATE_EPOCH: '1893456000' }, stdio: ['ignore', 'pipe', 'inherit'] },
);
const base = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = /serving (http:\/\/[^ ]+)/.exec(out);
    if (m && /start: \d+ written/.test(out)) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`kiln serve exited ${code}: ${out}`)));
  setTimeout(() => reject(new Error(`kiln serve did not start: ${out}`)), 20000);
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
let passed = 0,
  failed = 0;
const check = async (name, fn) => {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
  }
};
try {
  const page = await browser.newPage();
  await page.goto(`${base}features/2024/03/31/clocks-forward.html`);
  await check('the post is served', async () => {
    if ((await page.textContent('h1')) !== 'Clocks go forward') throw new Error('wrong page');
  });
  await check('editing the post reloads the page with the edit', async () => {
    writeFileSync(postFile, `${original}\nLIVE-EDIT-MARKER\n`);
    await page.waitForFunction(() => document.body.textContent.includes('LIVE-EDIT-MARKER'), null, { timeout: 10000 });
  });
  await check('a broken front matter shows an overlay naming the file and line', async () => {
    writeFileSync(postFile, original.replace('title: "Clocks go forward"', 'title: "Clocks go forward'));
    await page.waitForSelector('#kiln-error', { timeout: 10000 });
    const text = await page.textContent('#kiln-error');
    if (!/_posts\/2024-03-31-clocks-forward\.md:\d+: invalid YAML/.test(text)) throw new Error(`overlay says: ${text}`);
  });
  await check('fixing it takes the overlay away', async () => {
    writeFileSync(postFile, `${original}\nFIXED-MARKER\n`);
    await page.waitForFunction(
      () => document.body.textContent.includes('FIXED-MARKER') && !document.getElementById('kiln-error'),
      null,
      { timeout: 10000 },
    );
  });
  await check('the live-reload script is never written to the destination', async () => {
    const written = readFileSync(join(src, '_site-out/features/2024/03/31/clocks-forward.html'), 'utf8');
    if (written.includes('EventSource')) throw new Error('script found in the built file');
  });
} finally {
  await browser.close();
  server.kill('SIGINT');
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
