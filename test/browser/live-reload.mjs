// npm run test:browser: kiln serve in a real browser (Debian's chromium via playwright-core).
// Serves a copy of the project-blog fixture (baseurl /site) and checks, in Chromium: the site is
// served under its baseurl; a stylesheet edit applies without a reload; editing a post reloads
// that post's page and not an unrelated one; a broken front matter and a template typo show the
// error view (file, line, numbered source lines) while the server keeps serving the last good
// build; the view can be dismissed; the fix clears it; nothing is written into the source; the
// project's own site fits a phone's width.
// Prints "N passed, N failed".
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = new URL('../..', import.meta.url).pathname;
const src = mkdtempSync(join(tmpdir(), 'kiln-browser-'));
cpSync(join(ROOT, 'test/fixtures/project-blog/source'), src, { recursive: true });
const layoutFile = join(src, '_layouts/base.html');
const baseLayout = readFileSync(layoutFile, 'utf8').replace(
  '</title></head>',
  `</title><link rel="stylesheet" href="{{ '/css/site.css' | relative_url }}"></head>`,
);
writeFileSync(layoutFile, baseLayout);
mkdirSync(join(src, 'css'));
const cssFile = join(src, 'css', 'site.css');
writeFileSync(cssFile, 'h1 { color: rgb(0, 0, 255); }\n');
const postFile = join(src, '_posts/2024-03-31-clocks-forward.md');
const original = readFileSync(postFile, 'utf8');
const postLayoutFile = join(src, '_layouts/post.html');
const postLayout = readFileSync(postLayoutFile, 'utf8');
const before = readdirSync(src).sort().join(',');

const server = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), 'serve', '--source', src, '--port', '0'], {
  env: { ...process.env, SOURCE_DATE_EPOCH: '1893456000' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let serverOut = '';
const base = await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => {
    serverOut += d;
    const m = /serving (http:\/\/[^ ]+)/.exec(serverOut);
    if (m && /start: \d+ written/.test(serverOut)) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`kiln serve exited ${code}: ${serverOut}`)));
  setTimeout(() => reject(new Error(`kiln serve did not start: ${serverOut}`)), 30000);
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
const wait = { timeout: 15000 };
const settle = () => new Promise((r) => setTimeout(r, 1500));
// A mark set in the page's window: it survives anything but a reload.
const mark = (page) => page.evaluate(() => (window.kilnMark = 'kept'));
const marked = (page) => page.evaluate(() => window.kilnMark === 'kept');
try {
  const page = await browser.newPage();
  const other = await browser.newPage();
  await check('the site is served under its baseurl', async () => {
    if (!base.endsWith('/site/')) throw new Error(`serving ${base}`);
    await page.goto(`${base}features/2024/03/31/clocks-forward.html`);
    if ((await page.textContent('h1')) !== 'Clocks go forward') throw new Error('wrong page');
    await other.goto(`${base}about.html`);
    const status = (await other.goto(`${base}about.html`))?.status();
    if (status !== 200) throw new Error(`about.html: ${status}`);
  });
  await check('a stylesheet edit applies without a reload', async () => {
    await mark(page);
    const colour = () => page.evaluate(() => getComputedStyle(document.querySelector('h1')).color);
    if ((await colour()) !== 'rgb(0, 0, 255)') throw new Error(`h1 is ${await colour()} before the edit`);
    writeFileSync(cssFile, 'h1 { color: rgb(255, 0, 0); }\n');
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('h1')).color === 'rgb(255, 0, 0)',
      null,
      wait,
    );
    if (!(await marked(page))) throw new Error('the page was reloaded');
  });
  await check('editing a post reloads its page and not an unrelated one', async () => {
    await mark(page);
    await mark(other);
    writeFileSync(postFile, `${original}\nLIVE-EDIT-MARKER\n`);
    await page.waitForFunction(() => document.body.textContent.includes('LIVE-EDIT-MARKER'), null, wait);
    await settle();
    if (!(await marked(other))) throw new Error('the unrelated page was reloaded');
  });
  await check('a broken front matter shows the error view naming the file and line', async () => {
    writeFileSync(postFile, original.replace('title: "Clocks go forward"', 'title: "Clocks go forward'));
    await page.waitForSelector('#kiln-error', wait);
    const text = await page.textContent('#kiln-error');
    if (!/_posts\/2024-03-31-clocks-forward\.md:\d+/.test(text) || !text.includes('invalid YAML'))
      throw new Error(`the view says: ${text}`);
  });
  await check('fixing it takes the error view away', async () => {
    writeFileSync(postFile, `${original}\nFIXED-MARKER\n`);
    await page.waitForFunction(
      () => document.body.textContent.includes('FIXED-MARKER') && !document.getElementById('kiln-error'),
      null,
      wait,
    );
  });
  await check('a template typo shows the error view with numbered source lines', async () => {
    writeFileSync(postLayoutFile, postLayout.replace('{% if page.previous %}', '{% if page.previous %'));
    await page.waitForSelector('#kiln-error .kiln-error-source', wait);
    const where = await page.textContent('#kiln-error .kiln-error-where');
    const source = await page.textContent('#kiln-error .kiln-error-source');
    if (!where.startsWith('_layouts/post.html:')) throw new Error(`the view names ${where}`);
    const line = Number(where.split(':')[1]);
    if (!new RegExp(`>\\s+${line} \\| `).test(source) || !source.includes('{% if page.previous %')) {
      throw new Error(`source lines: ${source}`);
    }
  });
  await check('meanwhile the server keeps serving the last good build', async () => {
    const r = await other.goto(`${base}features/2024/03/31/clocks-forward.html`);
    if (r?.status() !== 200 || !(await other.textContent('body')).includes('FIXED-MARKER'))
      throw new Error(`status ${r?.status()}`);
    await other.waitForSelector('#kiln-error', wait);
  });
  await check('the error view can be dismissed', async () => {
    await other.click('#kiln-error button');
    if (await other.$('#kiln-error')) throw new Error('still shown');
  });
  await check('fixing the template clears the error view', async () => {
    writeFileSync(postLayoutFile, postLayout);
    await page.waitForFunction(() => !document.getElementById('kiln-error'), null, wait);
  });
  await check('a missing page is a 404 listing the closest pages', async () => {
    // A page of its own: the others may be reloading after the last fix.
    const lost = await browser.newPage();
    const r = await lost.goto(`${base}about.htm`);
    if (r?.status() !== 404) throw new Error(`status ${r?.status()}`);
    const near = await lost.textContent('#kiln-nearby');
    if (!near.includes('/site/about.html')) throw new Error(`the list says ${near}`);
  });
  await check('nothing is written into the source (no content/ or other folder appears)', async () => {
    const after = readdirSync(src).sort().join(',');
    if (after !== before) throw new Error(`source now has ${after}`);
  });
  await check(
    "the project's own site fits a phone: no page scrolls sideways, the pipeline image included",
    async () => {
      const own = await serveProjectSite();
      try {
        const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
        const paths = [
          '',
          'zh/',
          'blog/',
          'features/2026/11/14/architecture.html',
          'news/2026/11/06/markdown-reference.html',
        ];
        for (const path of paths) {
          await phone.goto(`${own.base}${path}`);
          const wide = await phone.evaluate(() => ({
            page: document.documentElement.scrollWidth,
            images: [...document.images].map((i) => Math.ceil(i.getBoundingClientRect().right)),
          }));
          if (wide.page > 360 || wide.images.some((right) => right > 360))
            throw new Error(`/${path} is ${wide.page} px wide, images end at ${wide.images}`);
        }
      } finally {
        own.server.kill('SIGINT');
      }
    },
  );
} finally {
  await browser.close();
  server.kill('SIGINT');
}

/** kiln serve on this repository's own site (into a private folder, as always). */
async function serveProjectSite() {
  const own = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), 'serve', '--source', ROOT, '--port', '0', '-q'], {
    env: { ...process.env, SOURCE_DATE_EPOCH: '1893456000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise((resolve, reject) => {
    own.stdout.on('data', (d) => {
      out += d;
      const m = /serving (http:\/\/[^ ]+)/.exec(out);
      if (m && /start: \d+ written/.test(out)) resolve(m[1]);
    });
    own.on('exit', (code) => reject(new Error(`kiln serve exited ${code}: ${out}`)));
    setTimeout(() => reject(new Error(`kiln serve did not start: ${out}`)), 60000);
  });
  return { server: own, base: url };
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
